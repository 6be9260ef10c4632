/**
 * Minimum sample sizes.
 *
 * Krejcie & Morgan (1970), the table PermenPANRB 14/2017 points to, by its formula
 * s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)) with χ² = 3,841, P = 0,5, d = 0,05. The published table
 * rounds the formula to the nearest whole respondent (50 → 44,34 → 44; 550 → 226,40 → 226;
 * 2000 → 322,35 → 322), so rounding up would disagree with it in about half its rows; we round
 * as the table does. Its last rows (100 000 and 1 000 000) print the infinite-population value
 * χ²P(1−P)/d² = 384,1 → 384 where the formula gives 382,6 at 100 000; from N = 100 000 on we
 * print 384 as the table does.
 *
 * Slovin: n = N / (1 + N·e²), rounded up (550 at e = 0,10 → 84,6 → 85).
 */
import type { Period } from '../model/types';
import type { SampleResult } from './result';

const CHI_SQUARE = 3.841;
const PROPORTION = 0.5;
const TABLE_LARGE_POPULATION = 100_000;
/** Tolerance so that an exact integer result is not rounded up by floating noise. */
const CEILING_EPSILON = 1e-9;

/** The Krejcie & Morgan minimum for a population; null for a non-positive population. */
export function krejcieMorgan(population: number, margin = 0.05): number | null {
  if (!Number.isFinite(population) || population <= 0) return null;
  const spread = CHI_SQUARE * PROPORTION * (1 - PROPORTION);
  const size =
    population >= TABLE_LARGE_POPULATION
      ? spread / (margin * margin)
      : (spread * population) / (margin * margin * (population - 1) + spread);
  return Math.min(population, Math.round(size));
}

/** Slovin's minimum at margin `e` (default 0,05), rounded up; null for a non-positive population. */
export function slovin(population: number, margin = 0.05): number | null {
  if (!Number.isFinite(population) || population <= 0 || margin <= 0) return null;
  return Math.min(population, Math.ceil(population / (1 + population * margin * margin) - CEILING_EPSILON));
}

/**
 * Sample figures for a period: both minimums for its population, the method and minimum the
 * report states, and whether the respondents reach the minimum of the stated method (Krejcie &
 * Morgan when none is stated). Slovin uses the period's `sampling.margin` (default 0,05).
 */
export function assessSample(period: Period, respondents: number): SampleResult {
  const population = period.population?.size ?? null;
  const slovinMargin = period.sampling?.margin ?? 0.05;
  const method = period.sampling?.method ?? null;
  const km = population === null ? null : krejcieMorgan(population);
  const sl = population === null ? null : slovin(population, slovinMargin);
  const minimum = method === 'slovin' ? sl : km;
  return {
    population,
    populationScope: population === null ? null : (period.population?.scope ?? 'period'),
    krejcieMorgan: km,
    slovin: sl,
    slovinMargin,
    method,
    stated: period.sampling?.stated ?? null,
    adequate: minimum === null ? null : respondents >= minimum,
  };
}
