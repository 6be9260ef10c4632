/**
 * Mutu and kinerja from the rule set's bands: half-open intervals on the unrounded converted (×25)
 * value, so there are no gaps (D < 65,00 ≤ C < 76,61 ≤ B < 88,31 ≤ A under 14/2017). A value within
 * `GRADE_EPSILON` below a boundary counts as on it, so floating noise such as 76,6099999999
 * (from 3,0644 × 25) grades like 76,61; a real 76,605 stays below.
 */
import type { GradeBand, RuleSet } from '../model/rule-sets';

export const GRADE_EPSILON = 1e-9;

/** The band of a converted value; null for null or non-finite input. */
export function gradeOf(converted: number | null, ruleSet: RuleSet): GradeBand | null {
  if (converted === null || !Number.isFinite(converted)) return null;
  for (const band of ruleSet.bands) {
    if (converted + GRADE_EPSILON >= band.min) return band;
  }
  return ruleSet.bands[ruleSet.bands.length - 1] ?? null;
}
