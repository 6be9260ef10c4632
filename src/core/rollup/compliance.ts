/**
 * The compliance view for one period: per unit, whether it surveyed (a period with respondents),
 * reached the minimum sample for its population, has an RTL covering its three lowest unsur, an
 * LHTL (realisation reported) with its % tindak lanjut, and a published report (the committed
 * Laporan SKM is current). `patuh` when every check passes; `tidak-patuh` without a survey;
 * `belum-lengkap` otherwise. A check that cannot be judged (no population given) counts as not
 * passed, with its own reason.
 */
import { formatNumber } from '../text/format';
import { t } from '../text/messages';
import type { UnitPeriodRow } from './rollup-input';
import type { ComplianceCheck, ComplianceRow } from './result';

export function complianceRow(unit: string, unitName: string, row: UnitPeriodRow | undefined, period: string): ComplianceRow {
  const checks: Record<ComplianceCheck, boolean | null> = { period: false, sample: null, rtl: null, lhtl: null, published: null };
  const reasons: string[] = [];
  if (!row || row.respondents === 0) {
    reasons.push(t('rollup.reason.no-period', { period }));
    return { unit, unitName, status: 'tidak-patuh', checks, tindakLanjutPercent: null, reasons };
  }
  checks.period = true;
  if (row.has_population === 0) {
    reasons.push(t('rollup.reason.no-population'));
  } else {
    checks.sample = row.respondents >= row.sample_minimum;
    if (!checks.sample)
      reasons.push(t('rollup.reason.sample', { respondents: row.respondents, minimum: row.sample_minimum, population: row.population }));
  }
  checks.rtl = row.has_rtl > 0 && row.rtl_lowest_missing === 0;
  if (row.has_rtl === 0) reasons.push(t('rollup.reason.no-rtl'));
  else if (!checks.rtl) reasons.push(t('rollup.reason.rtl-lowest', { missing: row.rtl_lowest_missing }));
  const percent = row.has_rtl > 0 && row.rtl_planned > 0 ? (row.rtl_realised / row.rtl_planned) * 100 : null;
  checks.lhtl = row.rtl_reported > 0;
  if (!checks.lhtl) reasons.push(t('rollup.reason.no-lhtl'));
  checks.published = row.report_current > 0;
  if (!checks.published)
    reasons.push(
      t(
        row.report_stale > 0
          ? 'rollup.reason.stale'
          : row.report_uncommitted > 0
            ? 'rollup.reason.uncommitted'
            : 'rollup.reason.unpublished',
      ),
    );
  const passed = Object.values(checks).every((value) => value === true);
  return { unit, unitName, status: passed ? 'patuh' : 'belum-lengkap', checks, tindakLanjutPercent: percent, reasons };
}

/** "12,5%" in the current number format; "—" for null. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${formatNumber(value, 1)}%`;
}
