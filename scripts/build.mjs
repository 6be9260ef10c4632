// Bundles the CLI and the extension with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'info', minify: !watch };
const builds = [
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', external: ['playwright-core'] },
];
if ((process.argv.includes('--extension') || process.argv.includes('--all')) && existsSync('extension/src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core'] });
}
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
