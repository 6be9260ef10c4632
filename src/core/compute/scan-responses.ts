/**
 * A fast byte-level reader of responses CSV for the streaming compute path. It splits records
 * exactly as `CsvParser` does (a quote is special only at the start of a field; a record ends at a
 * newline outside quotes; empty lines are skipped; a trailing CR is dropped), but reads the score
 * columns straight from the bytes without decoding text, and interns the few short text values it
 * needs (service, time, profile) instead of allocating a string per cell.
 *
 * Only regular rows take the fast lane: the header's field count, no quote anywhere, and every
 * score a single digit on the scale. Any other row — a missing or invalid score, a quoted field, a
 * short row — is decoded and handed to the same `CsvParser` + `ResponseDecoder` as the in-memory
 * loader, so its diagnostics (row and column), exclusions and values are exactly the loader's.
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import type { Unit } from '../model/types';
import { ResponseDecoder } from '../load/response-decoder';
import { parseCsv } from '../parse/csv-parser';
import type { CsvRecord, Delimiter } from '../parse/csv-parser';
import { t } from '../text/messages';
import type { PeriodAccumulator } from './accumulate';

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const DIGIT_ZERO = 48;
const MAX_INTERNED = 4096;

/** The decoder's type, without relying on the DOM lib's global type. */
type BytesDecoder = { decode(input: Uint8Array): string };

export interface ScannerOptions {
  scaleMin: number;
  scaleMax: number;
  /** Text encoding of the bytes; default utf-8. */
  encoding?: 'utf-8' | 'windows-1252';
}

/** Short byte strings → their decoded, trimmed text, without a new string per cell. */
class Interner {
  private readonly table = new Map<number, { bytes: Uint8Array; value: string }[]>();
  private size = 0;

  constructor(private readonly decoder: BytesDecoder) {}

  get(bytes: Uint8Array, start: number, end: number): string {
    let hash = 0x811c9dc5 ^ (end - start);
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
    const bucket = this.table.get(hash);
    if (bucket) {
      for (const entry of bucket) if (sameBytes(entry.bytes, bytes, start, end)) return entry.value;
    }
    const value = this.decoder.decode(bytes.subarray(start, end)).trim();
    if (this.size < MAX_INTERNED) {
      this.size++;
      const entry = { bytes: copyOf(bytes, start, end), value };
      if (bucket) bucket.push(entry);
      else this.table.set(hash, [entry]);
    }
    return value;
  }
}

/** A copy: `Buffer#slice` (a Uint8Array subclass) shares memory, and callers reuse their buffers. */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const copy = new Uint8Array(end - start);
  copy.set(bytes.subarray(start, end));
  return copy;
}

function sameBytes(stored: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let index = 0; index < stored.length; index++) if (stored[index] !== bytes[start + index]) return false;
  return true;
}

export class ResponseScanner {
  /** Data rows read (header excluded). */
  rows = 0;
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  private started = false;
  private decoder: ResponseDecoder | undefined;
  private delimiter: Delimiter = ',';
  private delimiterCode = 44;
  private headerLength = 0;
  private readonly parserDiagnostics: Diagnostic[] = [];
  private readonly textDecoder: BytesDecoder;
  private readonly interner: Interner;
  /** Field index of each unsur score, of the service, of the time and of each profile key; -1 = absent. */
  private scoreFields: number[] = [];
  private serviceField = -1;
  private timeField = -1;
  private profileFields: number[] = [];
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private readonly scores: (number | null)[];

  constructor(
    private readonly file: string,
    private readonly unit: Unit,
    private readonly accumulator: PeriodAccumulator,
    private readonly options: ScannerOptions,
  ) {
    this.textDecoder = new TextDecoder(options.encoding ?? 'utf-8');
    this.interner = new Interner(this.textDecoder);
    this.scores = unit.unsur.map(() => null);
  }

  get detectedDelimiter(): Delimiter | undefined {
    return this.decoder ? this.delimiter : undefined;
  }

  /** Excluded answers per unsur code. */
  get excluded(): Record<string, number> {
    return this.decoder ? { ...this.decoder.excluded } : {};
  }

  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (!this.started) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (this.carry.length > 0) {
      const joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry, 0);
      joined.set(bytes, this.carry.length);
      bytes = joined;
    }
    const consumed = this.scan(bytes, false);
    this.carry = copyOf(bytes, consumed, bytes.length);
  }

  end(): void {
    if (this.carry.length > 0) this.scan(this.carry, true);
    this.carry = new Uint8Array(0);
  }

  /** Every diagnostic so far; call after `end()`. */
  finish(): Diagnostic[] {
    const diagnostics = [...this.parserDiagnostics];
    if (this.delimiter === ';' && this.decoder) diagnostics.push({ code: 'csv.semicolon', severity: 'warning', message: t('csv.semicolon'), file: this.file, range: pointRange(0, 0) });
    if (!this.decoder) {
      diagnostics.push({ code: 'file.empty', severity: 'error', message: t('file.empty'), file: this.file, range: pointRange(0, 0) });
      return diagnostics;
    }
    this.decoder.finish();
    diagnostics.push(...this.decoder.diagnostics);
    return diagnostics;
  }

  /** Reads every complete record of `bytes`; returns the offset of the first unread one. */
  private scan(bytes: Uint8Array, final: boolean): number {
    const length = bytes.length;
    let position = 0;
    while (position < length) {
      const recordStart = position;
      const recordLine = this.line;
      let newlines = 0;
      let fieldCount = 0;
      let regular = true;
      let complete = false;
      const delimiter = this.decoder ? this.delimiterCode : -1;
      for (;;) {
        const fieldStart = position;
        if (bytes[position] === QUOTE) {
          regular = false;
          let cursor = position + 1;
          let closed = false;
          while (cursor < length) {
            const code = bytes[cursor]!;
            if (code === QUOTE) {
              if (bytes[cursor + 1] === QUOTE) {
                cursor += 2;
                continue;
              }
              if (cursor + 1 >= length && !final) break;
              cursor++;
              closed = true;
              break;
            }
            if (code === NEWLINE) newlines++;
            cursor++;
          }
          if (!closed) {
            if (!final) return recordStart;
            position = length;
            complete = true;
            break;
          }
          position = cursor;
          while (position < length && bytes[position] !== delimiter && bytes[position] !== NEWLINE) position++;
        } else {
          while (position < length) {
            const code = bytes[position]!;
            if (code === delimiter || code === NEWLINE) break;
            if (code === QUOTE) regular = false;
            position++;
          }
        }
        if (position >= length && !final) return recordStart;
        if (fieldCount < this.starts.length) {
          this.starts[fieldCount] = fieldStart;
          this.ends[fieldCount] = position > fieldStart && bytes[position - 1] === RETURN ? position - 1 : position;
        } else {
          regular = false;
        }
        fieldCount++;
        if (position >= length) {
          complete = true;
          break;
        }
        const code = bytes[position++]!;
        if (code === NEWLINE) {
          newlines++;
          complete = true;
          break;
        }
      }
      if (!complete) return recordStart;
      this.line += newlines;
      if (fieldCount === 1 && this.ends[0]! === this.starts[0]!) continue;
      if (!this.decoder) {
        this.readHeader(bytes, recordStart, position, recordLine);
      } else if (!regular || fieldCount !== this.headerLength || !this.fastRow(bytes)) {
        this.slowRow(bytes, recordStart, position, recordLine);
      }
    }
    return length;
  }

  /** Parses one record's bytes with `CsvParser`, placing it at `line`. */
  private parseRecord(bytes: Uint8Array, start: number, end: number, line: number): CsvRecord | undefined {
    const text = this.textDecoder.decode(bytes.subarray(start, end));
    const parsed = parseCsv(this.file, text, this.decoder ? this.delimiter : undefined);
    for (const diagnostic of parsed.diagnostics) {
      const shift = (position: { line: number; column: number }) => ({ line: position.line + line - 1, column: position.column });
      this.parserDiagnostics.push({ ...diagnostic, range: { start: shift(diagnostic.range.start), end: shift(diagnostic.range.end) } });
    }
    if (!this.decoder) this.delimiter = parsed.delimiter;
    const record = parsed.records[0];
    return record ? { ...record, line: record.line + line - 1 } : undefined;
  }

  private readHeader(bytes: Uint8Array, start: number, end: number, line: number): void {
    const record = this.parseRecord(bytes, start, end, line);
    if (!record) return;
    this.delimiterCode = this.delimiter.charCodeAt(0);
    this.decoder = new ResponseDecoder(this.file, this.unit, { scaleMin: this.options.scaleMin, scaleMax: this.options.scaleMax, delimiter: this.delimiter });
    this.decoder.header(record);
    this.headerLength = record.fields.length;
    if (this.headerLength > this.starts.length) {
      this.starts = new Int32Array(this.headerLength + 1);
      this.ends = new Int32Array(this.headerLength + 1);
    }
    const names = record.fields.map((name) => name.trim());
    const indexOf = (name: string): number => names.indexOf(name);
    this.scoreFields = this.unit.unsur.map((unsur) => indexOf(unsur.code));
    this.serviceField = indexOf('service');
    this.timeField = indexOf('time');
    this.profileFields = this.accumulator.profileKeys.map((key) => indexOf(key));
  }

  /** The fast lane; false when the row needs the full decoder (nothing has been counted then). */
  private fastRow(bytes: Uint8Array): boolean {
    const { scaleMin, scaleMax } = this.options;
    const scores = this.scores;
    for (let index = 0; index < this.scoreFields.length; index++) {
      const field = this.scoreFields[index]!;
      if (field < 0) return false;
      let start = this.starts[field]!;
      let end = this.ends[field]!;
      while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
      while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
      if (end - start !== 1) return false;
      const value = bytes[start]! - DIGIT_ZERO;
      if (value < scaleMin || value > scaleMax) return false;
      scores[index] = value;
    }
    this.rows++;
    this.accumulator.addScores(scores, this.text(bytes, this.serviceField));
    for (let index = 0; index < this.profileFields.length; index++) this.accumulator.countProfile(index, this.text(bytes, this.profileFields[index]!));
    this.accumulator.countTime(this.text(bytes, this.timeField));
    return true;
  }

  private text(bytes: Uint8Array, field: number): string | undefined {
    if (field < 0) return undefined;
    const start = this.starts[field]!;
    const end = this.ends[field]!;
    if (start === end) return undefined;
    const value = this.interner.get(bytes, start, end);
    return value === '' ? undefined : value;
  }

  private slowRow(bytes: Uint8Array, start: number, end: number, line: number): void {
    const record = this.parseRecord(bytes, start, end, line);
    if (!record || !this.decoder) return;
    this.rows++;
    this.accumulator.add(this.decoder.decode(record, this.rows));
  }
}
