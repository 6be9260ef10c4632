/**
 * The review state of a report: which lint findings it must show. A report is *marked* when it
 * is built with `--draft` or while warnings of the kinds that touch what the report prints are
 * open; a marked report carries a "DRAF" watermark, an annex "Catatan Pemeriksaan" listing each
 * finding with its file and line, and a mark where each contradicted figure stands. A clean
 * period builds with no mark. The list of kinds is documented in docs/build.md.
 */
import type { Diagnostic } from '../model/diagnostic';
import { compareDiagnostics } from '../model/diagnostic';
import type { Period } from '../model/types';

/** Codes whose open warnings mark a report: each makes a printed figure or statement untrue. */
export const MARKING_CODES: ReadonlySet<string> = new Set([
  // Numbers and claims typed into the narrative that the data contradicts.
  'narrative.claim-ikm',
  'narrative.claim-nrr',
  'narrative.claim-percent',
  'narrative.claim-sample',
  'narrative.claim-rank',
  'narrative.unfilled-template',
  'lhtl.no-rtl-claim',
  // The sample behind every figure.
  'sample.below-minimum',
  'sample.method-mismatch',
  'population.year-scope',
  // Answers left out of or wrongly counted in the figures.
  'responses.score-missing',
  'responses.outside-period',
  'summary.profile-sum',
  'summary.percent-mismatch',
  'ikm.mode-disagreement',
  // What the tables print about unsur and follow-up.
  'unsur.label-mismatch',
  'rtl.sudah-contradicted',
]);

export interface ReportReview {
  /** Built with `--draft`: errors are listed too, and the report is marked even without findings. */
  draft: boolean;
  /** The findings the report shows, in the stable diagnostic order (numbered from 1). */
  findings: Diagnostic[];
}

/** True when `diagnostic` is about `period`: a file in its folder, or one outside every period (the unit). */
export function concernsPeriod(diagnostic: Diagnostic, period: Period): boolean {
  return diagnostic.file.startsWith(`${period.folder}/`) || !diagnostic.file.startsWith('periods/');
}

/** The findings a period's report shows: open marking warnings, and with `--draft` every error. */
export function reviewForPeriod(diagnostics: readonly Diagnostic[], period: Period, draft: boolean): ReportReview {
  const findings = diagnostics.filter(
    (diagnostic) =>
      concernsPeriod(diagnostic, period) &&
      (diagnostic.severity === 'error'
        ? draft || MARKING_CODES.has(diagnostic.code)
        : diagnostic.severity === 'warning' && MARKING_CODES.has(diagnostic.code)),
  );
  return { draft, findings: [...findings].sort(compareDiagnostics) };
}

/** A report is marked when drafted or when it has any finding to show. */
export function isMarked(review: ReportReview | undefined): review is ReportReview {
  return review !== undefined && (review.draft || review.findings.length > 0);
}
