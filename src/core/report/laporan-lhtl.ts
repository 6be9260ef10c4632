/** The Laporan Hasil Tindak Lanjut (LHTL) of a period, chapter by chapter (seeds 000, 001). */
import type { PeriodResult } from '../compute/result';
import type { Period, RtlItem, Workspace } from '../model/types';
import { formatPercent } from '../text/format';
import { charts } from './chapter-charts';
import { escapeMarkdown, joinList } from './markdown';
import type { NarrativeContext } from './narrative';
import { narrativeSection } from './narrative';
import { PAGE_BREAK, cover, signatureBlock } from './signature';
import { realisationDates, realisationTable, rtlTable, strategyTable, summaryTable } from './tables';

export interface ReportParts {
  workspace: Workspace;
  period: Period;
  result: PeriodResult;
  narrative: NarrativeContext;
  /** Prefix that turns a workspace-relative path into one relative to the report file. */
  assetBase: string;
  /** Numbering of figures, shared when the LHTL is an annex of the Laporan SKM. */
  figure: { next: number };
}

/** Heading prefix: `#` for a standalone report, deeper when embedded as a lampiran. */
export function lhtlMarkdown(parts: ReportParts, headingLevel = 1, standalone = true): string {
  const { workspace, period, result } = parts;
  const h = (level: number): string => '#'.repeat(headingLevel + level - 1);
  const items = period.rtl?.items ?? [];
  const year = period.reportDate?.slice(0, 4) ?? period.end.slice(0, 4);
  const out: string[] = [];
  if (standalone) {
    out.push(
      cover(['LAPORAN HASIL TINDAK LANJUT', 'PELAKSANAAN SURVEI KEPUASAN MASYARAKAT', period.label.toUpperCase()], workspace.unit, year),
      '',
      PAGE_BREAK,
      '',
    );
  } else {
    out.push(`${h(1)} Laporan Hasil Tindak Lanjut SKM ${escapeMarkdown(period.label)}`, '');
  }
  out.push(
    `${h(standalone ? 1 : 2)} BAB I Pendahuluan`,
    '',
    `${h(standalone ? 2 : 3)} Latar Belakang`,
    '',
    narrativeSection(parts.narrative, 'lhtlPendahuluan'),
    '',
  );
  const chapter = standalone ? 1 : 2;
  const section = chapter + 1;
  out.push(PAGE_BREAK, '', `${h(chapter)} BAB II Deskripsi Rencana Tindak Lanjut`, '');
  out.push(
    `Hasil survei ${escapeMarkdown(period.label)} per unsur pelayanan:`,
    '',
    `**Tabel 1. Ringkasan hasil SKM ${escapeMarkdown(period.label)}**`,
    '',
    summaryTable(result),
    '',
  );
  out.push(charts.nrr(parts), '');
  out.push(
    `Tiga unsur dengan nilai terendah menjadi prioritas perbaikan: ${escapeMarkdown(joinList(result.lowest.map((unsur) => unsur.label)))}.`,
    result.ties.lowest.length > 0
      ? `Unsur ${escapeMarkdown(joinList(result.ties.lowest.map((unsur) => unsur.label)))} bernilai sama dengan unsur ketiga terendah.`
      : '',
    '',
    '**Tabel 2. Rencana tindak lanjut pelaksanaan SKM**',
    '',
    rtlTable(workspace, items),
    '',
  );
  out.push(PAGE_BREAK, '', `${h(chapter)} BAB III Realisasi Rencana Tindak Lanjut`, '', realisationTable(workspace, items), '');
  items.forEach((item, index) => {
    out.push(`${h(section)} ${index + 1}. ${escapeMarkdown(item.program)}`, '');
    out.push(`- Status: **${item.realisation?.status === 'sudah' ? 'Sudah' : 'Belum'}** ditindaklanjuti`);
    out.push(`- Deskripsi: ${escapeMarkdown(item.realisation?.description ?? 'tidak dicatat')}`);
    out.push(`- Waktu pelaksanaan: ${escapeMarkdown(realisationDates(item))}`);
    out.push(`- Tantangan/hambatan: ${escapeMarkdown(item.realisation?.challenges ?? 'tidak dicatat')}`, '');
    for (const evidence of item.realisation?.evidence ?? []) {
      const number = parts.figure.next++;
      // Image and caption share a paragraph, so pandoc does not add a second caption.
      out.push(
        `![${escapeMarkdown(evidence.caption)}](${encodeURI(parts.assetBase + evidence.file)})  `,
        `*Gambar ${number}. ${escapeMarkdown(evidence.caption)}*`,
        '',
      );
    }
  });
  out.push(charts.rtl(parts), '');
  const unfinished = items.filter((item) => item.realisation?.status !== 'sudah');
  out.push(PAGE_BREAK, '', `${h(chapter)} BAB IV Kesimpulan`, '');
  out.push(
    ...conclusionPoints(result, unfinished, items.length),
    '',
    narrativeSection(parts.narrative, 'lhtlKesimpulan', items.length === 0 ? 'lhtlKesimpulanTanpaRtl' : undefined),
    '',
    '**Strategi penyelesaian**',
    '',
    strategyTable(items),
    '',
  );
  if (standalone) out.push(signatureBlock(workspace.unit, period), '');
  return out.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n');
}

/**
 * BAB IV's fixed points. A period without a plan says so: "all carried out" would be true only
 * vacuously (0 of 0), and the percentage is not available.
 */
function conclusionPoints(result: PeriodResult, unfinished: RtlItem[], planned: number): string[] {
  if (planned === 0) {
    return [
      '1. Persentase tindak lanjut: tidak tersedia, karena periode ini tidak memiliki rencana tindak lanjut.',
      '2. Tidak ada rencana tindak lanjut yang disusun untuk periode ini, sehingga tidak ada yang dapat dilaksanakan.',
    ];
  }
  return [
    `1. Persentase tindak lanjut: ${result.rtl.percent === null ? 'tidak tersedia' : formatPercent(result.rtl.percent, 2)} (${result.rtl.realised} dari ${result.rtl.planned} rencana; realisasi ÷ rencana × 100%).`,
    unfinished.length === 0
      ? '2. Seluruh rencana tindak lanjut telah dilaksanakan.'
      : `2. Rencana yang belum ditindaklanjuti: ${escapeMarkdown(joinList(unfinished.map((item) => item.program)))}.`,
    result.rtl.overdue.length > 0 ? `3. Melewati triwulan yang direncanakan: ${result.rtl.overdue.join(', ')}.` : '',
  ];
}
