/**
 * One escaping function per output context. These are the only ways a string from a user file
 * (unit name, unsur labels, services, RTL fields, narrative variables, captions…) becomes output:
 *
 * - `mdText`: inline Markdown text (a paragraph, a heading, a list item, a caption).
 * - `mdCell`: one cell of a pipe table.
 * - `htmlText`, `htmlAttr`: HTML element content and a quoted attribute value.
 * - `mermaidLabel`: a label or title inside a mermaid chart.
 * - `tsvCell`: one cell of tab-separated values copied for a spreadsheet.
 *
 * `htmlInlineScript`/`htmlInlineStyle` are not for user text: they put the extension's own
 * bundled files inside the preview page.
 *
 * The Markdown escapes hold for pandoc's Markdown and for CommonMark/GitHub: HTML, entities, code
 * spans, links and images, emphasis, attributes, math and line structure all become literal text.
 */
import { brand } from './safe';
import type { SafeHtml, SafeMarkdown, SafeMermaid } from './safe';

/** ASCII punctuation that starts Markdown syntax anywhere in a line; a backslash makes it literal. */
const INLINE_SYNTAX = /[\\`*_{}[\]|$~^]/g;
/** Syntax that counts only at the start of a line: headings, lists, quotes, definition lists. */
const LINE_START = /^(\s*)([#+=:-]|\d+[.)])/;

function inline(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed on purpose
  const oneLine = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  const escaped = oneLine
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE_SYNTAX, '\\$&');
  return escaped;
}

/** Inline Markdown text: one line, every character shown as typed, even at the start of a line. */
export function mdText(text: string): SafeMarkdown {
  const escaped = inline(text).replace(
    LINE_START,
    (_whole, space: string, marker: string) => `${space}${marker.replace(/([#+=:.)-])$/, '\\$1')}`,
  );
  return brand<'markdown'>(escaped);
}

/** One pipe-table cell: inline text, pipes included (a cell starts no block); an empty cell stays a cell. */
export function mdCell(text: string): SafeMarkdown {
  return brand<'markdown'>(inline(text) || ' ');
}

// eslint-disable-next-line no-control-regex -- control characters are removed on purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A fenced code block showing `lines` literally: the fence is longer than any run of backticks
 * inside, so the content cannot close it; control characters are removed.
 */
export function mdCodeBlock(lines: readonly string[], info = ''): SafeMarkdown {
  const clean = lines.map((line) => line.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(CONTROL, ''));
  const longest = Math.max(2, ...clean.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(longest + 1);
  return brand<'markdown'>([`${fence}${info}`, ...clean, fence].join('\n'));
}

/** HTML element content. */
export function htmlText(text: string): SafeHtml {
  return brand<'html'>(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** A double- or single-quoted HTML attribute value. */
export function htmlAttr(text: string): SafeHtml {
  return brand<'html'>(htmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
}

/**
 * The extension's own script (mermaid, preview.js) as the content of an inline `<script>`: never
 * user text, which reaches the page only through `htmlText`/`htmlAttr`. The HTML parser would end
 * the element at `</script` and changes state at `<!--` or `<script` inside it; each `<` starting
 * one of these becomes `\x3C`. In minified JavaScript they occur only inside string, template and
 * regular-expression literals, where `\x3C` is the same character.
 */
export function htmlInlineScript(code: string): SafeHtml {
  return brand<'html'>(code.replace(/<(?=\/script|!--|script)/gi, '\\x3C'));
}

/** The extension's own style sheet as the content of an inline `<style>` (never user text). */
export function htmlInlineStyle(css: string): SafeHtml {
  return brand<'html'>(css.replace(/<(?=\/style)/gi, '\\3c '));
}

/**
 * A mermaid label or title (the caller adds the quotes the syntax needs). Only letters, marks, digits, spaces and plain punctuation survive; the
 * rest (quotes, `<`, `#`, `%`, `;`, braces, backticks, line breaks…) becomes a space, so a label
 * can close neither its string, its line, the chart's code fence nor carry mermaid directives,
 * entities or HTML.
 */
export function mermaidLabel(text: string): SafeMermaid {
  const inert = text
    .replace(/[^\p{L}\p{M}\p{N} .,:()/+\-–—×'²³≥≤±°·]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return brand<'mermaid'>(inert);
}

/**
 * One cell of tab-separated values (the preview's "Salin tabel" for a spreadsheet): tabs, line
 * breaks and control characters become spaces, and a cell a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@` first; a negative number stays a number) starts with an apostrophe.
 */
export function tsvCell(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are removed on purpose
  const flat = text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return /^[=+\-@]/.test(flat) && !/^-\d+([.,]\d+)?$/.test(flat) ? `'${flat}` : flat;
}
