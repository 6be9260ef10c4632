import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../src/core/load/load-period';
import { sanitizeNarrative } from '../../src/core/report/narrative-markdown';

const options = { folder: 'periods/2023/narrative', assetBase: '../../' };
const sanitize = (text: string): ReturnType<typeof sanitizeNarrative> => sanitizeNarrative(text, options);
const renderer = new MarkdownIt({ html: true });
/** Every URL a permissive Markdown viewer would load or link to. */
const urls = (markdown: string): string[] =>
  [...renderer.render(markdown).matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('sanitizeNarrative', () => {
  it('shows raw HTML as text and reports each tag where it is', () => {
    const { markdown, findings } = sanitize('Halo <img src=x onerror=alert(1)>\n\n<!-- c --> <meta http-equiv="refresh" content="0">');
    const html = renderer.render(markdown);
    expect(html).not.toMatch(/<(img|meta)/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(findings.map((finding) => [finding.code, finding.offset])).toEqual([
      ['narrative.raw-html', 5],
      ['narrative.raw-html', 35],
      ['narrative.raw-html', 46],
    ]);
  });

  it('turns raw attribute blocks and spans into plain code', () => {
    const { markdown, findings } = sanitize(
      '```{=html}\n<script>alert(1)</script>\n```\n\nTeks `<b>`{=html} dan ```` ```mermaid ```` tetap.',
    );
    expect(markdown).toBe('```\n<script>alert(1)</script>\n```\n\nTeks `<b>` dan ```` ```mermaid ```` tetap.');
    expect(findings.map((finding) => finding.subject)).toEqual(['{=html}', '{=html}']);
  });

  it('leaves code, comparisons and named fences alone', () => {
    const text = 'Nilai 3 < 4.\n\n```mermaid\npie\n  "A<b>" : 1\n```\n\n`<i>` tetap kode.';
    const { markdown, findings } = sanitize(text);
    expect(markdown).toBe(text.replace('3 < 4', '3 &lt; 4'));
    expect(findings).toEqual([]);
  });

  it('keeps https links and workspace files, rewriting relative paths for the report folder', () => {
    const { markdown, findings } = sanitize(
      'Lihat [aturan](https://jdih.menpan.go.id/x "judul"), [lampiran](../lampiran.pdf#hal-2), [atas](#bab-i) dan ![foto](../evidence/foto%20a.jpg).\n\n[ref]: ../data.csv',
    );
    expect(findings).toEqual([]);
    expect(urls(markdown)).toEqual([
      'https://jdih.menpan.go.id/x',
      '../../periods/2023/lampiran.pdf#hal-2',
      '#bab-i',
      '../../periods/2023/evidence/foto%20a.jpg',
    ]);
    expect(markdown).toContain('[ref]: ../../periods/2023/data.csv');
  });

  it('drops every other target and keeps the text', () => {
    const cases = [
      '![x](http://127.0.0.1:9/a.png)',
      '![x](https://example.org/a.png)',
      '![x](data:image/png;base64,AAAA)',
      '![x](/etc/passwd)',
      '![x](../../../../rahasia.png)',
      '[x](javascript:alert(1))',
      '[x](http://127.0.0.1:9/)',
      '[x](file:///etc/passwd)',
      '![![x](y)](http://127.0.0.1:9/b.png)',
      '![a\nb](http://127.0.0.1:9/c.png)',
      '[x](<http://127.0.0.1:9/d> "t")',
      '![x][r]\n\n[r]: http://127.0.0.1:9/e.png',
      '[r]: https://example.org/f.png\n\n![x][r]',
    ];
    for (const text of cases) {
      const { markdown, findings } = sanitize(text);
      expect(
        urls(markdown).filter((url) => !url.startsWith('../../periods/')),
        text,
      ).toEqual([]);
      expect(findings.length, text).toBeGreaterThan(0);
      expect(
        findings.every((finding) => finding.code === 'narrative.link-target'),
        text,
      ).toBe(true);
    }
  });

  it('resolves paths only inside the workspace', () => {
    expect(resolveInside('periods/p', '../x.md')).toBe('periods/x.md');
    expect(resolveInside('periods/p', '../../../x.md')).toBeUndefined();
    expect(resolveInside('periods/p', '/x.md')).toBeUndefined();
    expect(resolveInside('periods/p', 'C:\\x.md')).toBeUndefined();
    expect(resolveInside('periods/p', '%2e%2e/%2e%2e/%2e%2e/x')).toBeUndefined();
  });
});
