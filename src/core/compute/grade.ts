/**
 * Mutu and kinerja from the rule set's bands: half-open intervals on the unrounded converted (×25)
 * value, so there are no gaps (D < 65,00 ≤ C < 76,61 ≤ B < 88,31 ≤ A under 14/2017). The engine
 * classifies exact ratios (`gradeOfRatio`), so 3,0644 × 25 is exactly 76,61 (B) and 76,6099999998
 * is below it (C); there is no tolerance.
 */
import type { GradeBand, RuleSet } from '../model/rule-sets';
import { Ratio } from './ratio';

/** The band of an exact converted value; null for null. */
export function gradeOfRatio(converted: Ratio | null, ruleSet: RuleSet): GradeBand | null {
  if (converted === null) return null;
  for (const band of ruleSet.bands) {
    if (!Number.isFinite(band.min) || converted.compare(Ratio.fromDecimal(band.min)) >= 0) return band;
  }
  return ruleSet.bands[ruleSet.bands.length - 1] ?? null;
}

/**
 * The band of a converted value given as a double, compared exactly with the band's decimal
 * bound (no tolerance); null for null or non-finite input. For figures the engine derives, prefer
 * `gradeOfRatio` on the exact value.
 */
export function gradeOf(converted: number | null, ruleSet: RuleSet): GradeBand | null {
  if (converted === null || !Number.isFinite(converted)) return null;
  return gradeOfRatio(Ratio.fromDecimal(converted), ruleSet);
}
