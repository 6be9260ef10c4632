import type { ParsedYaml } from '../parse/parse-yaml';
import { rangeOf } from '../parse/parse-yaml';
import type { Period } from '../model/types';
import { asArray, asNumber, asObject, asString, defined } from './coerce';

/** Builds a period (without its data files) from `periods/<id>/period.yaml`. */
export function loadPeriod(parsed: ParsedYaml, id: string, folder: string): Period {
  const root = asObject(parsed.value);
  const period: Period = defined({
    id,
    folder,
    file: parsed.file,
    label: asString(root['label']) ?? id,
    start: asString(root['start']) ?? '',
    end: asString(root['end']) ?? '',
    reportDate: asString(root['reportDate']),
    collection: asString(root['collection']),
    location: asString(root['location']),
    schedule: asArray(root['schedule']).map((entry) => {
      const item = asObject(entry);
      return defined({
        kegiatan: asString(item['kegiatan']) ?? '',
        waktu: asString(item['waktu']) ?? '',
        hariKerja: asNumber(item['hariKerja']),
      });
    }),
    team: asArray(root['team']).map((entry) => {
      const item = asObject(entry);
      return defined({ name: asString(item['name']) ?? '', role: asString(item['role']) });
    }),
    narrative: Object.fromEntries(
      Object.entries(asObject(root['narrative']))
        .map(([key, value]) => [key, asString(value)] as const)
        .filter((entry): entry is [string, string] => entry[1] !== undefined)
        .map(([key, value]) => [key, joinPath(folder, value)]),
    ),
  });
  const population = asObject(root['population']);
  const size = asNumber(population['size']);
  if (size !== undefined) {
    period.population = defined<NonNullable<Period['population']>>({
      size,
      scope: population['scope'] === 'year' ? 'year' : 'period',
      note: asString(population['note']),
      byService:
        population['byService'] === undefined
          ? undefined
          : Object.fromEntries(Object.entries(asObject(population['byService'])).map(([code, value]) => [code, asNumber(value) ?? 0])),
      source: { file: parsed.file, range: rangeOf(parsed, ['population', 'size']) },
    });
  }
  const sampling = asObject(root['sampling']);
  if (sampling['method'] === 'krejcie-morgan' || sampling['method'] === 'slovin') {
    period.sampling = defined<NonNullable<Period['sampling']>>({
      method: sampling['method'],
      margin: asNumber(sampling['margin']),
      stated: asNumber(sampling['stated']),
      source: { file: parsed.file, range: rangeOf(parsed, ['sampling', 'stated' in sampling ? 'stated' : 'method']) },
    });
  }
  const fkp = asObject(root['fkp']);
  if (root['fkp'] !== undefined) period.fkp = defined({ date: asString(fkp['date']), notes: asString(fkp['notes']) });
  return period;
}

/** Joins a folder and a relative path, resolving `./` and `../` segments. */
export function joinPath(folder: string, relative: string): string {
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Resolves `target` against a workspace folder; undefined when it is not a plain relative path
 * that stays inside the workspace (absolute, a drive or scheme, a backslash, `..` past the root).
 * A Markdown URL (`url`) is percent-decoded first and loses its `?query` and `#fragment`.
 */
export function resolveInside(folder: string, target: string, url = true): string | undefined {
  let decoded = target;
  try {
    if (url) decoded = decodeURI(target.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  if (decoded === '' || /^[a-z][a-z0-9+.-]*:/i.test(decoded) || /^[/\\]/.test(decoded) || decoded.includes('\\') || decoded.includes('\0'))
    return undefined;
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? undefined : parts.join('/');
}
