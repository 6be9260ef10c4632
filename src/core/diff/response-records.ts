/**
 * A period's responses.csv as `skm diff` compares it: its records kept as raw cells, keyed by
 * row id, and decoded into `Answers` only for an id whose cells differ between the two sides.
 * The records are those `loadResponsesCsv` reads (the same `CsvParser`, header, delimiter and row
 * numbering for a missing id) and `answersOf` decodes a record's compared cells as
 * `ResponseDecoder.decode` does, so the changes are those of the decoded rows (property-tested).
 */
import { normaliseDate } from '../load/dates';
import { findRuleSet, PERMENPANRB_14_2017 } from '../model/rule-sets';
import type { Unit } from '../model/types';
import { CsvParser } from '../parse/csv-parser';
import type { Delimiter } from '../parse/csv-parser';
import { decodeText } from '../parse/decode-text';
import type { Answers, RespondentSide } from './respondent-changes';

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
  return { ids, rows, layout: read.key, raw: (row) => records[row]!, answers: (row) => answersOf(records[row]!, read) };
}

export interface Layout {
  /** Equal keys: equal cells decode to equal answers. */
  key: string;
  columnOf: Map<string, number>;
  unit: Unit;
  delimiter: Delimiter;
  scaleMin: number;
  scaleMax: number;
}

/** How a header's records are decoded for `unit` (the first column of a repeated name counts). */
export function layoutOf(header: readonly string[], unit: Unit, delimiter: Delimiter): Layout {
  const columnOf = new Map<string, number>();
  header.forEach((name, index) => {
    if (!columnOf.has(name.trim())) columnOf.set(name.trim(), index);
  });
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const key = JSON.stringify([
    header,
    delimiter,
    unit.unsur.map((unsur) => unsur.code),
    unit.profile.map((attribute) => attribute.key),
    ruleSet.scaleMin,
    ruleSet.scaleMax,
  ]);
  return { key, columnOf, unit, delimiter, scaleMin: ruleSet.scaleMin, scaleMax: ruleSet.scaleMax };
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

function score(raw: string | undefined, layout: Layout): number | null {
  if (raw === undefined || raw === '') return null;
  const text = layout.delimiter === ';' && /^\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  const value = Number(text);
  return Number.isInteger(value) && value >= layout.scaleMin && value <= layout.scaleMax ? value : null;
}
