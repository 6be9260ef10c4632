/**
 * Priorities: the three lowest and three highest unsur by NRR. Unsur tied with the one at the
 * cut-off are reported in `ties`, never silently dropped or broken by position (seed 002's 2022
 * annex: U5 = U6 = 3,2794 at the third-lowest place). NRRs are compared as exact fractions
 * (total × answered′ vs total′ × answered), so 223/68 and 223/68 tie while 3,2794 and 3,2795 do not.
 */
import type { RankedUnsur } from './result';

export interface RankInput extends RankedUnsur {
  answered: number;
  total: number;
}

export interface Priorities {
  lowest: RankedUnsur[];
  highest: RankedUnsur[];
  ties: { lowest: RankedUnsur[]; highest: RankedUnsur[] };
}

/** Compares two NRRs exactly when their totals are known (integers), else numerically. */
export function compareNrr(a: RankInput, b: RankInput): number {
  const left = a.total * b.answered;
  const right = b.total * a.answered;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right) && Number.isInteger(a.total) && Number.isInteger(b.total))
    return left - right;
  return a.nrr - b.nrr;
}

const strip = (unsur: RankInput): RankedUnsur => ({ code: unsur.code, label: unsur.label, nrr: unsur.nrr });

/** Lowest/highest `count` (default 3) with the ties at the cut-off; input order breaks no ties. */
export function rankPriorities(unsur: readonly RankInput[], count = 3): Priorities {
  const ascending = [...unsur].sort((a, b) => compareNrr(a, b));
  const descending = [...unsur].sort((a, b) => compareNrr(b, a));
  const pick = (sorted: RankInput[]): [RankedUnsur[], RankedUnsur[]] => {
    const chosen = sorted.slice(0, count);
    const cut = chosen[chosen.length - 1];
    const ties =
      cut === undefined || chosen.length < count ? [] : sorted.slice(count).filter((candidate) => compareNrr(candidate, cut) === 0);
    return [chosen.map(strip), ties.map(strip)];
  };
  const [lowest, lowestTies] = pick(ascending);
  const [highest, highestTies] = pick(descending);
  return { lowest, highest, ties: { lowest: lowestTies, highest: highestTies } };
}
