/** Small Markdown writers shared by the report chapters. Output is deterministic. */

/** Escapes text for a Markdown table cell or paragraph: pipes, HTML and line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .replace(/([*_`[\]])/g, '\\$1');
}

export type Alignment = 'left' | 'right' | 'center';

/** A pipe table; cells are escaped unless `raw` is set. */
export function table(headers: string[], rows: string[][], alignments: Alignment[] = [], raw = false): string {
  const cell = (text: string): string => (raw ? text : escapeMarkdown(text)) || ' ';
  const separator = headers.map((_, index) => {
    const alignment = alignments[index] ?? 'left';
    return alignment === 'right' ? '---:' : alignment === 'center' ? ':---:' : '---';
  });
  return [
    `| ${headers.map(cell).join(' | ')} |`,
    `| ${separator.join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Joins labels Indonesian-style: "A", "A dan B", "A, B, dan C". */
export function joinList(items: string[], conjunction = 'dan'): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} ${conjunction} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${conjunction} ${items.at(-1)}`;
}

/** A fenced mermaid block: GitHub renders it in pull requests, the PDF pipeline draws it. */
export function mermaid(source: string): string {
  return ['```mermaid', source.trimEnd(), '```'].join('\n');
}
