import type { ParsedYaml } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import { DEFAULT_PROFILE, PERMENPANRB_14_2017, findRuleSet } from '../model/rule-sets';
import type { ProfileAttribute, RuleSeverityOverride, Unit, Unsur } from '../model/types';
import { MODE_IDS } from '../compute/modes';
import { asArray, asObject, asString, defined } from './coerce';

/** Builds the unit from a parsed `skm.yaml`; defaults come from the rule set. */
export function loadUnit(parsed: ParsedYaml): Unit {
  const root = asObject(parsed.value);
  const unitSection = asObject(root['unit']);
  const ruleSetId = asString(root['ruleSet']) ?? PERMENPANRB_14_2017.id;
  const ruleSet = findRuleSet(ruleSetId) ?? PERMENPANRB_14_2017;
  const modeText = asString(root['mode']);
  const mode = MODE_IDS.find((candidate) => candidate === modeText) ?? 'exact';

  const unsurList = asArray(root['unsur']);
  const unsur: Unsur[] =
    unsurList.length > 0
      ? unsurList.map((entry, index) => {
          const item = asObject(entry);
          const code = asString(item['code']) ?? `?${index + 1}`;
          const fallback = ruleSet.unsur.find((candidate) => candidate.code === code);
          const options = asArray(item['options']).map((option) => asString(option) ?? '');
          return {
            code,
            label: asString(item['label']) ?? fallback?.label ?? code,
            question: asString(item['question']) ?? fallback?.question ?? '',
            options: options.length > 0 ? options : (fallback?.options ?? []),
            source: { file: parsed.file, range: rangeOf(parsed, ['unsur', index, 'code']) },
          };
        })
      : ruleSet.unsur.map((entry) => ({ ...entry }));

  const profileList = asArray(root['profile']);
  const profile: ProfileAttribute[] =
    profileList.length > 0
      ? profileList.map((entry) => {
          const item = asObject(entry);
          const key = asString(item['key']) ?? '';
          return {
            key,
            label: asString(item['label']) ?? key,
            options: asArray(item['options']).map((option) => {
              const value = asObject(option);
              const code = asString(value['code']) ?? asString(option) ?? '';
              return { code, label: asString(value['label']) ?? code };
            }),
          };
        })
      : DEFAULT_PROFILE.map((attribute) => ({ ...attribute, options: [...attribute.options] }));

  const signatorySection = root['signatory'] === undefined ? undefined : asObject(root['signatory']);
  const ruleOverrides: Record<string, RuleSeverityOverride> = {};
  for (const [code, severity] of Object.entries(asObject(asObject(root['lint'])['rules']))) {
    if (severity === 'error' || severity === 'warning' || severity === 'info' || severity === 'off') ruleOverrides[code] = severity;
  }

  const unit: Unit = defined({
    file: parsed.file,
    name: asString(unitSection['name']) ?? '',
    shortName: asString(unitSection['shortName']),
    parent: asString(unitSection['parent']),
    address: asString(unitSection['address']),
    city: asString(unitSection['city']),
    ruleSetId: ruleSet.id,
    mode,
    unsur,
    services: asArray(root['services']).map((entry) => {
      const item = asObject(entry);
      const code = asString(item['code']) ?? '';
      return { code, label: asString(item['label']) ?? code };
    }),
    profile,
    ruleOverrides,
  });
  if (signatorySection) {
    unit.signatory = defined({
      name: asString(signatorySection['name']) ?? '',
      nip: asString(signatorySection['nip']) ?? '',
      rank: asString(signatorySection['rank']),
      position: asString(signatorySection['position']) ?? '',
    });
  }
  return unit;
}
