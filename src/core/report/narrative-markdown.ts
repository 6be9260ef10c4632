/**
 * Narrative Markdown is Markdown only. Before a period's narrative enters a report:
 *
 * - raw HTML (`<tag …>`, comments) is rendered as text: every `<` outside code becomes `&lt;`;
 * - raw attribute blocks (```` ```{=html} ````, `` `x`{=html} ``) and fence attributes become
 *   plain code: the `{…}` is dropped;
 * - links keep only `https:`, `#fragment` and relative paths to files inside the workspace;
 *   images keep only relative paths to files inside the workspace. Relative paths are rewritten
 *   to be relative to the report file (`assetBase`). Any other target is removed and the text
 *   (or the image's alt text) stays.
 *
 * Each change is a finding with its offset in the original text, for `narrative.raw-html` and
 * `narrative.link-target`. Offsets of `{{ variables }}` are not affected by the rewriting.
 */
import { resolveInside } from '../load/load-period';
import { brand } from './safe';
import type { SafeMarkdown } from './safe';

export type NarrativeFindingCode = 'narrative.raw-html' | 'narrative.link-target';

export interface NarrativeFinding {
  code: NarrativeFindingCode;
  offset: number;
  length: number;
  /** The tag, raw format or link target, for the message. */
  subject: string;
}

export interface SanitizedNarrative {
  markdown: SafeMarkdown;
  findings: NarrativeFinding[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;

/** Replaces the ranges `[start, end)` of `text` with spaces, keeping line breaks (and so offsets). */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** The `)` closing a link destination that opens at `open` (`(`), within one paragraph. */
function closingParenthesis(text: string, open: number): number | undefined {
  let depth = 0;
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '\n' && /^\n[ \t]*\n/.test(text.slice(index))) return undefined;
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return undefined;
}

/** The `[` opening the link text that `]` at `close` ends (brackets balance), within one paragraph. */
function openingBracket(text: string, close: number): number | undefined {
  let depth = 0;
  for (let index = close - 1; index >= 0; index--) {
    const char = text[index];
    if (index > 0 && text[index - 1] === '\\') continue;
    if (char === '\n' && /\n[ \t]*$/.test(text.slice(0, index))) return undefined;
    if (char === ']') depth++;
    else if (char === '[') {
      if (depth === 0) return index;
      depth--;
    }
  }
  return undefined;
}

export function sanitizeNarrative(text: string, options: { folder: string; assetBase: string }): SanitizedNarrative {
  const edits: Edit[] = [];
  const findings: NarrativeFinding[] = [];
  const finding = (code: NarrativeFindingCode, offset: number, length: number, subject: string): void => {
    findings.push({ code, offset, length, subject });
  };
  // 1. Fenced code blocks are literal; only their info string can make them raw.
  let masked = text;
  let open: { marker: string; start: number } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line);
    if (open) {
      if (fence && fence[2]?.[0] === open.marker[0] && (fence[2]?.length ?? 0) >= open.marker.length && fence[3]?.trim() === '') {
        masked = blank(masked, open.start, offset + line.length);
        open = undefined;
      }
    } else if (fence) {
      const marker = fence[2] ?? '';
      const info = fence[3] ?? '';
      const infoStart = offset + (fence[1] ?? '').length + marker.length;
      if (info.trim() !== '' && !/^\s*[\w+-]+\s*$/.test(info)) {
        edits.push({ start: infoStart, end: infoStart + info.length, text: '' });
        finding('narrative.raw-html', infoStart, info.length, info.trim());
      }
      open = { marker, start: offset };
    }
    offset += line.length + 1;
  }
  if (open) masked = blank(masked, open.start, text.length);
  // 2. Code spans are literal; an attribute right after one (`{=html}`) is dropped.
  for (const match of masked.matchAll(/(`+)([\s\S]*?[^`])\1(?!`)/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const attribute = /^\{[^}\n]*\}/.exec(masked.slice(end));
    if (attribute) {
      edits.push({ start: end, end: end + attribute[0].length, text: '' });
      finding('narrative.raw-html', end, attribute[0].length, attribute[0]);
      masked = blank(masked, end, end + attribute[0].length);
    }
    masked = blank(masked, start, end);
  }
  // 3. Links and images (inline, then reference definitions).
  const protectedRanges: [number, number][] = [];
  const target = (raw: string): { url: string; rest: string } => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('<')) {
      const close = trimmed.indexOf('>');
      return close === -1 ? { url: trimmed.slice(1), rest: '' } : { url: trimmed.slice(1, close), rest: trimmed.slice(close + 1) };
    }
    const space = trimmed.search(/\s/);
    return space === -1 ? { url: trimmed, rest: '' } : { url: trimmed.slice(0, space), rest: trimmed.slice(space) };
  };
  const rewrite = (url: string, image: boolean): string | undefined => {
    if (!image && (/^https:\/\/[^\s"'<>]+$/i.test(url) || /^#[\w-]*$/.test(url))) return url;
    const inside = resolveInside(options.folder, url);
    if (inside === undefined) return undefined;
    const fragment = image ? '' : (/#.*$/.exec(url)?.[0] ?? '');
    return encodeURI(options.assetBase + inside) + fragment;
  };
  for (const match of masked.matchAll(/\]\(/g)) {
    const close = match.index ?? 0;
    const destinationEnd = closingParenthesis(masked, close + 1);
    if (destinationEnd === undefined) continue;
    const opener = openingBracket(masked, close);
    if (opener === undefined) continue;
    const image = opener > 0 && masked[opener - 1] === '!';
    const { url, rest } = target(masked.slice(close + 2, destinationEnd));
    const rewritten = rewrite(url, image);
    protectedRanges.push([close + 1, destinationEnd + 1]);
    if (rewritten !== undefined) {
      const title = /^\s+"[^"\n]*"\s*$/.test(rest) ? rest.trimEnd() : '';
      edits.push({ start: close + 1, end: destinationEnd + 1, text: `(${rewritten}${title})` });
      continue;
    }
    const start = image ? opener - 1 : opener;
    finding('narrative.link-target', start, destinationEnd + 1 - start, url);
    // The text stays; `\]` keeps it from closing a link, so nothing points anywhere.
    edits.push({ start: close, end: destinationEnd + 1, text: '\\]' });
  }
  for (const match of masked.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*(\S+)[^\n]*$/gm)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    protectedRanges.push([start, end]);
    const { url } = target(match[1] ?? '');
    // A definition can serve an image (`![x][ref]`), so only workspace files qualify.
    const rewritten = rewrite(url, true);
    const label = match[0].slice(0, match[0].indexOf(']:') + 2);
    if (rewritten !== undefined) {
      edits.push({ start, end, text: `${label} ${rewritten}` });
      continue;
    }
    finding('narrative.link-target', start, match[0].length, url);
    edits.push({ start, end, text: '' });
  }
  // 4. Raw HTML outside code, links and definitions is shown as text.
  for (const match of masked.matchAll(/</g)) {
    const start = match.index ?? 0;
    if (protectedRanges.some(([from, to]) => start >= from && start < to)) continue;
    edits.push({ start, end: start + 1, text: '&lt;' });
    const tag = /^<[/!?]?[A-Za-z!-][^>\n]*>?/.exec(masked.slice(start));
    if (tag && !/^<[a-z][a-z0-9+.-]*:/i.test(tag[0])) finding('narrative.raw-html', start, tag[0].length, tag[0]);
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let position = 0;
  for (const edit of edits) {
    if (edit.start < position) continue;
    out += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  out += text.slice(position);
  findings.sort((a, b) => a.offset - b.offset);
  return { markdown: brand<'markdown'>(out), findings };
}
