import { describe, expect, it } from 'vitest';
import { markFigures, MERMAID_CONFIG, reportHtml, scriptHash, splitLibrary, unwrapMermaid } from '../../src/node/report-html';
import { REPORT_CSS } from '../../src/node/report-css';
import { pandocArguments } from '../../src/node/pandoc';

const PANDOC_OUTPUT = [
  '<!DOCTYPE html>',
  '<html lang="id"><head><title>x</title></head><body>',
  '<pre class="mermaid"><code>pie title A &amp; B',
  '  &quot;L&quot; : 1</code></pre>',
  '<p><em>Gambar 1. Responden</em></p>',
  '<p><img src="data:image/png;base64,AAAA" alt="foto" /><br />',
  '<em>Gambar 2. Foto</em></p>',
  '<p><em>Catatan biasa</em></p>',
  '<pre class="sourceCode"><code>tetap</code></pre>',
  '</body></html>',
].join('\n');

describe('reportHtml', () => {
  it('gives mermaid its escaped source without <code>, and leaves other code blocks alone', () => {
    const html = unwrapMermaid(PANDOC_OUTPUT);
    expect(html).toContain('<pre class="mermaid">pie title A &amp; B\n  &quot;L&quot; : 1</pre>');
    expect(html).toContain('<pre class="sourceCode"><code>tetap</code></pre>');
  });

  it('marks figure captions, with or without an image, and nothing else', () => {
    const html = markFigures(PANDOC_OUTPUT);
    expect(html.match(/<p class="figure">/g)).toHaveLength(2);
    expect(html).toContain('<p><em>Catatan biasa</em></p>');
  });

  it('inlines the stylesheet and the given mermaid, escaping a closing script tag, and signals when charts are done', () => {
    const html = reportHtml(PANDOC_OUTPUT, 'var mermaid = {}; "</script>";');
    expect(html.indexOf(REPORT_CSS)).toBeGreaterThan(0);
    expect(html.indexOf(REPORT_CSS)).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain('"<\\/script>"');
    expect(html).toContain("document.body.dataset.chartsDone = '1'");
    expect(html.match(/<\/body>/g)).toHaveLength(1);
    expect(html.lastIndexOf('<script>')).toBeLessThan(html.indexOf('</body>'));
  });

  it('configures mermaid strictly, never starting on its own, with explicit fonts', () => {
    expect(MERMAID_CONFIG).toMatchObject({
      startOnLoad: false,
      securityLevel: 'strict',
      fontFamily: expect.stringContaining('DejaVu Sans') as unknown,
    });
    expect(REPORT_CSS).toMatch(
      /@page \{\s*size: A4;\s*margin: 2\.5cm;[^]*@bottom-center \{ content: 'Halaman ' counter\(page\) ' dari ' counter\(pages\)/,
    );
  });

  it('calls pandoc sandboxed, fetching nothing (no --self-contained, no resource path) and with raw markup off', () => {
    const args = pandocArguments();
    expect(args).toContain('--sandbox');
    expect(args).toContain('--no-highlight');
    expect(args.some((arg) => /self-contained|embed-resources|resource-path|extract-media/.test(arg))).toBe(false);
    const reader = args[args.indexOf('-f') + 1] ?? '';
    for (const extension of ['raw_html', 'raw_attribute', 'header_attributes', 'link_attributes', 'bracketed_spans', 'fenced_divs'])
      expect(reader).toContain(`-${extension}`);
  });

  it('writes a CSP before anything else in the head, allowing exactly its two scripts by hash', () => {
    const html = reportHtml('<html><head>\n<meta charset="utf-8" /></head><body><p>x</p></body></html>', 'var mermaid = {};');
    const csp = /<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('img-src data:');
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(scripts).toHaveLength(2);
    expect(csp.match(/'sha256-[^']+'/g)).toEqual(scripts.map(scriptHash));
  });
});

describe('splitLibrary (the printer keeps mermaid parsed in a warm page)', () => {
  it('takes out the library script and leaves the report and the code that runs mermaid', () => {
    const html = reportHtml('<html><head></head><body><p>Laporan</p></body></html>', 'var mermaid = {}; /* pustaka */');
    const { library, document } = splitLibrary(html);
    expect(library).toBe('var mermaid = {}; /* pustaka */');
    expect(document).not.toContain('/* pustaka */');
    expect(document).toContain('<p>Laporan</p>');
    expect(document).toContain('mermaid.initialize(');
    expect(document.match(/<script>/g)).toHaveLength(1);
  });

  it('leaves a page without the two scripts whole', () => {
    expect(splitLibrary('<p>tanpa skrip</p>')).toEqual({ library: '', document: '<p>tanpa skrip</p>' });
  });
});
