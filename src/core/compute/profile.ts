/**
 * Respondent profile tables: counts per category, each percentage its count's share of the
 * respondents who gave a value (unrounded here; every output rounds it from the counts the same
 * way, so one respondent of 85 is 1,18% in every row), and the modal category (all of them when
 * tied). The rounded rows of an attribute need not add up to exactly 100,00. Numeric attributes (usia) are grouped in ten-year bands.
 */
import { CategoryList } from '../model/categories';
import type { ProfileAttribute } from '../model/types';
import type { ProfileRow, ProfileTable } from './result';

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
 * One table for an attribute, from raw counts by value: the declared options in their order (zero
 * counts included). A value written as an alias counts for its option; a value outside the list
 * (reported by lint as `responses.profile-unknown`) counts as unknown, so no table or chart ever
 * shows a category the unit did not declare.
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
    // A closed list: aliases count for their code; anything else is "not stated", never a row.
    const list = new CategoryList(attribute.options);
    const byCode = new Map<string, number>();
    for (const [value, count] of counts) {
      const code = list.resolve(value);
      if (code === undefined) missing += count;
      else byCode.set(code, (byCode.get(code) ?? 0) + count);
    }
    for (const option of attribute.options) rows.push({ code: option.code, label: option.label, count: byCode.get(option.code) ?? 0 });
  }
  const answered = rows.reduce((sum, row) => sum + row.count, 0);
  const withPercent: ProfileRow[] = rows.map((row) => ({ ...row, percent: answered > 0 ? (row.count * 100) / answered : 0 }));
  const top = Math.max(0, ...rows.map((row) => row.count));
  const modal = top > 0 ? rows.filter((row) => row.count === top).map((row) => row.code) : [];
  return { key: attribute.key, label: attribute.label, rows: withPercent, answered, unknown: missing, modal };
}
