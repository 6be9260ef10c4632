/**
 * 95% confidence intervals by the normal approximation over respondents.
 *
 * - NRR of unsur i: mean ± z·s/√n, s the sample standard deviation of its valid answers.
 * - IKM: a weighted sum of the per-unsur means, so Var(IKM) = Σᵢ Σⱼ wᵢwⱼ Cov(mᵢ, mⱼ), with
 *   Cov(mᵢ, mⱼ) = nᵢⱼ · sᵢⱼ / (nᵢ nⱼ) from the respondents who answered both (sᵢⱼ their sample
 *   covariance around the unsur means); Var(mᵢ) = sᵢ² / nᵢ. Answers of one respondent are
 *   correlated, which is why the covariance matters: treating unsur as independent would make the
 *   interval far too narrow.
 * - Intervals are clipped to the scale (1–4, 25–100 converted).
 *
 * Summary-only periods have no per-respondent data: `available: false`, method 'tidak tersedia'.
 */
import type { RuleSet } from '../model/rule-sets';
import type { ScoreAccumulator } from './accumulate';
import type { ConfidenceResult, Interval } from './result';

export const CONFIDENCE_LEVEL = 0.95;
export const Z_95 = 1.959963984540054;
export const METHOD_NORMAL = 'normal-approximation';
export const METHOD_UNAVAILABLE = 'tidak tersedia';

export function unavailableConfidence(): ConfidenceResult {
  return { method: METHOD_UNAVAILABLE, level: CONFIDENCE_LEVEL, available: false, ikmConverted: null, nrr: {}, standardError: null };
}

/** Variance of the mean of unsur `index`; null with fewer than two answers. */
function meanVariance(accumulator: ScoreAccumulator, index: number): number | null {
  const n = accumulator.answered[index]!;
  if (n < 2) return null;
  const mean = accumulator.total[index]! / n;
  const sumSquaredDeviation = Math.max(0, accumulator.sumSquares[index]! - n * mean * mean);
  return sumSquaredDeviation / (n - 1) / n;
}

function meanCovariance(accumulator: ScoreAccumulator, first: number, second: number): number {
  const pair = accumulator.pairIndex(first, second);
  const both = accumulator.pairCount[pair]!;
  if (both < 2) return 0;
  const meanFirst = accumulator.total[first]! / accumulator.answered[first]!;
  const meanSecond = accumulator.total[second]! / accumulator.answered[second]!;
  const crossDeviation =
    accumulator.pairProduct[pair]! -
    meanSecond * accumulator.pairSumFirst[pair]! -
    meanFirst * accumulator.pairSumSecond[pair]! +
    both * meanFirst * meanSecond;
  return (both * (crossDeviation / (both - 1))) / (accumulator.answered[first]! * accumulator.answered[second]!);
}

const clip = (interval: Interval, low: number, high: number): Interval => ({
  low: Math.max(low, interval.low),
  high: Math.min(high, interval.high),
});

/**
 * Intervals for the NRRs and the IKM. `weights[i]` is unsur i's weight in the IKM (0 for an unsur
 * without answers); `ikm` is the IKM (1–4) the interval is centred on.
 */
export function computeConfidence(
  accumulator: ScoreAccumulator,
  codes: readonly string[],
  weights: readonly number[],
  ikm: number | null,
  ruleSet: RuleSet,
): ConfidenceResult {
  const nrr: Record<string, Interval> = {};
  codes.forEach((code, index) => {
    const variance = meanVariance(accumulator, index);
    if (variance === null) return;
    const mean = accumulator.total[index]! / accumulator.answered[index]!;
    const half = Z_95 * Math.sqrt(variance);
    nrr[code] = clip({ low: mean - half, high: mean + half }, ruleSet.scaleMin, ruleSet.scaleMax);
  });
  if (ikm === null)
    return { method: METHOD_NORMAL, level: CONFIDENCE_LEVEL, available: true, ikmConverted: null, nrr, standardError: null };
  let variance = 0;
  for (let first = 0; first < codes.length; first++) {
    const weightFirst = weights[first] ?? 0;
    if (weightFirst === 0) continue;
    variance += weightFirst * weightFirst * (meanVariance(accumulator, first) ?? 0);
    for (let second = first + 1; second < codes.length; second++) {
      const weightSecond = weights[second] ?? 0;
      if (weightSecond === 0) continue;
      variance += 2 * weightFirst * weightSecond * meanCovariance(accumulator, first, second);
    }
  }
  const standardError = Math.sqrt(Math.max(0, variance)) * ruleSet.conversion;
  const centre = ikm * ruleSet.conversion;
  const half = Z_95 * standardError;
  const interval = clip(
    { low: centre - half, high: centre + half },
    ruleSet.scaleMin * ruleSet.conversion,
    ruleSet.scaleMax * ruleSet.conversion,
  );
  return { method: METHOD_NORMAL, level: CONFIDENCE_LEVEL, available: true, ikmConverted: interval, nrr, standardError };
}

/**
 * Whether the change between two IKM values is significant at 95%: a two-sided z-test on the
 * difference of two independent samples, z = Δ / √(SE₁² + SE₂²). Null when either side has no
 * standard error (summary-only data, or too few respondents).
 */
export function isSignificantChange(
  current: number | null,
  currentError: number | null,
  previous: number | null,
  previousError: number | null,
): boolean | null {
  if (current === null || previous === null || currentError === null || previousError === null) return null;
  const combined = Math.sqrt(currentError * currentError + previousError * previousError);
  if (combined === 0) return current !== previous;
  return Math.abs(current - previous) / combined > Z_95;
}
