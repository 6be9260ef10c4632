/**
 * The tables of the live preview as data (per unsur, per service, RTL items), so the same rows
 * become the preview's HTML and what "Salin tabel" copies: Markdown (`table`, every cell through
 * `mdCell`) or TSV (every cell through `tsvCell`). Each row carries the anchor the editor's cursor
 * scrolls to (`unsur:U3`, `service:ktp`, `rtl:rtl-2023s1-01`).
 */
import type { PeriodResult } from '../compute/result';
import type { Period } from '../model/types';
import { formatNumber } from '../text/format';
import { t } from '../text/messages';
import { htmlAttr, htmlText, tsvCell } from './escape';
import { table } from './markdown';
import type { Alignment } from './markdown';
import { htmlt, joinSafe } from './safe';
import type { SafeHtml, SafeMarkdown } from './safe';

export type PreviewTableId = 'unsur-table' | 'service-table' | 'rtl-table';
export const PREVIEW_TABLE_IDS: readonly PreviewTableId[] = ['unsur-table', 'service-table', 'rtl-table'];

export interface PreviewTable {
  id: PreviewTableId;
  header: string[];
  alignments: Alignment[];
  /** `anchor` is what the cursor in a source file scrolls to; `grade` colours the last cell. */
  rows: { anchor: string; cells: string[]; grade?: string | null }[];
}

const number = (value: number | null | undefined, digits: number): string => formatNumber(value, digits);

/** The preview's tables for one period, in display order; a table without rows is left out. */
export function previewTables(period: Period, result: PeriodResult): PreviewTable[] {
  const unsur: PreviewTable = {
    id: 'unsur-table',
    header: [t('preview.column.code'), t('preview.column.unsur'), t('preview.column.answered'), 'NRR', 'NRR×25', t('preview.grade')],
    alignments: ['left', 'left', 'right', 'right', 'right', 'left'],
    rows: result.unsur.map((row) => ({
      anchor: `unsur:${row.code}`,
      cells: [row.code, row.label, String(row.answered), number(row.nrr, 2), number(row.nrrConverted, 2), row.grade ?? '–'],
      grade: row.grade,
    })),
  };
  const services: PreviewTable = {
    id: 'service-table',
    header: [t('preview.column.code'), t('preview.column.service'), 'n', 'IKM', t('preview.grade')],
    alignments: ['left', 'left', 'right', 'right', 'left'],
    rows: result.byService.map((row) => ({
      anchor: `service:${row.code}`,
      cells: [row.code, row.label, String(row.respondents), number(row.ikmConverted, 2), row.grade ?? '–'],
      grade: row.grade,
    })),
  };
  const rtl: PreviewTable = {
    id: 'rtl-table',
    header: [t('preview.column.id'), t('preview.column.unsur'), t('preview.column.program'), t('preview.column.status')],
    alignments: ['left', 'left', 'left', 'left'],
    rows: (period.rtl?.items ?? []).map((item) => ({
      anchor: `rtl:${item.id}`,
      cells: [item.id, item.unsur, item.program, t(`preview.rtl-status.${item.realisation?.status ?? 'none'}`)],
    })),
  };
  return [unsur, services, rtl].filter((candidate) => candidate.rows.length > 0);
}

/** The table as HTML with its "Salin tabel" buttons; every cell is escaped text. */
export function previewTableHtml(preview: PreviewTable): SafeHtml {
  const head = preview.header.map((cell) => htmlt`<th>${htmlText(cell)}</th>`);
  const rows = preview.rows.map((row) => {
    const cells = row.cells.map((cell, index) => {
      const numeric = preview.alignments[index] === 'right' ? htmlt` class="n"` : htmlt``;
      const graded =
        index === row.cells.length - 1 && row.grade !== undefined ? htmlt` class="g grade-${htmlAttr(row.grade ?? 'none')}"` : numeric;
      return htmlt`<td${graded}>${htmlText(cell)}</td>`;
    });
    const unsur = row.anchor.startsWith('unsur:') ? htmlt` data-unsur="${htmlAttr(row.anchor.slice(6))}"` : htmlt``;
    return htmlt`<tr${unsur} data-anchor="${htmlAttr(row.anchor)}" tabindex="0">${joinSafe(cells, htmlt``)}</tr>`;
  });
  return htmlt`<div class="table-tools" role="group" aria-label="${htmlAttr(t('preview.copy-table'))}">
    <span>${htmlText(t('preview.copy-table'))}:</span>
    <button type="button" data-copy="${htmlAttr(preview.id)}" data-format="markdown">${htmlText(t('preview.copy-markdown'))}</button>
    <button type="button" data-copy="${htmlAttr(preview.id)}" data-format="tsv">${htmlText(t('preview.copy-tsv'))}</button>
  </div>
  <table id="${htmlAttr(preview.id)}">
    <thead>
      <tr>${joinSafe(head, htmlt``)}</tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** The table as a Markdown pipe table (GitHub, pandoc). */
export function previewTableMarkdown(preview: PreviewTable): SafeMarkdown {
  return table(
    preview.header,
    preview.rows.map((row) => row.cells),
    preview.alignments,
  );
}

/** The table as tab-separated values (a spreadsheet paste): one line per row, header first. */
export function previewTableTsv(preview: PreviewTable): string {
  return [preview.header, ...preview.rows.map((row) => row.cells)].map((cells) => cells.map(tsvCell).join('\t')).join('\n') + '\n';
}
