// Bundles the CLI and the extension with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'info', minify: !watch };
// exceljs (≈ 0,7 MB minified with its dependencies) is only needed to import or export .xlsx: it
// is bundled once into its own file, dist/exceljs.js, which the CLI and the extension load on
// first use. The extension's start-up bundle stays small and the vsix carries exceljs once.
const lazyExcel = {
  name: 'lazy-exceljs',
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.js', external: true }));
  },
};
const builds = [
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', external: ['playwright-core'], plugins: [lazyExcel] },
  { ...common, entryPoints: ['exceljs'], outfile: 'dist/exceljs.js', sourcemap: false, logLevel: 'warning' },
];
if ((process.argv.includes('--extension') || process.argv.includes('--all')) && existsSync('extension/src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core'], plugins: [lazyExcel] });
}
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
