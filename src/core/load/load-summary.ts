import type { ParsedYaml } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import type { ProfileCount, Summary, UnsurAggregate } from '../model/types';
import { asNumber, asObject, defined } from './coerce';

function unsurAggregates(parsed: ParsedYaml, value: unknown, path: (string | number)[]): Record<string, UnsurAggregate> {
  const result: Record<string, UnsurAggregate> = {};
  for (const [code, entry] of Object.entries(asObject(value))) {
    const item = asObject(entry);
    result[code] = {
      answered: asNumber(item['answered']) ?? 0,
      total: asNumber(item['total']) ?? 0,
      source: { file: parsed.file, range: rangeOf(parsed, [...path, code], 'key') },
    };
  }
  return result;
}

/** Builds the aggregates of a summary-only period from `summary.yaml`. */
export function loadSummary(parsed: ParsedYaml): Summary {
  const root = asObject(parsed.value);
  const profile: Summary['profile'] = {};
  for (const [key, options] of Object.entries(asObject(root['profile']))) {
    const counts: Record<string, ProfileCount> = {};
    for (const [code, entry] of Object.entries(asObject(options))) {
      const source = { file: parsed.file, range: rangeOf(parsed, ['profile', key, code], 'key') };
      if (typeof entry === 'number') counts[code] = { count: entry, source };
      else {
        const item = asObject(entry);
        counts[code] = defined({ count: asNumber(item['count']) ?? 0, percent: asNumber(item['percent']), source });
      }
    }
    profile[key] = counts;
  }
  const byService: Summary['byService'] = {};
  for (const [code, entry] of Object.entries(asObject(root['byService']))) {
    const item = asObject(entry);
    byService[code] = {
      respondents: asNumber(item['respondents']) ?? 0,
      unsur: unsurAggregates(parsed, item['unsur'], ['byService', code, 'unsur']),
    };
  }
  return {
    file: parsed.file,
    respondents: asNumber(root['respondents']) ?? 0,
    unsur: unsurAggregates(parsed, root['unsur'], ['unsur']),
    profile,
    byService,
    reconstructed: root['reconstructed'] === true,
  };
}
