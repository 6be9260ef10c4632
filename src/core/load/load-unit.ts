import type { ParsedYaml } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import { withCommonAliases } from '../model/categories';
import { AGE_RANGE, DEFAULT_PROFILE, DEFAULT_TIME_SLOTS, PERMENPANRB_14_2017, findRuleSet } from '../model/rule-sets';
import type { ProfileAttribute, ProfileOption, RuleSeverityOverride, Unit, Unsur } from '../model/types';
import { MODE_IDS } from '../compute/modes';
import { asArray, asNumber, asObject, asString, defined } from './coerce';

/** A closed list as written: each entry a code, or a map with code, label and aliases. */
function readOptions(list: unknown[]): ProfileOption[] {
  return list.map((option) => {
    const value = asObject(option);
    const code = asString(value['code']) ?? asString(option) ?? '';
    const aliases = asArray(value['aliases']).flatMap((alias) => asString(alias) ?? []);
    return aliases.length > 0
      ? { code, label: asString(value['label']) ?? code, aliases }
      : { code, label: asString(value['label']) ?? code };
  });
}

/** Bounds of a numeric attribute: as declared, else the usual ages for `age`. */
function numericBounds(key: string, item: Record<string, unknown>): { min?: number; max?: number } {
  const fallback: { min?: number; max?: number } = key === 'age' ? AGE_RANGE : {};
  return defined({ min: asNumber(item['min']) ?? fallback.min, max: asNumber(item['max']) ?? fallback.max });
}

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
          const options = withCommonAliases(readOptions(asArray(item['options'])));
          return { key, label: asString(item['label']) ?? key, options, ...(options.length === 0 ? numericBounds(key, item) : {}) };
        })
      : DEFAULT_PROFILE.map((attribute) => ({ ...attribute, options: withCommonAliases(attribute.options) }));
  const timeSlotList = asArray(root['timeSlots']);
  const timeSlots = withCommonAliases(timeSlotList.length > 0 ? readOptions(timeSlotList) : DEFAULT_TIME_SLOTS);

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
    services: readOptions(asArray(root['services'])),
    profile,
    timeSlots,
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
