/** Small Markdown writers shared by the report chapters. Output is deterministic. */
import { mdCell } from './escape';
import { brand } from './safe';
import type { SafeMarkdown, SafeMermaid } from './safe';

export type Alignment = 'left' | 'right' | 'center';

/** A pipe table; every header and cell is text, escaped with `mdCell`. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], alignments: Alignment[] = []): SafeMarkdown {
  const separator = headers.map((_, index) => {
    const alignment = alignments[index] ?? 'left';
    return alignment === 'right' ? '---:' : alignment === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]): string => `| ${cells.map(mdCell).join(' | ')} |`;
  return brand<'markdown'>([line(headers), `| ${separator.join(' | ')} |`, ...rows.map(line)].join('\n'));
}

/** Joins labels Indonesian-style: "A", "A dan B", "A, B, dan C" (plain text; escape the result). */
export function joinList(items: string[], conjunction = 'dan'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}

/** A fenced mermaid block: GitHub renders it in pull requests, the PDF pipeline draws it. */
export function mermaid(source: SafeMermaid): SafeMarkdown {
  return brand<'markdown'>(['```mermaid', source.trimEnd(), '```'].join('\n'));
}
