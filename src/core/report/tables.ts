/** The computed tables both reports share. Every figure comes from `PeriodResult`. */
import type { PeriodResult } from '../compute/result';
import type { Period, RtlItem, Unit, Workspace } from '../model/types';
import { formatDate, formatNumber, formatQuarter, formatShare } from '../text/format';
import { mdText } from './escape';
import { table } from './markdown';
import { mdt } from './safe';
import type { SafeMarkdown } from './safe';

const dash = '–';

/** A note after an unsur's label where a review marks it (`ReviewMarks.unsurLabel`). */
export type LabelMark = (code: string) => string;

/** The label notes of a report's review marks (none for an unmarked report). */
export function labelMark(parts: { narrative: { marks?: { unsurLabel: LabelMark } } }): LabelMark {
  const marks = parts.narrative.marks;
  return marks ? (code) => marks.unsurLabel(code) : () => '';
}

/** Tabel ringkasan per unsur: NRR, NRR × 25 and mutu, with the unit's IKM as the last rows. */
export function summaryTable(result: PeriodResult, mark: LabelMark = () => ''): SafeMarkdown {
  const rows = result.unsur.map((unsur, index) => [
    String(index + 1),
    `${unsur.label} (${unsur.code})${mark(unsur.code)}`,
    formatNumber(unsur.nrr, 2),
    formatNumber(unsur.nrrConverted, 2),
    unsur.grade ?? dash,
  ]);
  rows.push([
    '',
    'IKM unit pelayanan',
    formatNumber(result.ikm, 3),
    formatNumber(result.ikmConverted, 2),
    result.grade ? `${result.grade} (${result.performance ?? ''})` : dash,
  ]);
  return table(['No', 'Unsur', 'NRR', 'NRR × 25', 'Mutu'], rows, ['right', 'left', 'right', 'right', 'center']);
}

/** Per-unsur answered counts and totals: how each NRR was obtained. */
export function computationTable(result: PeriodResult): SafeMarkdown {
  return table(
    ['Unsur', 'Dijawab', 'Jumlah nilai', 'NRR', 'NRR tertimbang'],
    result.unsur.map((unsur) => [
      unsur.code,
      formatNumber(unsur.answered, 0),
      formatNumber(unsur.total, 0),
      formatNumber(unsur.nrr, 3),
      unsur.nrr === null ? dash : formatNumber(unsur.nrr * result.mode.weight, 4),
    ]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

export function modeNote(result: PeriodResult): SafeMarkdown {
  return mdt`Metode perhitungan: ${mdText(result.mode.description)}. NRR setiap unsur dihitung dari seluruh jawaban unsur itu; mutu ditentukan dari nilai yang belum dibulatkan.`;
}

/** Schedule of the survey in working days. */
export function scheduleTable(period: Period): SafeMarkdown {
  if (period.schedule.length === 0) return mdt`Jadwal pelaksanaan tidak dicatat.`;
  const rows = period.schedule.map((row, index) => [
    String(index + 1),
    row.kegiatan,
    row.waktu,
    row.hariKerja === undefined ? dash : formatNumber(row.hariKerja, 0),
  ]);
  const total = period.schedule.reduce((sum, row) => sum + (row.hariKerja ?? 0), 0);
  rows.push(['', 'Jumlah', '', formatNumber(total, 0)]);
  return table(['No', 'Kegiatan', 'Waktu pelaksanaan', 'Hari kerja'], rows, ['right', 'left', 'left', 'right']);
}

const unsurLabel = (unit: Unit, code: string): string => {
  const unsur = unit.unsur.find((candidate) => candidate.code === code);
  return unsur ? `${unsur.label} (${code})` : code;
};

/** Tabel RTL with one column per triwulan and the penanggung jawab. */
export function rtlTable(workspace: Workspace, items: RtlItem[]): SafeMarkdown {
  if (items.length === 0) return mdt`Tidak ada rencana tindak lanjut yang dicatat.`;
  const years = [...new Set(items.map((item) => item.year))].sort();
  const yearNote = years.length === 1 && years[0] ? ` ${years[0]}` : '';
  return table(
    ['No', 'Prioritas unsur', 'Program/kegiatan', ...[1, 2, 3, 4].map((quarter) => formatQuarter(quarter) + yearNote), 'Penanggung jawab'],
    items.map((item, index) => [
      String(index + 1),
      unsurLabel(workspace.unit, item.unsur),
      item.program,
      ...[1, 2, 3, 4].map((quarter) => (item.quarters.includes(quarter) ? '✓' : '')),
      item.responsible,
    ]),
    ['right', 'left', 'left', 'center', 'center', 'center', 'center', 'left'],
  );
}

export function realisationDates(item: RtlItem): string {
  const dates = item.realisation?.dates.filter((date) => date !== '') ?? [];
  if (dates.length === 0) return 'tidak dicatat';
  if (dates.length === 2) return `${formatDate(dates[0] ?? '')} s.d. ${formatDate(dates[1] ?? '')}`;
  return dates.map((date) => formatDate(date)).join(', ');
}

/** Tabel realisasi: status, description, time and challenges per item. */
export function realisationTable(workspace: Workspace, items: RtlItem[]): SafeMarkdown {
  if (items.length === 0) return mdt`Tidak ada rencana tindak lanjut yang dicatat.`;
  return table(
    ['No', 'Unsur', 'Rencana tindak lanjut', 'Status', 'Deskripsi tindak lanjut', 'Waktu pelaksanaan', 'Tantangan/hambatan'],
    items.map((item, index) => [
      String(index + 1),
      unsurLabel(workspace.unit, item.unsur),
      item.program,
      item.realisation?.status === 'sudah' ? 'Sudah' : 'Belum',
      item.realisation?.description ?? 'tidak dicatat',
      realisationDates(item),
      item.realisation?.challenges ?? 'tidak dicatat',
    ]),
  );
}

/** Unfinished items and their strategy. */
export function strategyTable(items: RtlItem[]): SafeMarkdown {
  const withStrategy = items.filter((item) => item.strategy);
  if (withStrategy.length === 0) return mdt`Tidak ada strategi penyelesaian yang dicatat.`;
  return table(
    ['No', 'RTL', 'Strategi penyelesaian', 'Target waktu', 'Penanggung jawab', 'Stakeholder terkait'],
    withStrategy.map((item, index) => [
      String(index + 1),
      item.program,
      item.strategy?.strategy ?? dash,
      item.strategy?.target ?? dash,
      item.strategy?.responsible ?? item.responsible,
      item.strategy?.stakeholders ?? dash,
    ]),
  );
}

/** Respondent profile: counts and their percentages per attribute, rounded from the counts. */
export function profileTable(result: PeriodResult): SafeMarkdown {
  const rows: string[][] = [];
  result.profile.forEach((attribute, index) => {
    attribute.rows.forEach((row, rowIndex) => {
      rows.push([
        rowIndex === 0 ? String(index + 1) : '',
        rowIndex === 0 ? attribute.label : '',
        row.label,
        formatNumber(row.count, 0),
        formatShare(row.count, attribute.answered, 2),
      ]);
    });
    if (attribute.unknown > 0) rows.push(['', '', 'Tidak diisi', formatNumber(attribute.unknown, 0), dash]);
  });
  if (rows.length === 0) return mdt`Profil responden tidak tersedia untuk periode ini.`;
  return table(['No', 'Karakteristik', 'Indikator', 'Jumlah', 'Persentase'], rows, ['right', 'left', 'left', 'right', 'right']);
}

/** The trend table over every period. */
export function trendTable(result: PeriodResult): SafeMarkdown {
  return table(
    ['Periode', 'IKM', 'Mutu', 'Perubahan', 'Signifikan (95%)'],
    result.trend.map((point) => [
      point.label,
      formatNumber(point.ikmConverted, 2),
      point.grade ?? dash,
      point.change === null ? dash : `${point.change > 0 ? '+' : ''}${formatNumber(point.change, 2)}`,
      point.significant === null ? 'tidak tersedia' : point.significant ? 'ya' : 'tidak',
    ]),
    ['left', 'right', 'center', 'right', 'left'],
  );
}
