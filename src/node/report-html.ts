/**
 * Turns pandoc's HTML into the report's HTML: mermaid fences become `<pre class="mermaid">` holding
 * the escaped source (pandoc wraps it in `<code>`, which mermaid cannot read), figure captions get
 * a class, and the stylesheet and the local mermaid (never a CDN) are inlined under a strict
 * Content Security Policy (`reportCsp`). In the browser
 * mermaid runs once; `document.body.dataset.chartsDone = '1'` tells the printer it has finished,
 * successfully or not (`chartsError` then holds the message). Pure string work, deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPORT_CSS } from './report-css';
import { nodeCrypto } from './lazy-crypto';

/** Fonts named for mermaid, matching the stylesheet. */
export const CHART_FONT = "'DejaVu Sans', sans-serif";

/**
 * The one mermaid file the reports need. `scripts/build.mjs` copies it beside the bundles
 * (`dist/mermaid/mermaid.min.js`), which is where the npm package and the vsix carry it; running from
 * source (tests), it comes from the mermaid devDependency (a variable, so bundlers leave it alone).
 */
export const MERMAID_FILE = 'mermaid/mermaid.min.js';
const MERMAID_MODULE = 'mermaid/dist/mermaid.min.js';

let mermaidSource: string | undefined;

/** Where the local mermaid is: beside the running bundle, else in node_modules. */
export function mermaidPath(): string {
  const beside = path.join(__dirname, MERMAID_FILE);
  return fs.existsSync(beside) ? beside : require.resolve(MERMAID_MODULE);
}

/** The local mermaid (never a CDN), read once. */
export function loadMermaid(): string {
  mermaidSource ??= fs.readFileSync(mermaidPath(), 'utf8');
  return mermaidSource;
}

/** Colours of an office report, readable in greyscale print too. */
const PALETTE = [
  '#4472c4',
  '#ed7d31',
  '#a5a5a5',
  '#ffc000',
  '#5b9bd5',
  '#70ad47',
  '#9e480e',
  '#997300',
  '#264478',
  '#636363',
  '#43682b',
  '#f4b183',
];

/** mermaid's configuration: never starts by itself, strict security, fonts and colours explicit. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  theme: 'base',
  fontFamily: CHART_FONT,
  themeVariables: {
    fontFamily: CHART_FONT,
    background: '#ffffff',
    primaryColor: '#dae3f3',
    primaryTextColor: '#000000',
    lineColor: '#333333',
    ...Object.fromEntries(PALETTE.map((colour, index) => [`pie${index + 1}`, colour])),
    pieStrokeColor: '#ffffff',
    pieStrokeWidth: '1px',
    pieOuterStrokeColor: '#333333',
    pieOuterStrokeWidth: '1px',
    pieSectionTextColor: '#000000',
    pieTitleTextSize: '26px',
    pieSectionTextSize: '22px',
    pieLegendTextSize: '18px',
    xyChart: { backgroundColor: '#ffffff', titleColor: '#000000', plotColorPalette: '#4472c4, #c00000, #ed7d31, #70ad47' },
  },
  pie: { useMaxWidth: true },
  xyChart: { width: 640, height: 340 },
};

const MERMAID_RUN = `
mermaid.initialize(${JSON.stringify(MERMAID_CONFIG)});
(async () => {
  const started = performance.now();
  try {
    await mermaid.run({ querySelector: 'pre.mermaid' });
  } catch (error) {
    document.body.dataset.chartsError = String(error && error.message ? error.message : error);
  } finally {
    document.body.dataset.chartsMs = String(performance.now() - started);
    document.body.dataset.chartsDone = '1';
  }
})();
`;

/** Rewrites pandoc's `<pre class="mermaid"><code>…</code></pre>` to `<pre class="mermaid">…</pre>`. */
export function unwrapMermaid(html: string): string {
  return html.replace(/<pre class="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
}

/** Marks the paragraphs holding a figure caption ("Gambar N."), with or without an image. */
export function markFigures(html: string): string {
  return html.replace(/<p>((?:<img [^>]*>\s*(?:<br \/>)?\s*)?<em>Gambar \d+\.)/g, '<p class="figure">$1');
}

/**
 * The marks of a report with open findings (`review-marks.ts`): pandoc's `<del>typed</del>`
 * followed by `<strong>⚠ N: note</strong>` becomes the highlighted typed text and its note; a
 * lone `<strong>⚠ N: …</strong>` becomes a note. Only the element names and classes change; the
 * text is pandoc's, already escaped.
 */
export function markReview(html: string): string {
  return html
    .replace(
      /<del>([^<]*)<\/del>(\s*)<strong>(⚠ \d+:[^<]*)<\/strong>/g,
      '<mark class="skm-cek">$1</mark>$2<span class="skm-cek-catatan">$3</span>',
    )
    .replace(/<strong>(⚠ \d+:[^<]*)<\/strong>/g, '<span class="skm-cek-catatan">$1</span>');
}

/** Opens the script holding the chart library; `splitLibrary` finds it by this tag. */
const LIBRARY_TAG = '<script id="skm-library">';

/** A script's CSP source: the base64 SHA-256 of its exact text. */
export const scriptHash = (source: string): string =>
  `'sha256-${nodeCrypto().createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * The page's Content Security Policy: nothing loads (`default-src 'none'`), images only from
 * `data:` (the guard embeds them), and the only scripts that run are the two we write, by hash —
 * no inline handler, no injected script, no eval. Styles may be inline (ours and mermaid's SVG).
 */
export function reportCsp(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(scriptHash).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The finished report HTML from pandoc's output (already checked by `guardHtml`). */
export function reportHtml(pandocHtml: string, mermaid: string = loadMermaid()): string {
  const safeScript = (source: string): string => source.replace(/<\/(script)/gi, '<\\/$1');
  const library = safeScript(mermaid);
  const csp = `<meta http-equiv="Content-Security-Policy" content="${reportCsp([library, MERMAID_RUN])}" />`;
  const head = `<style>${REPORT_CSS}</style>\n</head>`;
  const scripts = `${LIBRARY_TAG}${library}</script>\n<script>${MERMAID_RUN}</script>\n</body>`;
  const body = markReview(markFigures(unwrapMermaid(pandocHtml)));
  return body
    .replace(/<head>/, () => `<head>\n${csp}`)
    .replace('</head>', () => head)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, () => scripts);
}

/**
 * Separates the chart library script of a `reportHtml` page from the rest, so a printer can keep
 * the library parsed in one page and write only the report into it; a page without it stays whole.
 */
export function splitLibrary(html: string): { library: string; document: string } {
  const start = html.indexOf(LIBRARY_TAG);
  const end = start === -1 ? -1 : html.indexOf('</script>\n', start);
  if (end === -1) return { library: '', document: html };
  return { library: html.slice(start + LIBRARY_TAG.length, end), document: html.slice(0, start) + html.slice(end + '</script>\n'.length) };
}
