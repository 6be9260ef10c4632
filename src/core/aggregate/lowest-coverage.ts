import type { PeriodResult } from '../compute/result';
import type { Rtl } from '../model/types';
import { lowestGroup } from '../lint/rules/lowest-group';

/**
 * How many of the three lowest places the RTL leaves uncovered (0 = covered), by the rule lint's
 * `rtl.lowest-missing` applies: an unsur tied at the cut-off may stand in for another of its group.
 * Null when the period has no NRRs to rank. A period without rtl.yaml leaves every place uncovered.
 */
export function uncoveredLowestPlaces(result: PeriodResult, rtl: Rtl | undefined): number | null {
  if (result.lowest.length === 0) return null;
  const covered = new Set((rtl?.items ?? []).map((item) => item.unsur));
  const { cutOff } = lowestGroup(result);
  const tied = new Set(cutOff.map((unsur) => unsur.code));
  let missing = result.lowest.filter((unsur) => !tied.has(unsur.code) && !covered.has(unsur.code)).length;
  const places = result.lowest.filter((unsur) => tied.has(unsur.code)).length;
  const coveredTied = cutOff.filter((unsur) => covered.has(unsur.code)).length;
  missing += Math.max(0, places - coveredTied);
  return missing;
}
