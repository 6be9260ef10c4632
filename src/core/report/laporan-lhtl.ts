/** The Laporan Hasil Tindak Lanjut (LHTL) of a period, chapter by chapter (seeds 000, 001). */
import type { PeriodResult } from '../compute/result';
import type { Period, RtlItem, Workspace } from '../model/types';
import { formatPercent } from '../text/format';
import { charts } from './chapter-charts';
import { mdText } from './escape';
import { joinList } from './markdown';
import type { NarrativeContext } from './narrative';
import { narrativeSection } from './narrative';
import { PAGE_BREAK, collapseBlankLines, cover, signatureBlock } from './signature';
import { brand, joinSafe, mdt } from './safe';
import type { SafeMarkdown } from './safe';
import { labelMark, realisationDates, realisationTable, rtlTable, strategyTable, summaryTable } from './tables';

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
export function lhtlMarkdown(parts: ReportParts, headingLevel = 1, standalone = true): SafeMarkdown {
  const { workspace, period, result } = parts;
  const h = (level: number): SafeMarkdown => heading(headingLevel + level - 1);
  const items = period.rtl?.items ?? [];
  const year = period.reportDate?.slice(0, 4) ?? period.end.slice(0, 4);
  const out: SafeMarkdown[] = [];
  if (standalone) {
    out.push(
      cover(['LAPORAN HASIL TINDAK LANJUT', 'PELAKSANAAN SURVEI KEPUASAN MASYARAKAT', period.label.toUpperCase()], workspace.unit, year),
      mdt``,
      PAGE_BREAK,
      mdt``,
    );
  } else {
    out.push(mdt`${h(1)} Laporan Hasil Tindak Lanjut SKM ${mdText(period.label)}`, mdt``);
  }
  out.push(
    mdt`${h(standalone ? 1 : 2)} BAB I Pendahuluan`,
    mdt``,
    mdt`${h(standalone ? 2 : 3)} Latar Belakang`,
    mdt``,
    narrativeSection(parts.narrative, 'lhtlPendahuluan'),
    mdt``,
  );
  const chapter = standalone ? 1 : 2;
  const section = chapter + 1;
  out.push(PAGE_BREAK, mdt``, mdt`${h(chapter)} BAB II Deskripsi Rencana Tindak Lanjut`, mdt``);
  out.push(
    mdt`Hasil survei ${mdText(period.label)} per unsur pelayanan:`,
    mdt``,
    mdt`**Tabel 1. Ringkasan hasil SKM ${mdText(period.label)}**`,
    mdt``,
    summaryTable(result, labelMark(parts)),
    mdt``,
  );
  out.push(charts.nrr(parts), mdt``);
  out.push(
    mdt`Tiga unsur dengan nilai terendah menjadi prioritas perbaikan: ${mdText(joinList(result.lowest.map((unsur) => unsur.label)))}.`,
    result.ties.lowest.length > 0
      ? mdt`Unsur ${mdText(joinList(result.ties.lowest.map((unsur) => unsur.label)))} bernilai sama dengan unsur ketiga terendah.`
      : mdt``,
    mdt``,
    mdt`**Tabel 2. Rencana tindak lanjut pelaksanaan SKM**`,
    mdt``,
    rtlTable(workspace, items),
    mdt``,
  );
  out.push(PAGE_BREAK, mdt``, mdt`${h(chapter)} BAB III Realisasi Rencana Tindak Lanjut`, mdt``, realisationTable(workspace, items), mdt``);
  items.forEach((item, index) => {
    out.push(mdt`${h(section)} ${index + 1}. ${mdText(item.program)}`, mdt``);
    out.push(
      mdt`- Status: **${item.realisation?.status === 'sudah' ? mdt`Sudah` : mdt`Belum`}** ditindaklanjuti${parts.narrative.marks?.item(item.id) ?? mdt``}`,
    );
    out.push(mdt`- Deskripsi: ${mdText(item.realisation?.description ?? 'tidak dicatat')}`);
    out.push(mdt`- Waktu pelaksanaan: ${mdText(realisationDates(item))}`);
    out.push(mdt`- Tantangan/hambatan: ${mdText(item.realisation?.challenges ?? 'tidak dicatat')}`, mdt``);
    for (const evidence of item.realisation?.evidence ?? []) {
      const number = parts.figure.next++;
      // Image and caption share a paragraph, so pandoc does not add a second caption.
      out.push(mdt`${evidenceImage(parts.assetBase, evidence)}  `, mdt`*Gambar ${number}. ${mdText(evidence.caption)}*`, mdt``);
    }
  });
  out.push(charts.rtl(parts), mdt``);
  const unfinished = items.filter((item) => item.realisation?.status !== 'sudah');
  out.push(PAGE_BREAK, mdt``, mdt`${h(chapter)} BAB IV Kesimpulan`, mdt``);
  out.push(
    ...conclusionPoints(result, unfinished, items.length),
    mdt``,
    narrativeSection(parts.narrative, 'lhtlKesimpulan', items.length === 0 ? 'lhtlKesimpulanTanpaRtl' : undefined),
    mdt``,
    mdt`**Strategi penyelesaian**`,
    mdt``,
    strategyTable(items),
    mdt``,
  );
  if (standalone) out.push(signatureBlock(workspace.unit, period), mdt``);
  return joinSafe(collapseBlankLines(out));
}

/** A heading marker of `level` hashes (ours, never user text). */
export function heading(level: number): SafeMarkdown {
  return brand<'markdown'>('#'.repeat(level));
}

/**
 * An evidence photo: the caption escaped as alt text, the path (workspace-relative, checked
 * inside the workspace by the loader) made relative to the report file.
 */
export function evidenceImage(assetBase: string, evidence: { file: string; caption: string }): SafeMarkdown {
  return mdt`![${mdText(evidence.caption)}](${mdUrl(assetBase + evidence.file)})`;
}

/** A relative URL for a Markdown link or image: every segment percent-encoded (parentheses too). */
export function mdUrl(path: string): SafeMarkdown {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()!'*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return brand<'markdown'>(encoded);
}

/**
 * BAB IV's fixed points. A period without a plan says so: "all carried out" would be true only
 * vacuously (0 of 0), and the percentage is not available.
 */
function conclusionPoints(result: PeriodResult, unfinished: RtlItem[], planned: number): SafeMarkdown[] {
  if (planned === 0) {
    return [
      mdt`1. Persentase tindak lanjut: tidak tersedia, karena periode ini tidak memiliki rencana tindak lanjut.`,
      mdt`2. Tidak ada rencana tindak lanjut yang disusun untuk periode ini, sehingga tidak ada yang dapat dilaksanakan.`,
    ];
  }
  return [
    mdt`1. Persentase tindak lanjut: ${mdText(result.rtl.percent === null ? 'tidak tersedia' : formatPercent(result.rtl.percent, 2))} (${result.rtl.realised} dari ${result.rtl.planned} rencana; realisasi ÷ rencana × 100%).`,
    unfinished.length === 0
      ? mdt`2. Seluruh rencana tindak lanjut telah dilaksanakan.`
      : mdt`2. Rencana yang belum ditindaklanjuti: ${mdText(joinList(unfinished.map((item) => item.program)))}.`,
    result.rtl.overdue.length > 0 ? mdt`3. Melewati triwulan yang direncanakan: ${mdText(result.rtl.overdue.join(', '))}.` : mdt``,
  ];
}
