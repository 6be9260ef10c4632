// The preview's mermaid: one script with only what the live preview draws. The preview's charts
// are all `xychart-beta` (test/report/preview-charts.test.ts holds the core to that), so this
// bundle of mermaid's core keeps the dynamic import of the xychart diagram (and the text measuring
// it uses) and turns every other lazily loaded diagram, layout engine and KaTeX into a rejected
// promise: ≈ 0,8 MB instead of the 3,6 MB of mermaid.min.js, which the webview fetched and
// evaluated on every first open. Reports (pandoc → Chromium) keep the full mermaid.min.js.
import { readFileSync } from 'node:fs';

/** Dynamic imports kept in the bundle (file names in mermaid/dist/chunks/mermaid.core/). */
const KEPT = [/^\.\/(?:chunks\/mermaid\.core\/)?xychartDiagram-[\w-]+\.mjs$/, /^\.\/sizeCapture-[\w-]+\.mjs$/];

const onlyXychart = {
  name: 'mermaid-only-xychart',
  setup(build) {
    const kept = new Set();
    let dropped = 0;
    build.onLoad({ filter: /[\\/]mermaid[\\/]dist[\\/].*\.mjs$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8').replace(/\bimport\(\s*"([^"]+)"\s*\)/g, (call, specifier) => {
        const keep = KEPT.find((pattern) => pattern.test(specifier));
        if (keep) {
          kept.add(keep);
          return call;
        }
        dropped++;
        return `Promise.reject(new Error(${JSON.stringify(`not in the preview's mermaid: ${specifier}`)}))`;
      });
      return { contents, loader: 'js' };
    });
    // A mermaid release that renames or moves these imports fails the build instead of the charts.
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      if (kept.size !== KEPT.length || dropped === 0)
        result.errors.push({ text: `mermaid-preview: kept ${kept.size} of ${KEPT.length} dynamic imports, dropped ${dropped}: check mermaid's dist layout` });
    });
  },
};

/** esbuild options of dist/mermaid/mermaid-preview.js (an IIFE that sets the global `mermaid`). */
export function mermaidPreviewBuild({ minify }) {
  return {
    stdin: { contents: "import mermaid from 'mermaid/dist/mermaid.core.mjs';\nglobalThis.mermaid = mermaid;\n", resolveDir: process.cwd(), sourcefile: 'mermaid-preview-entry.js' },
    // When the page starts evaluating mermaid (its first-open marks, media/preview.js).
    banner: { js: 'self.skmMermaidStart = performance.timeOrigin + performance.now();' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    outfile: 'dist/mermaid/mermaid-preview.js',
    plugins: [onlyXychart],
    logLevel: 'warning',
  };
}
