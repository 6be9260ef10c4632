/**
 * The trend: every period of the workspace up to and including the one being computed, in start
 * order, each with its IKM ×25 in the same mode, its change against the previous point and whether
 * that change is significant at 95% (z-test; null when either side lacks raw responses). Periods
 * after the current one are left out: a report never shows its own future.
 */
import type { TrendPoint } from './result';
import { isSignificantChange } from './confidence';

export interface TrendInput {
  periodId: string;
  label: string;
  ikmConverted: number | null;
  grade: string | null;
  /** Standard error of ikmConverted; null when unknown. */
  standardError: number | null;
}

export function buildTrend(points: readonly TrendInput[]): TrendPoint[] {
  return points.map((point, index) => {
    const previous = index > 0 ? points[index - 1] : undefined;
    const change =
      previous && point.ikmConverted !== null && previous.ikmConverted !== null ? point.ikmConverted - previous.ikmConverted : null;
    const significant = previous
      ? isSignificantChange(point.ikmConverted, point.standardError, previous.ikmConverted, previous.standardError)
      : null;
    return { periodId: point.periodId, label: point.label, ikmConverted: point.ikmConverted, grade: point.grade, change, significant };
  });
}
