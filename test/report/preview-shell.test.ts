import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computePeriod, ruleSetOf } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { htmlText } from '../../src/core/report/escape';
import { previewShell, renderPreviewBody } from '../../src/core/report/preview-html';
import { htmlt } from '../../src/core/report/safe';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLES = ['biro-umum-kaltim', 'biro-pbj-kaltim', 'setda-surakarta'];

describe("the preview's charts", () => {
  it("are all xychart-beta, the one diagram the preview's mermaid bundle carries (scripts/mermaid-preview.mjs)", () => {
    const kinds: string[] = [];
    for (const sample of SAMPLES) {
      const workspace = loadWorkspace(new FsFiles(path.join(__dirname, '..', '..', 'samples', sample))).workspace;
      if (!workspace) throw new Error(`${sample} did not load`);
      for (const period of workspace.periods) {
        const html = renderPreviewBody(workspace.unit, period, computePeriod(workspace, period.id), ruleSetOf(workspace));
        for (const match of html.matchAll(/<pre class="mermaid"[^>]*>\s*(\S+)/g)) kinds.push(match[1]!);
      }
    }
    expect(kinds.length).toBeGreaterThanOrEqual(SAMPLES.length * 2);
    expect(new Set(kinds)).toEqual(new Set(['xychart-beta']));
  });
});

describe('the preview page', () => {
  const shell = (mode: 'text' | 'uri', content: string): string =>
    previewShell({
      nonce: 'n0nce',
      cspSource: 'https://webview.example',
      style: mode === 'text' ? { text: 'body { color: red } </style><p>' } : { uri: 'https://webview.example/media/preview.css?a="b"' },
      mermaid: mode === 'text' ? { text: `var page = "${content}";` } : { uri: 'https://webview.example/dist/mermaid/mermaid-preview.js' },
      script: mode === 'text' ? { text: 'var script = 1;' } : { uri: 'https://webview.example/media/preview.js' },
    });

  it('inlines its own files: no src or href, every script carries the nonce, and a file cannot end its element', () => {
    const html = shell('text', '</script><script>alert(1)</script><!--<script>');
    expect(html).not.toMatch(/\s(?:src|href)=/);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<script nonce="n0nce">/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    expect(html).toContain('<style>body { color: red } \\3c /style><p></style>');
    // In JavaScript strings `\x3C` is `<`: the inlined code means what it meant.
    expect(html).toContain('var page = "\\x3C/script>\\x3Cscript>alert(1)\\x3C/script>\\x3C!--\\x3Cscript>";');
    expect(html).toContain('script-src &#39;nonce-n0nce&#39;"');
  });

  it('or links them by their webview URIs, escaped, scripts by nonce', () => {
    const html = shell('uri', '');
    expect(html).toContain('<link rel="stylesheet" href="https://webview.example/media/preview.css?a=&quot;b&quot;">');
    expect(html).toContain('<script nonce="n0nce" src="https://webview.example/dist/mermaid/mermaid-preview.js"></script>');
    expect(html).toContain('<script nonce="n0nce" src="https://webview.example/media/preview.js"></script>');
    expect(html).not.toContain('<style>');
    expect(html).toContain('<main id="content"><p>…</p></main>');
  });

  it('carries its first body, marked as such, when it has one', () => {
    const html = previewShell({
      nonce: 'n0nce',
      cspSource: 'https://webview.example',
      style: { uri: 'https://webview.example/media/preview.css' },
      mermaid: { uri: 'https://webview.example/dist/mermaid/mermaid-preview.js' },
      script: { uri: 'https://webview.example/media/preview.js' },
      body: htmlt`<section id="ikm">${htmlText('<b>85,08</b>')}</section>`,
    });
    expect(html).toContain('<main id="content" data-embedded="1"><section id="ikm">&lt;b&gt;85,08&lt;/b&gt;</section></main>');
  });
});
