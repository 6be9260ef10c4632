import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { htmlAttr, htmlText, mdCell, mdText, mermaidLabel } from '../../src/core/report/escape';
import { table } from '../../src/core/report/markdown';
import { htmlt, joinSafe, mdt } from '../../src/core/report/safe';
import type { SafeMarkdown } from '../../src/core/report/safe';

/** A permissive CommonMark renderer (raw HTML on), like a Markdown viewer that trusts its input. */
const renderer = new MarkdownIt({ html: true, linkify: false });
const decode = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src="http://127.0.0.1:9/"></iframe>',
  '![x](http://127.0.0.1:9/x.png)',
  '[x](javascript:alert(1))',
  '`x`{=html}',
  '# judul {onclick=alert(1)}',
  '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '<style>@import url(http://127.0.0.1:9/x.css)</style>',
  '&lt;script&gt;',
  '1. bukan daftar',
  '- bukan daftar',
  '$x^2$ ~a~ | b',
  'baris\nbaru\r\n# judul',
];

describe('mdText: user text is literal Markdown text', () => {
  it('renders every payload as one paragraph of the same text, with no element but <p>', () => {
    for (const payload of PAYLOADS) {
      const html = renderer.render(mdText(payload));
      expect(html.match(/<(?!\/?p>)[a-z]/gi), payload).toBeNull();
      expect(decode(html), payload).toBe(payload.replace(/[\r\n]+/g, ' ').trim());
    }
  });

  it('holds for arbitrary strings (CommonMark round trip)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'<>&[]()!`*_{}#|\\$~^-+=:.1 aZ\n"\''.split('')), maxLength: 40 }), (text) => {
        const html = renderer.render(mdText(text));
        expect(html.match(/<(?!\/?p>)[a-z]/gi)).toBeNull();
        expect(decode(html)).toBe(text.replace(/\n+/g, ' ').trim());
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('keeps a table cell a cell: pipes and line breaks cannot add columns or rows', () => {
    const markdown = table(['A', 'B'], [['x | y\n| z', '<b>']]);
    const html = renderer.render(markdown);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).not.toContain('<b>');
    expect(mdCell('')).toBe(' ');
  });
});

describe('HTML and mermaid escapers', () => {
  it('escapes text and attributes', () => {
    expect(htmlText('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;"x" &amp; \'y\'&lt;/b&gt;');
    expect(htmlAttr('" onmouseover="alert(1)"')).toBe('&quot; onmouseover=&quot;alert(1)&quot;');
  });

  it('reduces mermaid labels to inert characters', () => {
    expect(mermaidLabel('A"] --> B%%{init: {"securityLevel":"loose"}}%%<img src=x onerror=alert(1)>#quot;')).toBe(
      'A -- B init: securityLevel : loose img src x onerror alert(1) quot',
    );
    expect(mermaidLabel('≥ 60 tahun')).toBe('≥ 60 tahun');
    expect(mermaidLabel('```\nclick U1 call alert(1)')).toBe('click U1 call alert(1)');
  });
});

describe('the branded types', () => {
  it('join only safe pieces and numbers', () => {
    const name = '<b>';
    const pieces: SafeMarkdown[] = [mdt`**${mdText(name)}**`, mdt`${3} unsur`];
    expect(joinSafe(pieces)).toBe('**&lt;b&gt;**\n3 unsur');
    expect(htmlt`<p>${htmlText(name)}</p>`).toBe('<p>&lt;b&gt;</p>');
  });

  it('reject raw strings at compile time (checked by `npm run typecheck`)', () => {
    const raw = '<img src=x onerror=alert(1)>';
    // @ts-expect-error a raw string is not SafeMarkdown
    const a: SafeMarkdown = `**${raw}**`;
    // @ts-expect-error the tag refuses a raw interpolation
    const b = mdt`**${raw}**`;
    // @ts-expect-error HTML is not Markdown
    const c = mdt`${htmlText(raw)}`;
    // @ts-expect-error trimming gives a plain string back
    const d: SafeMarkdown = mdText(raw).trim();
    expect([a, b, c, d].every((value) => typeof value === 'string')).toBe(true);
  });
});
