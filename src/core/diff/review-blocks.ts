/**
 * The review summaries (`skm diff`, `skm history`) are built once as blocks and written as
 * Markdown (a pull-request comment, a lampiran) or plain text (a terminal). Every string in a
 * block is plain text; the Markdown writer escapes it, so file contents cannot inject markup.
 */
import { mdCodeBlock, mdText } from '../report/escape';
import { table } from '../report/markdown';
import { joinSafe, mdt, trimSafe } from '../report/safe';
import type { SafeMarkdown } from '../report/safe';

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'list'; items: { text: string; code?: string; children?: string[] }[] }
  | { kind: 'table'; headers: string[]; rows: string[][] }
  | { kind: 'diff'; lines: { sign: '-' | '+' | ' '; text: string }[] };

export function toMarkdown(blocks: Block[]): SafeMarkdown {
  const out: SafeMarkdown[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(mdt`${HASHES[block.level]} ${mdText(block.text)}`);
    else if (block.kind === 'paragraph') out.push(block.strong ? mdt`**${mdText(block.text)}**` : mdText(block.text));
    else if (block.kind === 'table') out.push(table(block.headers, block.rows));
    else if (block.kind === 'list')
      out.push(
        joinSafe(
          block.items.map((item) =>
            joinSafe([
              mdt`- ${item.code === undefined ? mdt`` : mdt`${mdCodeSpan(item.code)} `}${mdText(item.text)}`,
              ...(item.children ?? []).map((child) => mdt`  - ${mdText(child)}`),
            ]),
          ),
        ),
      );
    else
      out.push(
        mdCodeBlock(
          block.lines.map((line) => `${line.sign} ${line.text}`),
          'diff',
        ),
      );
    out.push(mdt``);
  }
  return mdt`${trimSafe(joinSafe(out))}\n`;
}

const HASHES = { 2: mdt`##`, 3: mdt`###`, 4: mdt`####` } as const;

/** A lint code as inline code: codes are letters, digits, dots and dashes; anything else is dropped. */
function mdCodeSpan(code: string): SafeMarkdown {
  return mdt`\`${mdText(code.replace(/[^A-Za-z0-9.-]/g, ''))}\``;
}

export function toText(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') {
      out.push(block.text, (block.level === 2 ? '=' : '-').repeat(Math.min(block.text.length, 100)));
    } else if (block.kind === 'paragraph') out.push(block.text);
    else if (block.kind === 'list')
      for (const item of block.items) {
        out.push(`- ${item.code === undefined ? '' : `${item.code} `}${item.text}`);
        for (const child of item.children ?? []) out.push(`    ${child}`);
      }
    else if (block.kind === 'table') {
      const rows = [block.headers, ...block.rows];
      const widths = block.headers.map((_, column) => Math.min(40, Math.max(...rows.map((row) => (row[column] ?? '').length))));
      const line = (row: string[]): string =>
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd();
      out.push(line(block.headers), widths.map((width) => '-'.repeat(width)).join('  '), ...block.rows.map(line));
    } else out.push(...block.lines.map((line) => `  ${line.sign} ${line.text}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
