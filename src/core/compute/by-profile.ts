/**
 * IKM per profile attribute value (per jenis kelamin, pendidikan, …), each group pooling its own
 * respondents' answers in the period's mode. Groups follow the attribute's declared options
 * (empty ones included; aliases pooled with their code, values outside the list in no group —
 * lint reports them); numeric attributes use the ten-year age bands of
 * the profile tables. Summaries carry no cross-tabulation, so summary-only periods give none.
 */
import { CategoryList } from '../model/categories';
import type { RuleSet } from '../model/rule-sets';
import type { Unit } from '../model/types';
import type { GroupSums } from './accumulate';
import type { RawStatistics } from './compute-core';
import { ikmFigures } from './ikm-figures';
import { ageBand } from './profile';
import type { ModeInfo, ProfileBreakdown, ProfileGroupResult } from './result';

const AGE_BANDS = ['< 20', '20–29', '30–39', '40–49', '50–59', '≥ 60'];

function merge(into: GroupSums | undefined, from: GroupSums, unsurCount: number): GroupSums {
  const target = into ?? { respondents: 0, answered: new Float64Array(unsurCount), total: new Float64Array(unsurCount) };
  target.respondents += from.respondents;
  for (let index = 0; index < unsurCount; index++) {
    target.answered[index]! += from.answered[index]!;
    target.total[index]! += from.total[index]!;
  }
  return target;
}

export function computeByProfile(unit: Unit, ruleSet: RuleSet, mode: ModeInfo, raw: RawStatistics | null): ProfileBreakdown[] {
  if (!raw) return [];
  const unsurCount = unit.unsur.length;
  return unit.profile.map((attribute) => {
    const found = raw.accumulator.groups.get(attribute.key) ?? new Map<string, GroupSums>();
    const entries: { code: string; label: string; sums: GroupSums | undefined }[] = [];
    if (attribute.options.length === 0) {
      const bands = new Map<string, GroupSums | undefined>(AGE_BANDS.map((band) => [band, undefined]));
      for (const [value, sums] of found) {
        const band = ageBand(value);
        if (band !== null) bands.set(band, merge(bands.get(band), sums, unsurCount));
      }
      for (const [band, sums] of bands) entries.push({ code: band, label: band, sums });
    } else {
      const list = new CategoryList(attribute.options);
      const byCode = new Map<string, GroupSums>();
      for (const [value, sums] of found) {
        const code = list.resolve(value);
        if (code !== undefined) byCode.set(code, merge(byCode.get(code), sums, unsurCount));
      }
      for (const option of attribute.options) entries.push({ code: option.code, label: option.label, sums: byCode.get(option.code) });
    }
    const groups: ProfileGroupResult[] = entries.map(({ code, label, sums }) => {
      const counts = Array.from({ length: unsurCount }, (_, index) => ({
        answered: sums?.answered[index] ?? 0,
        total: sums?.total[index] ?? 0,
      }));
      const { ikm, ikmConverted, band } = ikmFigures(counts, mode, ruleSet);
      return { code, label, respondents: sums?.respondents ?? 0, ikm, ikmConverted, grade: band?.mutu ?? null };
    });
    return { key: attribute.key, label: attribute.label, groups };
  });
}
