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
import { histogramFits } from './accumulate';
import type { PeriodAccumulator, ScoreAccumulator } from './accumulate';

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

/**
 * Short byte strings → small integer ids of their decoded, trimmed text, without a new string per
 * cell. After `MAX_INTERNED` distinct values it stops remembering and returns -1.
 */
class Interner {
  /** Ids of values of 0, 1 or 2 bytes, indexed directly by their bytes; -1 = not seen yet. */
  private readonly short = new Int32Array(1 + 256 + 65536).fill(-1);
  /** Open-addressing table of ids for longer values, keyed by an FNV-1a hash; -1 = empty. */
  private readonly slots = new Int32Array(MAX_INTERNED * 2).fill(-1);
  private readonly stored: Uint8Array[] = [];
  readonly values: string[] = [];

  constructor(private readonly decoder: BytesDecoder) {}

  id(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length <= 2) {
      const key = length === 0 ? 0 : length === 1 ? 1 + bytes[start]! : 257 + ((bytes[start]! << 8) | bytes[start + 1]!);
      const known = this.short[key]!;
      if (known >= 0) return known;
      const id = this.add(bytes, start, end);
      if (id >= 0) this.short[key] = id;
      return id;
    }
    let hash = 0x811c9dc5 ^ length;
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (sameBytes(this.stored[id]!, bytes, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(bytes, start, end);
    if (id >= 0) this.slots[slot] = id;
    return id;
  }

  private add(bytes: Uint8Array, start: number, end: number): number {
    if (this.values.length >= MAX_INTERNED) return -1;
    this.stored.push(copyOf(bytes, start, end));
    this.values.push(this.decode(bytes, start, end));
    return this.values.length - 1;
  }

  decode(bytes: Uint8Array, start: number, end: number): string {
    return this.decoder.decode(bytes.subarray(start, end)).trim();
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
  /** Text fields counted in the fast lane: the time slot first, then the profile keys. */
  private textFields: number[] = [];
  private textCounts: number[][] = [];
  /** Per text field, per intern id: score totals of complete fast-lane rows (profile fields only). */
  private textTotals: Float64Array[][] = [];
  /** Service accumulator per intern id (null = no service). */
  private readonly services: (ScoreAccumulator | null)[] = [];
  private width = 0;
  private useHistogram = false;
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
    this.flushTextCounts();
    this.accumulator.settle();
  }

  /** Every diagnostic so far; call after `end()`. */
  finish(): Diagnostic[] {
    const diagnostics = [...this.parserDiagnostics];
    if (this.delimiter === ';' && this.decoder)
      diagnostics.push({
        code: 'csv.semicolon',
        severity: 'warning',
        message: t('csv.semicolon'),
        file: this.file,
        range: pointRange(0, 0),
      });
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
    let nextQuote = -2;
    while (position < length) {
      const recordStart = position;
      const recordLine = this.line;
      if (this.decoder) {
        // Fast split: a whole line without a quote, found with native searches.
        const lineEnd = bytes.indexOf(NEWLINE, position);
        if (lineEnd === -1 && !final) return recordStart;
        const end = lineEnd === -1 ? length : lineEnd;
        if (nextQuote !== -1 && nextQuote < position) nextQuote = bytes.indexOf(QUOTE, position);
        if (nextQuote === -1 || nextQuote >= end) {
          const fieldCount = this.split(bytes, position, end);
          position = lineEnd === -1 ? length : lineEnd + 1;
          if (lineEnd !== -1) this.line++;
          if (fieldCount === 1 && this.ends[0]! === this.starts[0]!) continue;
          if (fieldCount !== this.headerLength || !this.fastRow(bytes)) this.slowRow(bytes, recordStart, position, recordLine);
          continue;
        }
      }
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
    this.decoder = new ResponseDecoder(this.file, this.unit, {
      scaleMin: this.options.scaleMin,
      scaleMax: this.options.scaleMax,
      delimiter: this.delimiter,
    });
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
    this.textFields = [this.timeField, ...this.profileFields];
    this.textCounts = this.textFields.map(() => []);
    this.textTotals = this.textFields.map(() => []);
    this.width = this.options.scaleMax - this.options.scaleMin + 1;
    this.useHistogram = this.options.scaleMin >= 0 && this.options.scaleMax <= 9 && histogramFits(this.width, this.unit.unsur.length);
  }

  /** Splits [start, end) on the delimiter into `starts`/`ends` (trailing CR dropped); returns the field count. */
  private split(bytes: Uint8Array, start: number, end: number): number {
    const delimiter = this.delimiterCode;
    const starts = this.starts;
    const ends = this.ends;
    const capacity = starts.length;
    let fieldCount = 0;
    let fieldStart = start;
    for (let position = start; position < end; position++) {
      if (bytes[position] !== delimiter) continue;
      if (fieldCount < capacity) {
        starts[fieldCount] = fieldStart;
        ends[fieldCount] = position;
      }
      fieldCount++;
      fieldStart = position + 1;
    }
    if (fieldCount < capacity) {
      starts[fieldCount] = fieldStart;
      ends[fieldCount] = end > fieldStart && bytes[end - 1] === RETURN ? end - 1 : end;
    }
    return fieldCount + 1;
  }

  /** The fast lane; false when the row needs the full decoder (nothing has been counted then). */
  private fastRow(bytes: Uint8Array): boolean {
    const { scaleMin, scaleMax } = this.options;
    const width = this.width;
    let code = 0;
    let place = 1;
    for (let index = 0; index < this.scoreFields.length; index++) {
      const field = this.scoreFields[index]!;
      if (field < 0) return false;
      let start = this.starts[field]!;
      let end = this.ends[field]!;
      if (end - start !== 1) {
        while (start < end && (bytes[start] === SPACE || bytes[start] === TAB)) start++;
        while (end > start && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
        if (end - start !== 1) return false;
      }
      const value = bytes[start]! - DIGIT_ZERO;
      if (value < scaleMin || value > scaleMax) return false;
      this.scores[index] = value;
      code += (value - scaleMin) * place;
      place *= width;
    }
    this.rows++;
    const serviceId = this.textId(bytes, this.serviceField);
    const service = serviceId < 0 ? this.serviceByText(bytes, this.serviceField) : this.serviceById(serviceId);
    if (this.useHistogram) {
      this.accumulator.pooled.addComplete(code, width, scaleMin);
      if (service) service.addComplete(code, width, scaleMin);
      else this.accumulator.withoutService++;
    } else {
      this.accumulator.pooled.add(this.scores);
      if (service) service.add(this.scores);
      else this.accumulator.withoutService++;
    }
    for (let index = 0; index < this.textFields.length; index++) {
      const field = this.textFields[index]!;
      const id = this.textId(bytes, field);
      if (id >= 0) {
        const counts = this.textCounts[index]!;
        counts[id] = (counts[id] ?? 0) + 1;
        if (index > 0) {
          const groups = this.textTotals[index]!;
          let totals = groups[id];
          if (totals === undefined) {
            totals = new Float64Array(this.scores.length);
            groups[id] = totals;
          }
          for (let unsur = 0; unsur < totals.length; unsur++) totals[unsur]! += this.scores[unsur]!;
        }
      } else {
        const start = this.starts[field]!;
        const value = field < 0 ? undefined : this.interner.decode(bytes, start, this.ends[field]!);
        this.accumulator.countProfileValue(index === 0 ? -1 : index - 1, value, 1);
        if (index > 0 && value) {
          const sums = this.accumulator.group(index - 1, value);
          sums.respondents++;
          for (let unsur = 0; unsur < this.scores.length; unsur++) {
            sums.answered[unsur]! += 1;
            sums.total[unsur]! += this.scores[unsur]!;
          }
        }
      }
    }
    return true;
  }

  /** Intern id of a field's text; -2 for an absent column, -1 when the interner is full. */
  private textId(bytes: Uint8Array, field: number): number {
    if (field < 0) return -2;
    return this.interner.id(bytes, this.starts[field]!, this.ends[field]!);
  }

  private serviceById(id: number): ScoreAccumulator | undefined {
    if (id < 0) return undefined;
    let service = this.services[id];
    if (service === undefined) {
      const code = this.interner.values[id] ?? '';
      service = code === '' ? null : this.accumulator.service(code);
      this.services[id] = service;
    }
    return service ?? undefined;
  }

  private serviceByText(bytes: Uint8Array, field: number): ScoreAccumulator | undefined {
    if (field < 0) return undefined;
    const code = this.interner.decode(bytes, this.starts[field]!, this.ends[field]!);
    return code === '' ? undefined : this.accumulator.service(code);
  }

  /** Moves the interned text counts into the accumulator. */
  private flushTextCounts(): void {
    this.textCounts.forEach((counts, index) => {
      counts.forEach((times, id) => {
        if (times === 0) return;
        const value = this.interner.values[id];
        this.accumulator.countProfileValue(index === 0 ? -1 : index - 1, value, times);
        const totals = this.textTotals[index]?.[id];
        if (index === 0 || !value || !totals) return;
        const sums = this.accumulator.group(index - 1, value);
        sums.respondents += times;
        for (let unsur = 0; unsur < totals.length; unsur++) {
          sums.answered[unsur]! += times;
          sums.total[unsur]! += totals[unsur]!;
        }
      });
      counts.length = 0;
      if (this.textTotals[index]) this.textTotals[index].length = 0;
    });
  }

  private slowRow(bytes: Uint8Array, start: number, end: number, line: number): void {
    const record = this.parseRecord(bytes, start, end, line);
    if (!record || !this.decoder) return;
    this.rows++;
    this.accumulator.add(this.decoder.decode(record, this.rows));
  }
}
