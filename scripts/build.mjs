// Bundles the CLI and the extension with esbuild. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mermaidPreviewBuild } from './mermaid-preview.mjs';
import { standaloneValidators } from './standalone-validators.mjs';
import { scanKernelPlugin } from './scan-kernel.mjs';

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
// The JSON Schemas are compiled here, once, into standalone validator code that replaces
// src/core/validate/schemas.ts (which compiles them with ajv at run time, as the tests do): no
// schema compilation at start-up. test/validate/standalone.test.ts checks both give the same errors.
const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(build) {
    build.onResolve({ filter: /^\.\/schemas$/ }, (args) =>
      args.importer.replace(/\\/g, '/').endsWith('src/core/validate/validate-yaml.ts') ? { path: 'validators', namespace: 'precompiled-schemas' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'precompiled-schemas' }, () => ({
      contents: `${standaloneValidators()}\nexports.validatorFor = (kind) => exports[kind];\n`,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};
// The web host's preview page files, carried in dist/web.js: in a browser the webview fetched the
// 0,8 MB mermaid through its service worker (≈ 0,5 s of a first open), and reading it through
// workspace.fs took longer still; with the files in the bundle the page is inlined as on desktop.
const previewAssets = {
  name: 'preview-assets',
  setup(build) {
    build.onResolve({ filter: /^skm:preview-assets$/ }, () => ({ path: 'preview-assets', namespace: 'preview-assets' }));
    build.onLoad({ filter: /.*/, namespace: 'preview-assets' }, async () => {
      const mermaid = await esbuild.build({ ...mermaidPreviewBuild({ minify: !watch }), write: false });
      const texts = {
        style: readFileSync('media/preview.css', 'utf8'),
        mermaid: mermaid.outputFiles[0].text,
        script: readFileSync('media/preview.js', 'utf8'),
      };
      return { contents: `export default ${JSON.stringify(texts)};`, loader: 'js', watchFiles: ['media/preview.css', 'media/preview.js'] };
    });
  },
};
const builds = [
  // `import()` becomes `require()` in the CLI bundle: bin/skm.js runs it as a vm.Script (for the
  // code cache), where a dynamic import would need --experimental-vm-modules. Every module it
  // loads that way (exceljs.js, playwright-core, @duckdb/node-api) is CommonJS.
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', external: ['playwright-core', '@duckdb/node-api'], plugins: [lazyExcel, precompiledSchemas, scanKernelPlugin], supported: { 'dynamic-import': false } },
  { ...common, entryPoints: ['exceljs'], outfile: 'dist/exceljs.js', sourcemap: false, logLevel: 'warning' },
];
if ((process.argv.includes('--extension') || process.argv.includes('--all')) && existsSync('extension/src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['extension/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', 'playwright-core', '@duckdb/node-api'], plugins: [lazyExcel, precompiledSchemas, scanKernelPlugin] });
  // The browser entry (github.dev, vscode.dev): a web worker bundle with no Node built-in; a
  // `node:` import reachable from extension/src/web.ts fails this build.
  builds.push({ ...common, platform: 'browser', target: 'es2022', entryPoints: ['extension/src/web.ts'], outfile: 'dist/web.js', external: ['vscode'], plugins: [precompiledSchemas, scanKernelPlugin, previewAssets] });
  // The live preview's mermaid, with only the xychart diagram (scripts/mermaid-preview.mjs).
  builds.push(mermaidPreviewBuild({ minify: !watch }));
}
// The reports' charts need one file of mermaid (≈ 3,6 MB of the package's 85 MB): it is copied
// beside the bundles, with its licence, so neither the npm package nor the vsix needs mermaid.
const require = createRequire(import.meta.url);
mkdirSync('dist/mermaid', { recursive: true });
copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'dist/mermaid/mermaid.min.js');
copyFileSync(require.resolve('mermaid/package.json').replace(/package\.json$/, 'LICENSE'), 'dist/mermaid/LICENSE');
if (watch) {
  // bin/skm.js ignores a cache of another bundle; a rebuilt one simply runs without.
  rmSync('dist/cli.js.cache', { force: true });
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  // The V8 code cache bin/skm.js starts from: the functions compiled while linting a sample.
  const sample = existsSync('samples/setda-surakarta/skm.yaml') ? ['lint', 'samples/setda-surakarta'] : ['--version'];
  rmSync('dist/cli.js.cache', { force: true });
  spawnSync(process.execPath, ['bin/skm.js', ...sample], { stdio: 'ignore', env: { ...process.env, SKM_WRITE_CODE_CACHE: '1' } });
  if (!existsSync('dist/cli.js.cache')) console.warn('dist/cli.js.cache was not written: the CLI starts without a code cache');
}
