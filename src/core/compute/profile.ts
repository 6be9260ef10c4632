/**
 * Respondent profile tables: counts per category, percentages rounded by the largest-remainder
 * method so the rows of one attribute add up to exactly 100,00, and the modal category (all of
 * them when tied). Numeric attributes (usia) are grouped in ten-year bands.
 */
import type { ProfileAttribute } from '../model/types';
import type { ProfileRow, ProfileTable } from './result';

/**
 * Percentages of `counts` rounded to `decimals` so that they add up to exactly 100 (when the total
 * is positive): every share is floored, and the units left over go to the largest remainders
 * (earlier rows first on equal remainders). Works in integer hundredths, so there is no float drift.
 */
export function largestRemainder(counts: readonly number[], decimals = 2): number[] {
  const total = counts.reduce((sum, value) => sum + value, 0);
  if (total <= 0) return counts.map(() => 0);
  const scale = 100 * 10 ** decimals;
  const shares = counts.map((value, index) => {
    const exact = (value * scale) / total;
    const floor = Math.floor(exact + 1e-9);
    return { index, floor, remainder: exact - floor };
  });
  let left = scale - shares.reduce((sum, share) => sum + share.floor, 0);
  const order = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of order) {
    if (left <= 0) break;
    share.floor++;
    left--;
  }
  return shares.map((share) => share.floor / 10 ** decimals);
}

/** Ten-year band of an age: `< 20`, `20–29`, …, `≥ 60`; null when not a number. */
export function ageBand(value: string): string | null {
  const age = Number(value.replace(',', '.'));
  if (!Number.isFinite(age) || age <= 0) return null;
  if (age < 20) return '< 20';
  if (age >= 60) return '≥ 60';
  const low = Math.floor(age / 10) * 10;
  return `${low}–${low + 9}`;
}

const AGE_BANDS = ['< 20', '20–29', '30–39', '40–49', '50–59', '≥ 60'];

/**
 * One table for an attribute, from raw counts by value. Declared options come first in their
 * order (zero counts included); values not declared follow in order of appearance.
 */
export function buildProfileTable(attribute: ProfileAttribute, counts: ReadonlyMap<string, number>, unknown: number): ProfileTable {
  const rows: { code: string; label: string; count: number }[] = [];
  let missing = unknown;
  if (attribute.options.length === 0) {
    const banded = new Map<string, number>(AGE_BANDS.map((band) => [band, 0]));
    for (const [value, count] of counts) {
      const band = ageBand(value);
      if (band === null) missing += count;
      else banded.set(band, (banded.get(band) ?? 0) + count);
    }
    for (const [band, count] of banded) rows.push({ code: band, label: band, count });
  } else {
    for (const option of attribute.options) rows.push({ code: option.code, label: option.label, count: counts.get(option.code) ?? 0 });
    for (const [value, count] of counts) {
      if (!attribute.options.some((option) => option.code === value)) rows.push({ code: value, label: value, count });
    }
  }
  const percents = largestRemainder(rows.map((row) => row.count));
  const withPercent: ProfileRow[] = rows.map((row, index) => ({ ...row, percent: percents[index] ?? 0 }));
  const top = Math.max(0, ...rows.map((row) => row.count));
  const modal = top > 0 ? rows.filter((row) => row.count === top).map((row) => row.code) : [];
  return { key: attribute.key, label: attribute.label, rows: withPercent, unknown: missing, modal };
}
