/**
 * One unit-period's figures from the integer sums of the `sql/` queries, with the engine's own
 * functions: `ikmFigures` in exact mode (exact ratios, half-open bands, no tolerance), `rankPriorities` (exact
 * fractions, ties kept) and `computeConfidence` over a `ScoreAccumulator` rebuilt from the
 * histogram's sum of squares and the pair statistics.
 */
import { ScoreAccumulator } from '../compute/accumulate';
import { computeConfidence } from '../compute/confidence';
import { ikmFiguresOf } from '../compute/ikm-figures';
import { rankPriorities } from '../compute/priorities';
import { findRuleSet, PERMENPANRB_14_2017 } from '../model/rule-sets';
import type { RuleSet } from '../model/rule-sets';
import { compareCodes } from '../aggregate/unsur-set';
import { exactIkm } from './exact-ikm';
import type { UnitPairRow, UnitPeriodRow, UnitUnsurRow } from './rollup-input';
import type { UnitPeriodFigures } from './result';

export function ruleSetById(id: string): RuleSet {
  return findRuleSet(id) ?? PERMENPANRB_14_2017;
}

export function unitFigures(
  period: UnitPeriodRow,
  unsurRows: readonly UnitUnsurRow[],
  pairRows: readonly UnitPairRow[],
): UnitPeriodFigures {
  const ruleSet = ruleSetById(period.rule_set);
  const rows = [...unsurRows].sort((left, right) => compareCodes(left.unsur, right.unsur));
  const unsur = rows.map((row) => ({
    code: row.unsur,
    label: row.label,
    answered: row.answered,
    scoreSum: row.score_sum,
    // total / answered of two safe integers is the correctly rounded double of the exact NRR.
    nrr: row.answered > 0 ? row.score_sum / row.answered : null,
  }));
  // The exact IKM is computed once here and kept for the ranking's near-tie comparisons.
  const { ikm, ikmConverted, band } = ikmFiguresOf(exactIkm(unsur), ruleSet);
  const ranked = unsur.flatMap((item) =>
    item.nrr === null ? [] : [{ code: item.code, label: item.label, nrr: item.nrr, answered: item.answered, total: item.scoreSum }],
  );
  const priorities = rankPriorities(ranked);
  const confidence = confidenceOf(rows, pairRows, ikm, period.respondents, ruleSet);
  return {
    unit: period.unit,
    unitName: period.unit_name,
    period: period.period,
    periodLabel: period.period_label,
    periodStart: period.period_start,
    ruleSet: period.rule_set,
    unsurSet: period.unsur_set,
    source: period.source,
    respondents: period.respondents,
    unsur,
    ikm,
    ikmConverted,
    grade: band?.mutu ?? null,
    performance: band?.kinerja ?? null,
    confidence: confidence?.ikmConverted ?? null,
    standardError: confidence?.standardError ?? null,
    lowest: [...priorities.lowest, ...priorities.ties.lowest].map((item) => item.code),
  };
}

/** The engine's interval, when the histogram covers every answer (raw responses); else null. */
function confidenceOf(
  rows: readonly UnitUnsurRow[],
  pairRows: readonly UnitPairRow[],
  ikm: number | null,
  respondents: number,
  ruleSet: RuleSet,
) {
  if (rows.length === 0 || rows.some((row) => row.histogram_count !== row.answered) || pairRows.length === 0) return null;
  const accumulator = new ScoreAccumulator(rows.length);
  accumulator.respondents = respondents;
  const index = new Map(rows.map((row, position) => [row.unsur, position]));
  rows.forEach((row, position) => {
    accumulator.answered[position] = row.answered;
    accumulator.total[position] = row.score_sum;
    accumulator.sumSquares[position] = row.sum_squares;
  });
  for (const pair of pairRows) {
    let first = index.get(pair.unsur);
    let second = index.get(pair.unsur_pair);
    if (first === undefined || second === undefined || first === second) continue;
    let sumFirst = pair.pair_sum_first;
    let sumSecond = pair.pair_sum_second;
    if (first > second) {
      [first, second] = [second, first];
      [sumFirst, sumSecond] = [sumSecond, sumFirst];
    }
    const at = accumulator.pairIndex(first, second);
    accumulator.pairCount[at] = pair.pair_count;
    accumulator.pairSumFirst[at] = sumFirst;
    accumulator.pairSumSecond[at] = sumSecond;
    accumulator.pairProduct[at] = pair.pair_product;
  }
  const weight = 1 / Math.max(1, rows.filter((row) => row.answered > 0).length);
  const weights = rows.map((row) => (row.answered > 0 ? weight : 0));
  return computeConfidence(
    accumulator,
    rows.map((row) => row.unsur),
    weights,
    ikm,
    ruleSet,
  );
}
