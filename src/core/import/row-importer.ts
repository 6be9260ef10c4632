/**
 * Converts one source row into a row of our `responses.csv`, or rejects it with a reason. Every
 * row ends up in exactly one outcome — imported, already there (unchanged), changed (an existing
 * respondent id with other answers) or rejected — so `read = imported + unchanged + changed +
 * rejected` always holds. Values are mapped onto the unit's closed lists through their codes,
 * labels and aliases (`Laki-laki` → `L`); each mapping applied is counted for the summary, and a
 * value that maps onto nothing rejects the row unless the user mapped it (`--map-value`).
 */
import { CategoryList } from '../model/categories';
import type { Period, Unit } from '../model/types';
import { t } from '../text/messages';
import type { ColumnMapping } from './column-mapping';
import { HashTable } from '../lint/hash-table';
import { idHash1, idHash2 } from '../lint/row-checks';
import { fingerprint } from './fingerprint';
import { parseTimestamp } from './parse-timestamp';
import { normaliseText } from './similarity';
import { ValueMappings } from './value-mappings';

export interface FieldChange {
  column: string;
  from: string;
  to: string;
}

export type RowOutcome =
  | { kind: 'imported'; id: string; values: Record<string, string> }
  | { kind: 'unchanged'; id: string }
  | { kind: 'changed'; id: string; values: Record<string, string>; changes: FieldChange[] }
  | { kind: 'rejected'; reason: string };

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

/** A score as spreadsheets write it: `4`, `4.0`, `4,0` (decimal comma of the Indonesian locale). */
const WHOLE_NUMBER = /^(\d+)(?:[.,]0+)?$/;
/** An age as people write it: `35`, `35 tahun`, `35 th.` */
const AGE = /^(\d+)(?:[.,]0+)?\s*(?:tahun|thn|th)?\.?$/i;

export interface ImporterOptions {
  /** Respondent ids already in the period, with their values by column (for the change diff). */
  existing?: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** The user's value mappings: field (`gender`, `service`, `time`, `U1`) → written value → code. */
  valueOverrides?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  scaleMax?: number;
}

export class RowImporter {
  private readonly optionScores = new Map<string, Map<string, number>>();
  private readonly lists = new Map<string, CategoryList>();
  /** The ids of this import so far, as two 32-bit hashes each (`HashTable`), not 400,000 strings. */
  private readonly seen = new HashTable();
  private readonly existing: ReadonlyMap<string, Readonly<Record<string, string>>>;
  private readonly overrides: ReadonlyMap<string, ReadonlyMap<string, string>>;
  private readonly scaleMax: number;
  private readonly numeric = new Map<string, { min: number; max: number }>();
  /** The mapped columns with their field split once into kind and name. */
  private readonly columns: { index: number; header: string; field: string; kind: string; name: string }[];
  /** Cell text → `normaliseText`: answers repeat a handful of labels over thousands of rows. */
  private readonly key = memoise(normaliseText);
  /** Scores by unsur and answer text (`score`). */
  private readonly scores = new Map<string, Map<string, number | undefined>>();
  /** The summary's label of an hour mapped to a time slot, by hour. */
  private readonly hourLabels: string[] = [];
  /** The columns after id and date, in the canonical order the fingerprint reads them. */
  private readonly contentColumns: readonly string[];
  /**
   * Whether the period already holds imported rows (`imp-` ids): only then can a row carry the
   * id of an earlier version (the fingerprint of its raw cells), worth a second fingerprint.
   */
  private readonly legacyIds: boolean;
  /** Every value mapping applied, for the summary. */
  readonly mappings = new ValueMappings();

  constructor(
    private readonly unit: Unit,
    private readonly period: Period,
    mapping: ColumnMapping[],
    options: ImporterOptions = {},
  ) {
    this.existing = options.existing ?? new Map();
    this.legacyIds = [...this.existing.keys()].some((id) => id.startsWith('imp-'));
    this.overrides = options.valueOverrides ?? new Map();
    this.scaleMax = options.scaleMax ?? 4;
    this.contentColumns = canonicalHeader(unit).slice(2);
    this.columns = mapping.flatMap((column) => {
      if (!column.field) return [];
      const [kind = '', name = ''] = column.field.split(':');
      return [{ index: column.index, header: column.header, field: column.field, kind, name }];
    });
    for (const unsur of unit.unsur) {
      this.optionScores.set(unsur.code, new Map(unsur.options.map((option, index) => [normaliseText(option), index + 1])));
    }
    for (const attribute of unit.profile) {
      if (attribute.options.length > 0) this.lists.set(attribute.key, new CategoryList(attribute.options));
      else this.numeric.set(attribute.key, { min: attribute.min ?? 0, max: attribute.max ?? Number.MAX_SAFE_INTEGER });
    }
    if (unit.services.length > 0) this.lists.set('service', new CategoryList(unit.services));
    this.lists.set('time', new CategoryList(unit.timeSlots));
  }

  /** An answer's score (a number, a label, the user's mapping), per unsur and text: answers repeat. */
  private score(unsur: string, text: string): number | undefined {
    let scores = this.scores.get(unsur);
    if (!scores) this.scores.set(unsur, (scores = new Map<string, number | undefined>()));
    if (scores.has(text)) return scores.get(text);
    const whole = WHOLE_NUMBER.exec(text);
    const mapped = this.override(unsur, text);
    const score = mapped !== undefined ? Number(mapped) : whole ? Number(whole[1]) : this.optionScores.get(unsur)?.get(this.key(text));
    if (scores.size < KEY_CACHE_LIMIT) scores.set(text, score);
    return score;
  }

  /** The user's mapping for `value` in `field`, if any. */
  private override(field: string, value: string): string | undefined {
    return this.overrides.get(field)?.get(this.key(value));
  }

  /** A closed-list value → its code (recording the mapping), or undefined. */
  private code(field: string, text: string): string | undefined {
    const list = this.lists.get(field);
    const code = this.override(field, text) ?? (list ? list.resolve(text) : text);
    if (code !== undefined && code !== text) this.mappings.add(field, text, code);
    return code;
  }

  private outsideList(field: string, text: string, header: string): RowOutcome {
    const codes = this.lists.get(field)?.options.map((option) => option.code) ?? [];
    return { kind: 'rejected', reason: t('import.reject.value', { value: text, column: header, field, codes: codes.join(', ') }) };
  }

  convert(cells: readonly string[]): RowOutcome {
    if (cells.every((cell) => cell.trim() === '')) return { kind: 'rejected', reason: t('import.reject.empty') };
    const values: Record<string, string> = {};
    let hour: number | null = null;
    let stamp = '';
    for (const column of this.columns) {
      const raw = cells[column.index] ?? '';
      const text = raw.trim();
      const { kind, name } = column;
      if (kind === 'unsur') {
        if (text === '') continue;
        const score = this.score(name, text);
        if (score === undefined || !Number.isInteger(score) || score < 1 || score > this.scaleMax)
          return { kind: 'rejected', reason: t('import.reject.label', { value: text, column: column.header }) };
        if (String(score) !== text) this.mappings.add(name, text, String(score));
        values[name] = String(score);
      } else if (kind === 'profile') {
        if (text === '') continue;
        const bounds = this.numeric.get(name);
        if (bounds) {
          const age = AGE.exec(text);
          const number = age ? Number(age[1]) : Number.NaN;
          if (!(number >= bounds.min && number <= bounds.max))
            return { kind: 'rejected', reason: t('import.reject.number', { value: text, column: column.header }) };
          if (String(number) !== text) this.mappings.add(name, text, String(number));
          values[name] = String(number);
        } else {
          const code = this.code(name, text);
          if (code === undefined) return this.outsideList(name, text, column.header);
          values[name] = code;
        }
      } else if (column.field === 'date') {
        if (text === '') continue;
        const parsed = parseTimestamp(text);
        if (!parsed) return { kind: 'rejected', reason: t('import.reject.date', { value: text }) };
        if (parsed.date < this.period.start || parsed.date > this.period.end) {
          return {
            kind: 'rejected',
            reason: t('import.reject.outside', { date: parsed.date, start: this.period.start, end: this.period.end }),
          };
        }
        values['date'] = parsed.date;
        hour = parsed.hour;
        stamp = parsed.clock === null ? parsed.date : `${parsed.date} ${parsed.clock}`;
      } else if (column.field === 'service' || column.field === 'time') {
        if (text === '') continue;
        const code = this.code(column.field, text);
        if (code === undefined) return this.outsideList(column.field, text, column.header);
        values[column.field] = code;
      } else if (column.field === 'saran') {
        if (raw !== '') values['saran'] = raw;
      } else if (text !== '') {
        values[column.field] = text;
      }
    }
    if (!this.unit.unsur.some((unsur) => values[unsur.code] !== undefined))
      return { kind: 'rejected', reason: t('import.reject.no-scores') };
    if (values['time'] === undefined && hour !== null) {
      const slot = this.unit.timeSlots[hour < 12 ? 0 : 1]?.code;
      if (slot !== undefined) {
        values['time'] = slot;
        this.mappings.add('time', (this.hourLabels[hour] ??= t('import.mapping.hour', { hour })), slot);
      }
    }
    return this.identify(cells, values, stamp);
  }

  /**
   * The row's id: its own `id` column, else a fingerprint of its normalised content (so the same
   * answers from a CSV and from an xlsx get the same id). The fingerprint of the raw cells, which
   * earlier versions used, still recognises rows imported by them (computed only when the period
   * holds imported rows).
   */
  private identify(cells: readonly string[], values: Record<string, string>, stamp: string): RowOutcome {
    const ownId = values['id'];
    if (ownId !== undefined) {
      const before = this.existing.get(ownId);
      if (this.seen.addOrGet(idHash1(ownId), idHash2(ownId), 1) !== 0)
        return { kind: 'rejected', reason: t('import.reject.duplicate', { id: ownId }) };
      if (!before) return { kind: 'imported', id: ownId, values };
      const changes: FieldChange[] = [];
      for (const [column, value] of Object.entries(values)) {
        if (column === 'id') continue;
        const old = before[column] ?? '';
        if (old.trim() !== value.trim()) changes.push({ column, from: old, to: value });
      }
      return changes.length === 0 ? { kind: 'unchanged', id: ownId } : { kind: 'changed', id: ownId, values, changes };
    }
    const content = [stamp || (values['date'] ?? '')];
    for (const column of this.contentColumns) content.push(values[column] ?? '');
    const id = fingerprint(content);
    if (this.seen.has(idHash1(id), idHash2(id)) || this.existing.has(id)) return { kind: 'unchanged', id };
    // Rows of the same raw cells have the same content, so within one import the content's
    // fingerprint finds every repeat; the raw cells' one only finds rows imported earlier.
    const legacy = this.legacyIds ? fingerprint(cells) : undefined;
    if (legacy !== undefined && (this.seen.has(idHash1(legacy), idHash2(legacy)) || this.existing.has(legacy)))
      return { kind: 'unchanged', id: legacy };
    this.seen.addOrGet(idHash1(id), idHash2(id), 1);
    if (legacy !== undefined) this.seen.addOrGet(idHash1(legacy), idHash2(legacy), 1);
    values['id'] = id;
    return { kind: 'imported', id, values };
  }
}
