import type { Range } from '../model/diagnostic';
import type { ParsedYaml, YamlPath } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import type { Horizon, Rtl, RtlItem } from '../model/types';
import { asArray, asNumber, asObject, asString, defined } from './coerce';
import { joinPath } from './load-period';

const HORIZONS: readonly Horizon[] = ['pendek', 'menengah', 'panjang'];

/** Builds the follow-up plan from `rtl.yaml`; evidence paths become workspace-relative. */
export function loadRtl(parsed: ParsedYaml, folder: string): Rtl {
  return rtlFromValue(parsed.file, parsed.value, folder, (path) => rangeOf(parsed, path));
}

/** The same from a plain value, whatever read it; `range` locates a value for the sources. */
export function rtlFromValue(file: string, value: unknown, folder: string, range: (path: YamlPath) => Range): Rtl {
  const root = asObject(value);
  const defaultYear = asNumber(root['year']);
  const items: RtlItem[] = asArray(root['items']).map((entry, index) => {
    const item = asObject(entry);
    const horizonText = asString(item['horizon']);
    const rtlItem: RtlItem = defined({
      id: asString(item['id']) ?? `#${index + 1}`,
      unsur: asString(item['unsur']) ?? '',
      program: asString(item['program']) ?? '',
      quarters: asArray(item['quarters']).map((quarter) => asNumber(quarter) ?? 0),
      year: asNumber(item['year']) ?? defaultYear ?? 0,
      horizon: HORIZONS.find((horizon) => horizon === horizonText),
      responsible: asString(item['responsible']) ?? '',
      source: { file, range: range(['items', index, 'id']) },
    });
    if (item['realisation'] !== undefined) {
      const realisation = asObject(item['realisation']);
      rtlItem.realisation = defined<NonNullable<RtlItem['realisation']>>({
        status: realisation['status'] === 'sudah' ? 'sudah' : 'belum',
        description: asString(realisation['description']),
        dates: asArray(realisation['dates']).map((date) => asString(date) ?? ''),
        challenges: asString(realisation['challenges']),
        evidence: asArray(realisation['evidence']).map((evidenceEntry, evidenceIndex) => {
          const evidence = asObject(evidenceEntry);
          return {
            file: joinPath(folder, asString(evidence['file']) ?? ''),
            caption: asString(evidence['caption']) ?? '',
            source: { file, range: range(['items', index, 'realisation', 'evidence', evidenceIndex, 'file']) },
          };
        }),
      });
    }
    if (item['strategy'] !== undefined) {
      const strategy = asObject(item['strategy']);
      rtlItem.strategy = defined({
        strategy: asString(strategy['strategy']) ?? '',
        target: asString(strategy['target']),
        responsible: asString(strategy['responsible']),
        stakeholders: asString(strategy['stakeholders']),
      });
    }
    return rtlItem;
  });
  const rtl: Rtl = { file, items };
  if (defaultYear !== undefined) rtl.year = defaultYear;
  return rtl;
}
