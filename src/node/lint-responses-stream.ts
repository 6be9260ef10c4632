/**
 * Lints a responses CSV of any size without keeping its rows: the file is read in 1 MB chunks
 * through `CsvParser` and `ResponseDecoder`, and the per-row checks (duplicate ids, invalid dates,
 * dates outside the period) run as rows pass. Memory holds one chunk, the ids seen so far and the
 * capped diagnostics. Used by `skm lint` for files above `STREAMING_THRESHOLD` bytes.
 */
import * as fs from 'node:fs';
import { normaliseDate } from '../core/load/dates';
import { ResponseDecoder } from '../core/load/response-decoder';
import type { Diagnostic } from '../core/model/diagnostic';
import { pointRange } from '../core/model/diagnostic';
import { findRuleSet, PERMENPANRB_14_2017 } from '../core/model/rule-sets';
import type { Period, Unit } from '../core/model/types';
import { CsvParser } from '../core/parse/csv-parser';
import type { CsvRecord } from '../core/parse/csv-parser';
import { t } from '../core/text/messages';
import { FINDING_CAP } from '../core/lint/rules/cap-findings';

/** Files larger than this are linted by streaming (bytes). */
export const STREAMING_THRESHOLD = 20 * 1024 * 1024;
const CHUNK_SIZE = 1024 * 1024;

export interface StreamedResponses {
  rows: number;
  diagnostics: Diagnostic[];
}

/**
 * Streams `absolutePath` (reported as `file`, workspace-relative) for `unit`; `period` gives the
 * dates rows must fall within.
 */
export function lintResponsesStream(
  absolutePath: string,
  file: string,
  unit: Unit,
  period: Pick<Period, 'start' | 'end'>,
): StreamedResponses {
  const first = streamWith(absolutePath, file, unit, period, 'utf-8');
  if (first) return first;
  const fallback = streamWith(absolutePath, file, unit, period, 'windows-1252');
  if (!fallback) throw new Error('windows-1252 decoding cannot fail');
  fallback.diagnostics.unshift({ code: 'file.encoding', severity: 'warning', message: t('file.encoding'), file, range: pointRange(0, 0) });
  return fallback;
}

/** One pass with one encoding; undefined when the bytes are not valid in that encoding. */
function streamWith(
  absolutePath: string,
  file: string,
  unit: Unit,
  period: Pick<Period, 'start' | 'end'>,
  encoding: 'utf-8' | 'windows-1252',
): StreamedResponses | undefined {
  const ruleSet = findRuleSet(unit.ruleSetId) ?? PERMENPANRB_14_2017;
  const decoderText = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  const rowChecks = new RowChecks(file, period);
  let decoder: ResponseDecoder | undefined;
  let rows = 0;
  const parser = new CsvParser(file, (record: CsvRecord) => {
    if (!decoder) {
      decoder = new ResponseDecoder(file, unit, {
        scaleMin: ruleSet.scaleMin,
        scaleMax: ruleSet.scaleMax,
        delimiter: parser.detectedDelimiter ?? ',',
      });
      decoder.header(record);
      rowChecks.header(record);
      return;
    }
    rows++;
    const row = decoder.decode(record, rows);
    rowChecks.row(record, row.id, row.date);
  });
  const handle = fs.openSync(absolutePath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    for (;;) {
      const read = fs.readSync(handle, buffer, 0, CHUNK_SIZE, null);
      if (read === 0) break;
      parser.push(decoderText.decode(buffer.subarray(0, read), { stream: true }));
    }
    parser.push(decoderText.decode());
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  } finally {
    fs.closeSync(handle);
  }
  parser.end();
  const diagnostics: Diagnostic[] = [...parser.diagnostics];
  if (parser.detectedDelimiter === ';')
    diagnostics.push({ code: 'csv.semicolon', severity: 'warning', message: t('csv.semicolon'), file, range: pointRange(0, 0) });
  if (!decoder) {
    diagnostics.push({ code: 'file.empty', severity: 'error', message: t('file.empty'), file, range: pointRange(0, 0) });
    return { rows, diagnostics };
  }
  decoder.finish();
  diagnostics.push(...decoder.diagnostics, ...rowChecks.finish());
  return { rows, diagnostics };
}

/** The row-level domain rules (responses.duplicate-id, .date-invalid, .outside-period), streaming. */
class RowChecks {
  private readonly ids = new IdTable();
  private readonly validDates = new Map<string, boolean>();
  private readonly found = new Map<string, Diagnostic[]>();
  private readonly counts = new Map<string, number>();
  private idColumn = -1;
  private readonly periodIsDated: boolean;
  private dateColumn = -1;

  constructor(
    private readonly file: string,
    private readonly period: Pick<Period, 'start' | 'end'>,
  ) {
    const iso = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && normaliseDate(value) === value;
    this.periodIsDated = iso(period.start) && iso(period.end) && period.start <= period.end;
  }

  header(record: CsvRecord): void {
    this.idColumn = record.fields.findIndex((name) => name.trim() === 'id');
    this.dateColumn = record.fields.findIndex((name) => name.trim() === 'date');
  }

  row(record: CsvRecord, id: string, date: string | undefined): void {
    if (this.idColumn >= 0 && !id.startsWith('#')) {
      const first = this.ids.addOrGet(id, record.line);
      if (first !== 0)
        this.report('responses.duplicate-id', 'error', t('responses.duplicate-id', { id, line: first }), record, this.idColumn, id.length);
    }
    if (date === undefined) return;
    let valid = this.validDates.get(date);
    if (valid === undefined) {
      valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && normaliseDate(date) === date;
      if (this.validDates.size < 10_000) this.validDates.set(date, valid);
    }
    if (!valid) {
      this.report('responses.date-invalid', 'error', t('responses.date-invalid', { value: date }), record, this.dateColumn, date.length);
    } else if (this.periodIsDated && (date < this.period.start || date > this.period.end)) {
      this.report(
        'responses.outside-period',
        'warning',
        t('responses.outside-period', { id, date, start: this.period.start, end: this.period.end }),
        record,
        this.dateColumn,
        date.length,
      );
    }
  }

  private report(
    code: string,
    severity: Diagnostic['severity'],
    message: string,
    record: CsvRecord,
    fieldIndex: number,
    length: number,
  ): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > FINDING_CAP) return;
    const column = record.columns[fieldIndex] ?? 0;
    const list = this.found.get(code) ?? [];
    list.push({
      code,
      severity,
      message,
      file: this.file,
      range: { start: { line: record.line - 1, column }, end: { line: record.line - 1, column: column + Math.max(1, length) } },
    });
    this.found.set(code, list);
  }

  finish(): Diagnostic[] {
    const result: Diagnostic[] = [];
    for (const [code, list] of this.found) {
      result.push(...list);
      const more = (this.counts.get(code) ?? 0) - FINDING_CAP;
      const last = list[list.length - 1];
      if (more > 0 && last) result.push({ ...last, message: t('diagnostics.more', { count: more, code }), data: { more } });
    }
    return result;
  }
}

/**
 * Ids seen so far, without a million strings on the heap: an open-addressing table of two
 * independent 32-bit hashes (FNV-1a and a multiplicative one) and the 1-based line of first use.
 * Two different ids collide on both hashes with a probability around n² / 2⁶⁵ (≈ 3·10⁻⁸ for a
 * million rows), small enough to treat a match as a duplicate.
 */
class IdTable {
  private capacity = 1 << 16;
  private size = 0;
  private first = new Int32Array(this.capacity);
  private second = new Int32Array(this.capacity);
  private lines = new Int32Array(this.capacity);

  /** Adds `id` first seen on `line`; returns the earlier line when it was seen before, else 0. */
  addOrGet(id: string, line: number): number {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let index = 0; index < id.length; index++) {
      const code = id.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 + code, 0x5bd1e995) ^ (h2 >>> 15);
    }
    const found = this.find(h1 | 0, h2 | 0);
    if (this.lines[found] !== 0) return this.lines[found] ?? 0;
    this.first[found] = h1 | 0;
    this.second[found] = h2 | 0;
    this.lines[found] = line;
    if (++this.size * 2 > this.capacity) this.grow();
    return 0;
  }

  private find(h1: number, h2: number): number {
    const mask = this.capacity - 1;
    let slot = (h1 ^ (h2 >>> 7)) & mask;
    while (this.lines[slot] !== 0 && (this.first[slot] !== h1 || this.second[slot] !== h2)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { first, second, lines } = this;
    this.capacity *= 2;
    this.first = new Int32Array(this.capacity);
    this.second = new Int32Array(this.capacity);
    this.lines = new Int32Array(this.capacity);
    for (let index = 0; index < lines.length; index++) {
      if (lines[index] === 0) continue;
      const slot = this.find(first[index] ?? 0, second[index] ?? 0);
      this.first[slot] = first[index] ?? 0;
      this.second[slot] = second[index] ?? 0;
      this.lines[slot] = lines[index] ?? 0;
    }
  }
}
