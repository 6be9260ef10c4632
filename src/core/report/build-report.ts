/**
 * Builds one report of a period as Markdown. Pure and deterministic: the same workspace gives
 * byte-identical output; no clock is read (a build stamp appears only with SOURCE_DATE_EPOCH,
 * passed in by the caller as `sourceDateEpoch`).
 */
import { computePeriod } from '../compute/compute-period';
import type { Diagnostic } from '../model/diagnostic';
import type { Workspace } from '../model/types';
import type { ReportParts } from './laporan-lhtl';
import { lhtlMarkdown } from './laporan-lhtl';
import { laporanSkmMarkdown } from './laporan-skm';
import { checkClaims } from './claims';
import type { ReportReview } from './review';
import { isMarked } from './review';
import { ReviewMarks } from './review-marks';
import { getLocale, REPORT_LOCALE, withLocale } from '../text/messages';
import { narrativeVariables } from './variables';
import { mdText } from './escape';
import { narrativeMarkupFindings } from './narrative';
import { brand, mdt, trimSafe } from './safe';
import type { SafeMarkdown } from './safe';

export type ReportKind = 'skm' | 'lhtl';

export interface BuildReportInput {
  workspace: Workspace;
  periodId: string;
  kind: ReportKind;
  /** Decoded text of the workspace's files (narrative Markdown), from `loadWorkspace`. */
  texts: Map<string, string>;
  /** Prefix turning workspace paths into paths relative to the report file (default `../../`). */
  assetBase?: string;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); adds a build stamp when set. */
  sourceDateEpoch?: number;
  /**
   * The lint findings this report must show (`reviewForPeriod`). A drafted report, or one with
   * findings, gets the DRAF watermark, marks where the findings stand and the annex
   * "Catatan Pemeriksaan"; without it (or when clean) the report has no mark.
   */
  review?: ReportReview;
}

export interface BuiltReport {
  markdown: SafeMarkdown;
  diagnostics: Diagnostic[];
}

/** File names of the reports inside `reports/<period>/`. */
export const REPORT_FILES: Record<ReportKind, string> = {
  skm: 'laporan-skm.md',
  lhtl: 'laporan-hasil-tindak-lanjut.md',
};

export function buildReport(input: BuildReportInput): BuiltReport {
  const { workspace, periodId, kind, texts } = input;
  const period = workspace.periods.find((candidate) => candidate.id === periodId);
  if (!period) return { markdown: mdt``, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const assetBase = input.assetBase ?? '../../';
  const messageLocale = getLocale();
  const marks = isMarked(input.review) ? new ReviewMarks(input.review, texts) : undefined;
  // The report's fixed text (mode description, chart titles, numbers) is Indonesian whatever the
  // interface language; the diagnostics below follow the interface.
  const { result, body } = withLocale(REPORT_LOCALE, () => {
    const computed = computePeriod(workspace, periodId, { mode: workspace.unit.mode });
    const parts: ReportParts = {
      workspace,
      period,
      result: computed,
      narrative: {
        period,
        texts,
        variables: narrativeVariables(workspace, period, computed),
        diagnostics,
        assetBase,
        messageLocale,
        ...(marks ? { marks } : {}),
      },
      assetBase,
      figure: { next: 1 },
    };
    return { result: computed, body: kind === 'skm' ? laporanSkmMarkdown(parts) : lhtlMarkdown(parts) };
  });
  // Typed numbers that contradict the data, so `skm build` shows them as `skm lint` does.
  for (const file of [...new Set(Object.values(period.narrative))].sort()) {
    const text = texts.get(file);
    if (text === undefined) continue;
    for (const claim of checkClaims(text, workspace.unit, result))
      diagnostics.push({ code: claim.code, severity: 'warning', message: claim.message, file, range: claim.range, data: claim.data });
    for (const finding of narrativeMarkupFindings(file, text)) diagnostics.push({ ...finding, severity: 'warning', file });
  }
  const title = kind === 'skm' ? `Laporan SKM ${period.label}` : `Laporan Hasil Tindak Lanjut SKM ${period.label}`;
  const stamp =
    input.sourceDateEpoch === undefined
      ? mdt``
      : mdt`\n<!-- dibangun ${mdText(new Date(input.sourceDateEpoch * 1000).toISOString())} -->\n`;
  // pandoc reads the title as Markdown inside a YAML double-quoted string.
  const header = mdt`---\ntitle: "${yamlQuoted(mdText(`${title} — ${workspace.unit.name}`))}"\nlang: id\n---\n\n<!-- Dibangkitkan oleh skm build dari data periode ${mdText(period.id)}; jangan disunting manual. -->\n${stamp}`;
  const marked = marks ? mdt`${marks.watermark()}\n\n${trimSafe(body)}\n\n${marks.annex()}` : body;
  return { markdown: mdt`${header}\n${trimSafe(marked)}\n`, diagnostics };
}

/** Escapes Markdown text for the inside of a YAML double-quoted scalar. */
function yamlQuoted(text: SafeMarkdown): SafeMarkdown {
  return brand<'markdown'>(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"'));
}
