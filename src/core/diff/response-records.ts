/**
 * A period's responses.csv as `skm diff` compares it: its records kept as raw cells, keyed by
 * row id. For an id on both sides only the cells that differ are decoded (`sameRecords`), or the
 * whole record into `Answers` when the two units differ in shape (`answersOf`). The records are
 * those `loadResponsesCsv` reads (the same `CsvParser`, header, delimiter and row numbering for a
 * missing id) and cells are decoded as `ResponseDecoder.decode` decodes them, so the changes are
 * those of the decoded rows (property-tested).
 */
import { normaliseDate } from '../load/dates';
import { findRuleSet, PERMENPANRB_14_2017 } from '../model/rule-sets';
import type { Unit } from '../model/types';
import { CsvParser } from '../parse/csv-parser';
import type { Delimiter } from '../parse/csv-parser';
import { decodeText } from '../parse/decode-text';
import type { Answers, RespondentSide } from './respondent-changes';

/** A responses.csv side's records: its layout and each row's raw cells. */
export interface RecordCells {
  layout: Layout;
  cells(row: number): readonly string[];
}

/** The side of `file`'s records (its bytes, or text already decoded) for `unit`. */
export function recordsSide(file: string, content: Uint8Array | string, unit: Unit): RespondentSide {
  const text = typeof content === 'string' ? content : decodeText(file, content).text;
  const records: string[][] = [];
  const ids: string[] = [];
  const rows = new Map<string, number>();
  let layout: Layout | undefined;
  let idIndex = -1;
  const parser = new CsvParser(file, (record) => {
    if (!layout) {
      layout = layoutOf(record.fields, unit, parser.detectedDelimiter ?? ',');
      idIndex = layout.columnOf.get('id') ?? -1;
      return;
    }
    const index = records.length;
    records.push(record.fields);
    const id = (idIndex < 0 ? '' : (record.fields[idIndex]?.trim() ?? '')) || `#${index + 1}`;
    ids.push(id);
    rows.set(id, index);
  });
  parser.push(text);
  parser.end();
  const read = layout ?? layoutOf([], unit, ',');
  return { ids, rows, records: { layout: read, cells: (row) => records[row]! }, answers: (row) => answersOf(records[row]!, read) };
}

export interface Layout {
  columnOf: Map<string, number>;
  unit: Unit;
  delimiter: Delimiter;
  scaleMin: number;
  scaleMax: number;
  /** The comparison plans against other layouts (`planOf`). */
  plans: WeakMap<Layout, Plan | null>;
}

/** How a header's records are decoded for `unit` (the first column of a repeated name counts). */
export function layoutOf(header: readonly string[], unit: Unit, delimiter: Delimiter): Layout {
  const columnOf = new Map<string, number>();
  header.forEach((name, index) => {
    if (!columnOf.has(name.trim())) columnOf.set(name.trim(), index);
  });
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  return { columnOf, unit, delimiter, scaleMin: ruleSet.scaleMin, scaleMax: ruleSet.scaleMax, plans: new WeakMap() };
}

/** Where each compared answer sits on two sides: [left column, right column] (-1: no such column). */
interface Plan {
  date: [number, number];
  service: [number, number];
  saran: [number, number];
  scores: [number, number][];
  /** Whether an equal score cell is the same score on both sides (same delimiter and scale). */
  sameScoring: boolean;
  profile: [number, number][];
}

const column = (layout: Layout, name: string): number => layout.columnOf.get(name) ?? -1;

function planOf(left: Layout, right: Layout): Plan | null {
  const known = left.plans.get(right);
  if (known !== undefined) return known;
  const leftKeys = left.unit.profile.map((attribute) => attribute.key);
  const rightKeys = right.unit.profile.map((attribute) => attribute.key);
  const comparable = left.unit.unsur.length === right.unit.unsur.length && leftKeys.join('\u0000') === rightKeys.join('\u0000');
  const both = (a: string, b: string): [number, number] => [column(left, a), column(right, b)];
  const plan = comparable
    ? {
        date: both('date', 'date'),
        service: both('service', 'service'),
        saran: both('saran', 'saran'),
        scores: left.unit.unsur.map((unsur, index) => both(unsur.code, right.unit.unsur[index]!.code)),
        sameScoring: left.delimiter === right.delimiter && left.scaleMin === right.scaleMin && left.scaleMax === right.scaleMax,
        profile: leftKeys.map((key) => both(key, key)),
      }
    : null;
  left.plans.set(right, plan);
  return plan;
}

const trimmed = (cells: readonly string[], index: number): string => (index < 0 ? '' : (cells[index]?.trim() ?? ''));
const dateOf = (text: string): string => (text === '' ? '' : (normaliseDate(text) ?? text));

/**
 * Whether two records have the same `Answers`, reading only the cells that differ (a record's
 * cells equal to the other's under the same layout are the same answers); undefined when the two
 * units list a different number of unsur or other profile attributes (compare `Answers` then).
 */
export function sameRecords(left: RecordCells, leftRow: number, right: RecordCells, rightRow: number): boolean | undefined {
  const plan = planOf(left.layout, right.layout);
  if (plan === null) return undefined;
  const a = left.cells(leftRow);
  const b = right.cells(rightRow);
  const differ = ([i, j]: [number, number]): boolean => (i < 0 ? undefined : a[i]) !== (j < 0 ? undefined : b[j]);
  if (differ(plan.date) && dateOf(trimmed(a, plan.date[0])) !== dateOf(trimmed(b, plan.date[1]))) return false;
  for (const place of plan.scores)
    if ((!plan.sameScoring || differ(place)) && score(trimmed(a, place[0]), left.layout) !== score(trimmed(b, place[1]), right.layout))
      return false;
  if (differ(plan.service) && trimmed(a, plan.service[0]) !== trimmed(b, plan.service[1])) return false;
  for (const place of plan.profile) if (differ(place) && trimmed(a, place[0]) !== trimmed(b, place[1])) return false;
  const [i, j] = plan.saran;
  return ((i < 0 ? undefined : a[i]) || '') === ((j < 0 ? undefined : b[j]) || '');
}

/** The compared answers of one record, decoded as `ResponseDecoder.decode` decodes them. */
export function answersOf(fields: readonly string[], layout: Layout): Answers {
  const cell = (name: string): string | undefined => {
    const index = layout.columnOf.get(name);
    if (index === undefined) return undefined;
    return fields[index]?.trim();
  };
  const scores = layout.unit.unsur.map((unsur) => score(cell(unsur.code), layout));
  const profile: string[] = [];
  for (const attribute of layout.unit.profile) {
    const value = cell(attribute.key);
    if (value) profile.push(attribute.key, value);
  }
  const rawDate = cell('date');
  const saranIndex = layout.columnOf.get('saran');
  const saran = saranIndex === undefined ? undefined : fields[saranIndex];
  return {
    scores,
    date: rawDate ? (normaliseDate(rawDate) ?? rawDate) : undefined,
    service: cell('service') || undefined,
    profile,
    saran: saran || undefined,
  };
}

function score(raw: string | undefined, layout: Pick<Layout, 'delimiter' | 'scaleMin' | 'scaleMax'>): number | null {
  if (raw === undefined || raw === '') return null;
  const text = layout.delimiter === ';' && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  const value = Number(text);
  return Number.isInteger(value) && value >= layout.scaleMin && value <= layout.scaleMax ? value : null;
}
