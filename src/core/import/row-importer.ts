/**
 * Converts one source row into a row of our `responses.csv`, or rejects it with a reason. Every
 * row ends up in exactly one of the two, so `read = imported + rejected` always holds.
 */
import type { Period, Unit } from '../model/types';
import { t } from '../text/messages';
import type { ColumnMapping } from './column-mapping';
import { fingerprint, normaliseCell } from './fingerprint';
import { parseTimestamp } from './parse-timestamp';
import { normaliseText } from './similarity';

export type RowOutcome = { kind: 'imported'; id: string; values: Record<string, string> } | { kind: 'rejected'; reason: string };

/** Our column order for a new responses.csv. */
export function canonicalHeader(unit: Unit): string[] {
  return [
    'id',
    'date',
    'time',
    'service',
    ...unit.profile.map((attribute) => attribute.key),
    ...unit.unsur.map((unsur) => unsur.code),
    'saran',
  ];
}

const key = (text: string): string => normaliseText(text);

/** How many distinct cell texts the importer remembers the normal form of. */
const KEY_CACHE_LIMIT = 4096;

/** `normalise` remembering up to `KEY_CACHE_LIMIT` distinct inputs (then computing the rest). */
function memoise(normalise: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let normal = known.get(text);
    if (normal === undefined) {
      normal = normalise(text);
      if (known.size < KEY_CACHE_LIMIT) known.set(text, normal);
    }
    return normal;
  };
}

export class RowImporter {
  private readonly optionScores = new Map<string, Map<string, number>>();
  private readonly profileCodes = new Map<string, Map<string, string>>();
  private readonly serviceCodes = new Map<string, string>();
  private readonly seen: Set<string>;
  /** The mapped columns with their field split once into kind and name. */
  private readonly columns: { index: number; header: string; field: string; kind: string; name: string }[];
  /** Cell text → `normaliseText`: answers repeat a handful of labels over thousands of rows. */
  private readonly key = memoise(normaliseText);
  /** Cell text → its fingerprint form, for the same reason. */
  private readonly fingerprintCell = memoise(normaliseCell);

  constructor(
    private readonly unit: Unit,
    private readonly period: Period,
    mapping: ColumnMapping[],
    existingIds: Iterable<string>,
    private readonly scaleMax = 4,
  ) {
    this.seen = new Set(existingIds);
    this.columns = mapping.flatMap((column) => {
      if (!column.field) return [];
      const [kind = '', name = ''] = column.field.split(':');
      return [{ index: column.index, header: column.header, field: column.field, kind, name }];
    });
    for (const unsur of unit.unsur) {
      this.optionScores.set(unsur.code, new Map(unsur.options.map((option, index) => [key(option), index + 1])));
    }
    for (const attribute of unit.profile) {
      const codes = new Map<string, string>();
      for (const option of attribute.options) {
        codes.set(key(option.code), option.code);
        codes.set(key(option.label), option.code);
      }
      this.profileCodes.set(attribute.key, codes);
    }
    for (const service of unit.services) {
      this.serviceCodes.set(key(service.code), service.code);
      this.serviceCodes.set(key(service.label), service.code);
    }
  }

  convert(cells: readonly string[]): RowOutcome {
    if (cells.every((cell) => cell.trim() === '')) return { kind: 'rejected', reason: t('import.reject.empty') };
    const values: Record<string, string> = {};
    let hour: number | null = null;
    for (const column of this.columns) {
      const raw = cells[column.index] ?? '';
      const text = raw.trim();
      const { kind, name } = column;
      if (kind === 'unsur') {
        if (text === '') continue;
        const score = /^\d+$/.test(text) ? Number(text) : this.optionScores.get(name)?.get(this.key(text));
        if (score === undefined || score < 1 || score > this.scaleMax)
          return { kind: 'rejected', reason: t('import.reject.label', { value: text, column: column.header }) };
        values[name] = String(score);
      } else if (kind === 'profile') {
        if (text === '') continue;
        values[name] = this.profileCodes.get(name)?.get(this.key(text)) ?? text;
      } else if (column.field === 'date') {
        if (text === '') continue;
        const stamp = parseTimestamp(text);
        if (!stamp) return { kind: 'rejected', reason: t('import.reject.date', { value: text }) };
        if (stamp.date < this.period.start || stamp.date > this.period.end) {
          return {
            kind: 'rejected',
            reason: t('import.reject.outside', { date: stamp.date, start: this.period.start, end: this.period.end }),
          };
        }
        values['date'] = stamp.date;
        hour = stamp.hour;
      } else if (column.field === 'service') {
        if (text !== '') values['service'] = this.serviceCodes.get(this.key(text)) ?? text;
      } else if (column.field === 'saran') {
        if (raw !== '') values['saran'] = raw;
      } else if (text !== '') {
        values[column.field] = text;
      }
    }
    if (!this.unit.unsur.some((unsur) => values[unsur.code] !== undefined))
      return { kind: 'rejected', reason: t('import.reject.no-scores') };
    if (values['time'] === undefined && hour !== null) values['time'] = hour < 12 ? '08.00-12.00' : '13.00-17.00';
    const id = values['id'] ?? fingerprint(cells, this.fingerprintCell);
    if (this.seen.has(id)) return { kind: 'rejected', reason: t('import.reject.duplicate', { id }) };
    this.seen.add(id);
    values['id'] = id;
    return { kind: 'imported', id, values };
  }
}
