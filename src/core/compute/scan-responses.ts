/**
 * The one reader of responses CSV bytes for `skm compute` and `skm lint`, for files of any size.
 * It splits records exactly as `CsvParser` does (a quote is special only at the start of a field;
 * a record ends at a newline outside quotes; empty lines are skipped; a trailing CR is dropped)
 * and, in the same single pass over the bytes, reads the score digits and marks the few text
 * fields it needs (service, time, profile, id, date), which it interns instead of allocating a
 * string per cell. A quoted field in a column nobody reads (the free-text `saran`) stays on this
 * fast lane.
 *
 * Only a truly irregular row leaves it: a field count other than the header's, a missing or
 * invalid score, a quoted score/text field, an unclosed quote. That row is decoded and handed to
 * the same `CsvParser` + `ResponseDecoder` as the in-memory loader, so its diagnostics (row and
 * column), exclusions and values are exactly the loader's. With `checks`, the row-level lint
 * rules run on every row (`RowChecks`).
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import type { Unit } from '../model/types';
import { ResponseDecoder } from '../load/response-decoder';
import { parseCsv } from '../parse/csv-parser';
import type { CsvRecord, Delimiter } from '../parse/csv-parser';
import type { RowChecks, RowText } from '../lint/row-checks';
import { CheckBatch, firstLineOf } from './check-batch';
import { DATE_INVALID, DATE_OUTSIDE, idHash1, idHash2 } from '../lint/row-checks';
import { t } from '../text/messages';
import { histogramFits } from './accumulate';
import type { PeriodAccumulator, ScoreAccumulator } from './accumulate';
import { copyOf, Interner, MAX_INTERNED } from './interner';
import type { BytesDecoder } from './interner';
import { normaliseDate } from '../load/dates';
import { ContentHasher, profileKey, saranBytesHash, saranKey, TEXT_HASH, textHash } from '../lint/content-key';
import { MAX_CSV_FIELD_LENGTH, MAX_CSV_RECORD_LENGTH, skippedRecord } from '../parse/csv-limits';
import { ValueGroups } from './value-groups';
import { EVENT_HEAD, EVENT_SLOW, ScanKernel } from './scan-kernel';
import type { KernelHistogram, ScanKernelFactory } from './scan-kernel';

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const DIGIT_ZERO = 48;
/** Services whose rows are counted by histogram; further ones add their scores directly. */
const HISTOGRAM_SERVICES = 32;

/** What the fast lane does with a field. */
const IGNORE = 0;
const SCORE = 1;
const TEXT = 2;
/** Free text read only for the content hash (the saran): its bounds are kept, a quote stays on the fast lane. */
const FREE = 3;

/**
 * Bytes of one unfinished record after which a streaming reader gives it up (`skipRecord`): a
 * UTF-16 code unit takes at most 3 bytes of UTF-8, so the record is surely past
 * `MAX_CSV_RECORD_LENGTH` characters — the cap `CsvParser` holds every record to.
 */
export const RECORD_BYTE_CAP = 3 * MAX_CSV_RECORD_LENGTH;

export interface ScannerOptions {
  scaleMin: number;
  scaleMax: number;
  /** Text encoding of the bytes; default utf-8. */
  encoding?: 'utf-8' | 'windows-1252';
  /** Row-level lint checks to run on every row. */
  checks?: RowChecks;
  /**
   * The WebAssembly kernel for the fast lane of `skm compute` (without `checks`): it splits the
   * records, reads the scores and interns the text slots; JavaScript counts its rows. Without it
   * (or where it returns nothing) the JavaScript lane reads every record — the reference.
   */
  kernel?: ScanKernelFactory;
}

export class ResponseScanner {
  /** Data rows read (header excluded). */
  rows = 0;
  private carry: Uint8Array = new Uint8Array(0);
  private line = 1;
  /** Line where a record past `RECORD_BYTE_CAP` started, while its rest is skipped (0 = not skipping). */
  private skippingFrom = 0;
  private started = false;
  private decoder: ResponseDecoder | undefined;
  private delimiter: Delimiter = ',';
  private delimiterCode = 44;
  private headerLength = 0;
  private readonly parserDiagnostics: Diagnostic[] = [];
  private readonly textDecoder: BytesDecoder;
  /** One interner per text slot, so each slot's ids are dense. */
  private interners: Interner[] = [];
  private readonly checks: RowChecks | undefined;
  /** Per header field: IGNORE, SCORE, TEXT or FREE; and the unsur index or text slot. */
  private kinds = new Uint8Array(0);
  private targets = new Int32Array(0);
  /** Per header field: how many score columns follow in a row from it (itself included). */
  private runs = new Int32Array(0);
  /** Bounds of each text slot's field in the current row. */
  private slotStarts = new Int32Array(0);
  private slotEnds = new Int32Array(0);
  /** Each slot's intern id in the current fast-lane row (-1 when its interner is full). */
  private slotIds = new Int32Array(0);
  /** The slots looked up in every fast-lane row (all but a lint-only id). */
  private internedSlots = new Int32Array(0);
  private serviceSlot = -1;
  private idSlot = -1;
  private dateSlot = -1;
  /** The saran's slot (a FREE field), read for the content hash; -1 = absent or not linting. */
  private saranSlot = -1;
  private readonly hasher = new ContentHasher();
  /** Per slot, per intern id: the `textHash` pair of its text as the content hash reads it (a profile value as `profileKey`, a date decoded). */
  private fieldHashes: (number[] | undefined)[] = [];
  /** Per intern id of the date slot: the decoded date. */
  private readonly dateTexts: string[] = [];
  /** Text slots counted in the fast lane: the time slot first, then the profile keys (-1 = absent). */
  private countedSlots: number[] = [];
  /** Per counted slot: rows (and, for the profile slots, score totals) per intern id of complete fast-lane rows. */
  private groups: ValueGroups[] = [];
  /** The current row's score code cut into the parts `ValueGroups` counts. */
  private partCodes = new Int32Array(0);
  /** Service accumulator per intern id (null = no service), and whether it counts by histogram. */
  private readonly services: (ScoreAccumulator | null)[] = [];
  private readonly serviceHistogram: boolean[] = [];
  private histogramServices = 0;
  /** Date verdict per intern id of a date field (-1 = not yet known). */
  private readonly dateVerdicts = new Int8Array(MAX_INTERNED).fill(-1);
  /** The slot of each of the decoder's value checks (-1 = column absent), and its verdict per intern id (-1 = not yet known, 0 = passes, 1 = fails). */
  private valueSlots: number[] = [];
  private valueVerdicts: Int8Array[] = [];
  /** Every row takes the general path (an unsur column is missing). */
  private allSlow = false;
  private width = 0;
  private useHistogram = false;
  private places: number[] = [];
  private readonly scores: (number | null)[];
  /** Fast-lane rows whose id and content keys wait for `RowChecks`' tables (lint only). */
  private readonly batch: CheckBatch | undefined;
  /** The current fast-lane row's id and first line, for its date findings. */
  private readonly rowText: RowText & { bytes: Uint8Array; start: number; end: number };
  /** The WebAssembly fast lane, when given and the header allows it. */
  private kernel: ScanKernel | undefined;
  /** Rows the kernel counted itself. */
  private kernelRows = 0;
  /** Whether the WebAssembly lane read this file's records. */
  private kernelUsed = false;
  /** Per value check: its index among the kernel's (-1 = its column is absent). */
  private kernelChecks = new Int32Array(0);

  constructor(
    private readonly file: string,
    private readonly unit: Unit,
    private readonly accumulator: PeriodAccumulator,
    private readonly options: ScannerOptions,
  ) {
    this.textDecoder = new TextDecoder(options.encoding ?? 'utf-8');
    this.scores = unit.unsur.map(() => null);
    this.checks = options.checks;
    this.batch = options.checks ? new CheckBatch(options.checks, this.textDecoder) : undefined;
    const rowText = {
      bytes: new Uint8Array(0),
      start: 0,
      end: 0,
      id: (): string => this.idText(rowText.bytes),
      firstLine: (): string => firstLineOf(this.textDecoder, rowText.bytes, rowText.start, rowText.end),
    };
    this.rowText = rowText;
  }

  /** Rows the WebAssembly kernel counted itself (the rest of `rows` were counted in JavaScript). */
  get kernelCounted(): number {
    return this.kernelRows;
  }

  /** The lane that read the records: the WebAssembly kernel or JavaScript (the reference). */
  get lane(): 'wasm' | 'js' {
    return this.kernelUsed ? 'wasm' : 'js';
  }

  get detectedDelimiter(): Delimiter | undefined {
    return this.decoder ? this.delimiter : undefined;
  }

  /** Excluded answers per unsur code. */
  get excluded(): Record<string, number> {
    return this.decoder ? { ...this.decoder.excluded } : {};
  }

  /** Feeds a chunk; keeps (a copy of) an unfinished record for the next one. */
  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.carry.length > 0) {
      const joined = new Uint8Array(this.carry.length + bytes.length);
      joined.set(this.carry, 0);
      joined.set(bytes, this.carry.length);
      bytes = joined;
    }
    const consumed = this.consume(bytes, false);
    this.carry = copyOf(bytes, consumed, bytes.length);
  }

  /**
   * Reads every complete record of `bytes` (every record when `final`); returns how many bytes
   * were consumed — the caller keeps the rest and passes it again, followed by more bytes.
   * Nothing read is kept by reference, so the caller may reuse its buffer.
   */
  consume(bytes: Uint8Array, final: boolean): number {
    let start = 0;
    if (!this.started) {
      if (bytes.length < 3 && !final) return 0;
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    if (this.skippingFrom > 0) {
      const newline = bytes.indexOf(NEWLINE, start);
      if (newline === -1) {
        if (!final) return utf8Boundary(bytes, start);
        this.stopSkipping();
        return bytes.length;
      }
      this.stopSkipping();
      this.line++;
      start = newline + 1;
    }
    const consumed = this.scan(bytes, start, final);
    // The caller may reuse `bytes`: every queued row is looked up before it can.
    this.batch?.flush();
    return consumed;
  }

  /**
   * The unfinished record at the start of `bytes` has passed `RECORD_BYTE_CAP` (so it is longer
   * than `MAX_CSV_RECORD_LENGTH` characters): it is given up as `CsvParser` gives one up — from
   * its line to the first line break after its first `MAX_CSV_RECORD_LENGTH` characters — and
   * reported once with its extent. Returns how many bytes to drop (its first
   * `MAX_CSV_RECORD_LENGTH` characters); the caller passes the rest on.
   */
  skipRecord(bytes: Uint8Array): number {
    const cut = this.unitsEnd(bytes, MAX_CSV_RECORD_LENGTH);
    this.started = true;
    this.skippingFrom = this.line;
    this.line += countNewlines(bytes, 0, cut);
    return cut;
  }

  /** The byte offset after `units` UTF-16 code units of text (as `CsvParser` counts characters), or the end. */
  private unitsEnd(bytes: Uint8Array, units: number): number {
    if (this.options.encoding === 'windows-1252') return Math.min(units, bytes.length);
    let offset = 0;
    let counted = 0;
    while (offset < bytes.length && counted < units) {
      const byte = bytes[offset]!;
      const size = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      counted += size === 4 ? 2 : 1;
      offset = Math.min(bytes.length, offset + size);
    }
    return offset;
  }

  private stopSkipping(): void {
    const from = this.skippingFrom;
    this.skippingFrom = 0;
    this.parserDiagnostics.push(skippedRecord(this.file, from, this.line - from));
  }

  end(): void {
    if (this.carry.length > 0 || !this.started || this.skippingFrom > 0) this.consume(this.carry, true);
    this.carry = new Uint8Array(0);
    this.flushKernel();
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
    if (this.checks) diagnostics.push(...this.checks.finish());
    return diagnostics;
  }

  /** Reads every complete record of `bytes` from `position`; returns the offset of the first unread one. */
  private scan(bytes: Uint8Array, from: number, final: boolean): number {
    const length = bytes.length;
    // Records that start at or before the last newline end at or before it: their unquoted
    // fields are read without checking for the end of the bytes.
    const lastNewline = bytes.lastIndexOf(NEWLINE);
    let position = from;
    while (position < length) {
      if (!this.decoder) {
        const end = this.recordEnd(bytes, position, final);
        if (end < 0) return position;
        const line = this.line;
        this.line += countNewlines(bytes, position, end);
        if (!isBlank(bytes, position, end)) this.readHeader(bytes, position, end, line);
        position = end;
        continue;
      }
      if (this.kernel) return this.kernelScan(bytes, position, final);
      const end = position <= lastNewline ? this.linedRecord(bytes, position, lastNewline, final) : this.fastRecord(bytes, position, final);
      if (end === -1) return position;
      position = end;
    }
    return length;
  }

  /**
   * One record on the fast lane, from `start`: returns the offset after it, or -1 when the bytes
   * end before it does (and more may come).
   */
  private fastRecord(bytes: Uint8Array, start: number, final: boolean): number {
    const length = bytes.length;
    const delimiter = this.delimiterCode;
    const kinds = this.kinds;
    const targets = this.targets;
    const headerLength = this.headerLength;
    const { scaleMin, scaleMax } = this.options;
    const places = this.places;
    const scores = this.scores;
    const runs = this.runs;
    let regular = !this.allSlow;
    let newlines = 0;
    let field = 0;
    let fieldStart = start;
    let code = 0;
    let position = start;
    for (;;) {
      let byte = -1;
      if (position < length) byte = bytes[position]!;
      else if (!final) return -1;
      if (byte === delimiter || byte === NEWLINE || byte === -1) {
        if (regular) {
          if (field >= headerLength) {
            regular = false;
          } else {
            const kind = kinds[field]!;
            if (kind !== IGNORE) {
              let end = position;
              if (end > fieldStart && bytes[end - 1] === RETURN) end--;
              if (kind === SCORE) {
                let first = fieldStart;
                if (end - first !== 1) {
                  while (first < end && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
                  while (end > first && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
                }
                const value = bytes[first]! - DIGIT_ZERO;
                if (end - first !== 1 || value < scaleMin || value > scaleMax) {
                  regular = false;
                } else {
                  const unsur = targets[field]!;
                  scores[unsur] = value;
                  code += (value - scaleMin) * places[unsur]!;
                }
              } else {
                const slot = targets[field]!;
                this.slotStarts[slot] = fieldStart;
                this.slotEnds[slot] = end;
              }
            }
          }
        }
        field++;
        if (byte !== delimiter) {
          if (byte === NEWLINE) {
            newlines++;
            position++;
          }
          break;
        }
        position++;
        fieldStart = position;
        const run = regular && field < headerLength ? runs[field]! : 0;
        if (run > 1 && position + 2 * run <= length) {
          // A run of score columns written the usual way, `d,d,…,d,`: read it in one go; on
          // anything else, the loop reads the same bytes field by field.
          let runCode = 0;
          let offset = 0;
          for (; offset < run; offset++) {
            const value = bytes[position + 2 * offset]! - DIGIT_ZERO;
            if (value < scaleMin || value > scaleMax || bytes[position + 2 * offset + 1] !== delimiter) break;
            const unsur = targets[field + offset]!;
            scores[unsur] = value;
            runCode += (value - scaleMin) * places[unsur]!;
          }
          if (offset === run) {
            code += runCode;
            field += run;
            position += 2 * run;
            fieldStart = position;
          }
        }
        continue;
      }
      if (byte === QUOTE && position === fieldStart) {
        // A quoted field: find its closing quote ("" is an escaped quote) and count its newlines.
        if (field >= headerLength || (kinds[field] !== IGNORE && kinds[field] !== FREE)) regular = false;
        let cursor = position + 1;
        let closed = false;
        while (cursor < length) {
          const next = bytes[cursor]!;
          if (next === QUOTE) {
            if (cursor + 1 >= length && !final) return -1;
            if (bytes[cursor + 1] === QUOTE) {
              cursor += 2;
              continue;
            }
            cursor++;
            closed = true;
            break;
          }
          if (next === NEWLINE) newlines++;
          cursor++;
        }
        if (!closed) {
          if (!final) return -1;
          // An unclosed quote runs to the end of the input: the general parser reports it.
          const line = this.line;
          this.line += newlines;
          this.slowRecord(bytes, start, length, line);
          return length;
        }
        position = cursor;
        continue;
      }
      position++;
    }
    return this.endRecord(bytes, start, position, field, regular, newlines, code);
  }

  /**
   * `fastRecord` for a record that starts at or before `lastNewline`: the same reading, but an
   * unquoted field is scanned by a tight loop that needs no end-of-bytes check (a newline comes
   * first). A quoted field that closes after `lastNewline` hands the record to `fastRecord`.
   */
  private linedRecord(bytes: Uint8Array, start: number, lastNewline: number, final: boolean): number {
    const length = bytes.length;
    const delimiter = this.delimiterCode;
    const kinds = this.kinds;
    const targets = this.targets;
    const headerLength = this.headerLength;
    const { scaleMin, scaleMax } = this.options;
    const places = this.places;
    const scores = this.scores;
    const runs = this.runs;
    const slotStarts = this.slotStarts;
    const slotEnds = this.slotEnds;
    let regular = !this.allSlow;
    let newlines = 0;
    let field = 0;
    let code = 0;
    let position = start;
    for (;;) {
      const fieldStart = position;
      let byte = bytes[position]!;
      if (byte === QUOTE) {
        // A quoted field: find its closing quote ("" is an escaped quote) and count its newlines.
        if (field >= headerLength || (kinds[field] !== IGNORE && kinds[field] !== FREE)) regular = false;
        let cursor = position + 1;
        for (;;) {
          if (cursor >= length) return this.fastRecord(bytes, start, final);
          const next = bytes[cursor]!;
          if (next === QUOTE) {
            if (bytes[cursor + 1] === QUOTE) {
              cursor += 2;
              continue;
            }
            cursor++;
            break;
          }
          if (next === NEWLINE) newlines++;
          cursor++;
        }
        // Past the last newline (or at the end): the bounded reader takes the whole record.
        if (cursor > lastNewline) return this.fastRecord(bytes, start, final);
        position = cursor;
        byte = bytes[position]!;
      }
      while (byte !== delimiter && byte !== NEWLINE) byte = bytes[++position]!;
      if (regular) {
        if (field >= headerLength) {
          regular = false;
        } else {
          const kind = kinds[field]!;
          if (kind !== IGNORE) {
            let end = position;
            if (end > fieldStart && bytes[end - 1] === RETURN) end--;
            if (kind === SCORE) {
              let first = fieldStart;
              if (end - first !== 1) {
                while (first < end && (bytes[first] === SPACE || bytes[first] === TAB)) first++;
                while (end > first && (bytes[end - 1] === SPACE || bytes[end - 1] === TAB)) end--;
              }
              const value = bytes[first]! - DIGIT_ZERO;
              if (end - first !== 1 || value < scaleMin || value > scaleMax) {
                regular = false;
              } else {
                const unsur = targets[field]!;
                scores[unsur] = value;
                code += (value - scaleMin) * places[unsur]!;
              }
            } else {
              const slot = targets[field]!;
              slotStarts[slot] = fieldStart;
              slotEnds[slot] = end;
            }
          }
        }
      }
      field++;
      position++;
      if (byte === NEWLINE) {
        newlines++;
        break;
      }
      const run = regular && field < headerLength ? runs[field]! : 0;
      if (run > 1) {
        // A run of score columns written the usual way, `d,d,…,d,`: read it in one go; on
        // anything else, the loop reads the same bytes field by field.
        let runCode = 0;
        let offset = 0;
        for (; offset < run; offset++) {
          const at = position + 2 * offset;
          if (at + 1 > lastNewline) break;
          const value = bytes[at]! - DIGIT_ZERO;
          if (value < scaleMin || value > scaleMax || bytes[at + 1] !== delimiter) break;
          const unsur = targets[field + offset]!;
          scores[unsur] = value;
          runCode += (value - scaleMin) * places[unsur]!;
        }
        if (offset === run) {
          code += runCode;
          field += run;
          position += 2 * run;
        }
      }
    }
    return this.endRecord(bytes, start, position, field, regular, newlines, code);
  }

  /** After a record's bytes [start, end) were read: counts it (fast lane) or hands it to the general parser. */
  private endRecord(
    bytes: Uint8Array,
    start: number,
    end: number,
    fields: number,
    regular: boolean,
    newlines: number,
    code: number,
  ): number {
    const line = this.line;
    this.line += newlines;
    if (fields === 1 && isBlank(bytes, start, end)) return end;
    // A record of more than a field's cap in bytes may hold a field past it: the general parser checks the caps.
    if (!regular || fields !== this.headerLength || end - start > MAX_CSV_FIELD_LENGTH) {
      this.slowRecord(bytes, start, end, line);
      return end;
    }
    this.rows++;
    this.internRow(bytes);
    this.count(bytes, code);
    if (this.valueSlots.length > 0) this.checkValues(bytes, start, line);
    if (this.checks) this.check(bytes, start, end, line);
    return end;
  }

  /** The end of the record at `start` (quote-aware), or -1 when the bytes end first and more may come. */
  private recordEnd(bytes: Uint8Array, start: number, final: boolean): number {
    const length = bytes.length;
    const delimiter = this.decoder ? this.delimiterCode : -1;
    let position = start;
    let fieldStart = start;
    while (position < length) {
      const byte = bytes[position]!;
      if (byte === NEWLINE) return position + 1;
      if (byte === delimiter) fieldStart = position + 1;
      else if (byte === QUOTE && position === fieldStart) {
        let cursor = position + 1;
        for (;;) {
          if (cursor >= length) return final ? length : -1;
          if (bytes[cursor] === QUOTE) {
            if (cursor + 1 >= length && !final) return -1;
            if (bytes[cursor + 1] === QUOTE) {
              cursor += 2;
              continue;
            }
            break;
          }
          cursor++;
        }
        position = cursor;
      }
      position++;
    }
    return final ? length : -1;
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
    const names = record.fields.map((name) => name.trim());
    const fieldOf = (name: string): number => names.indexOf(name);
    this.kinds = new Uint8Array(this.headerLength);
    this.targets = new Int32Array(this.headerLength).fill(-1);
    this.unit.unsur.forEach((unsur, index) => {
      const field = fieldOf(unsur.code);
      if (field < 0) this.allSlow = true;
      else if (this.kinds[field] === IGNORE) {
        this.kinds[field] = SCORE;
        this.targets[field] = index;
      } else this.allSlow = true;
    });
    let slots = 0;
    const slotOf = (name: string): number => {
      const field = fieldOf(name);
      if (field < 0) return -1;
      if (this.kinds[field] === SCORE) {
        // A column that is both a score and a text (a profile key named like an unsur): general path.
        this.allSlow = true;
        return -1;
      }
      if (this.kinds[field] === IGNORE) {
        this.kinds[field] = TEXT;
        this.targets[field] = slots++;
      }
      return this.targets[field]!;
    };
    this.serviceSlot = slotOf('service');
    this.countedSlots = [slotOf('time'), ...this.accumulator.profileKeys.map((key) => slotOf(key))];
    if (this.checks) {
      this.idSlot = slotOf('id');
      this.dateSlot = slotOf('date');
      const saran = fieldOf('saran');
      if (saran >= 0 && this.kinds[saran] === IGNORE) {
        this.kinds[saran] = FREE;
        this.targets[saran] = slots;
        this.saranSlot = slots++;
      } else if (saran >= 0 && this.kinds[saran] === TEXT) this.saranSlot = this.targets[saran]!;
      // A saran column that is also an unsur's: the general path reads it.
      else if (saran >= 0) this.allSlow = true;
    }
    // The value rules (closed lists, ages, dates) run on every row: their columns are read too.
    this.valueSlots = this.decoder.valueCheckColumns.map((column) => slotOf(column));
    this.valueVerdicts = this.valueSlots.map(() => new Int8Array(MAX_INTERNED).fill(-1));
    this.slotStarts = new Int32Array(slots);
    this.slotEnds = new Int32Array(slots);
    this.slotIds = new Int32Array(slots).fill(-1);
    this.interners = Array.from({ length: slots }, () => new Interner(this.textDecoder));
    // A column read in two roles (a profile key named `time`, say) is hashed without the cache.
    const roles = [this.dateSlot, this.serviceSlot, ...this.countedSlots].filter((slot) => slot >= 0);
    this.fieldHashes = Array.from({ length: slots }, (_, slot) => (roles.filter((role) => role === slot).length > 1 ? undefined : []));
    const interned = new Set([this.serviceSlot, this.dateSlot, ...this.countedSlots, ...this.valueSlots]);
    interned.delete(-1);
    this.internedSlots = Int32Array.from([...interned].sort((a, b) => a - b));
    const { scaleMin, scaleMax } = this.options;
    this.width = scaleMax - scaleMin + 1;
    this.groups = this.countedSlots.map((_, index) => new ValueGroups(this.unit.unsur.length, this.width, scaleMin, index > 0));
    this.partCodes = new Int32Array(Math.max(0, ...this.groups.map((groups) => groups.parts)));
    this.useHistogram = scaleMin >= 0 && scaleMax <= 9 && histogramFits(this.width, this.unit.unsur.length);
    // Single-digit scores only: a wider scale takes the general path.
    if (scaleMin < 0 || scaleMax > 9) this.allSlow = true;
    this.places = this.unit.unsur.map((_, index) => this.width ** index);
    this.runs = new Int32Array(this.headerLength);
    for (let field = this.headerLength - 1; field >= 0; field--)
      if (this.kinds[field] === SCORE) this.runs[field] = 1 + (field + 1 < this.headerLength ? this.runs[field + 1]! : 0);
    this.startKernel(slots);
  }

  /**
   * The WebAssembly lane, when given and this header fits it: `skm compute` (no lint checks), the
   * score code an i32 counted by histogram, every slot interned. Otherwise the JavaScript lane
   * reads every record.
   */
  private startKernel(slots: number): void {
    const factory = this.options.kernel;
    const groups = this.groups;
    const fits = this.useHistogram && groups.every((group, index) => index === 0 || group.packed);
    if (!factory || this.checks || this.allSlow || !fits || this.internedSlots.length !== slots) return;
    const exports = factory();
    if (!exports) return;
    this.kernelUsed = true;
    const checks = this.valueSlots.flatMap((slot, index) => (slot >= 0 ? [index] : []));
    this.kernelChecks = Int32Array.from(this.valueSlots, () => -1);
    checks.forEach((check, index) => (this.kernelChecks[check] = index));
    const { scaleMin, scaleMax } = this.options;
    this.kernel = new ScanKernel(exports, {
      kinds: this.kinds,
      targets: this.targets,
      runs: this.runs,
      places: this.places,
      slots,
      delimiter: this.delimiterCode,
      scaleMin,
      scaleMax,
      serviceSlot: this.serviceSlot,
      counted: this.countedSlots,
      strides: groups.map((group) => group.stride),
      parts: groups[1]?.parts ?? 0,
      cells: groups[1]?.cells ?? 1,
      valueSlots: checks.map((check) => this.valueSlots[check]!),
      histogramCells: this.width ** this.unit.unsur.length,
    });
  }

  /**
   * The records of `bytes` from `from` through the WebAssembly kernel, which counts the regular
   * rows itself; its events are handled here in order: an irregular record by `slowRecord`, a
   * regular row that needs JavaScript (a new value, a value check not known to pass, a full
   * interner, a later service) as the JavaScript lane counts it. Returns the offset of the first
   * unread record.
   */
  private kernelScan(bytes: Uint8Array, from: number, final: boolean): number {
    const kernel = this.kernel!;
    kernel.load(bytes, from);
    const length = bytes.length - from;
    const stride = kernel.stride;
    let position = 0;
    for (;;) {
      const count = kernel.scan(length, position, final, this.line);
      const events = kernel.events;
      for (let index = 0, base = 0; index < count; index++, base += stride) {
        this.rows += events[base + 4]!;
        this.kernelRows += events[base + 4]!;
        const start = from + events[base + 1]!;
        const end = from + events[base + 2]!;
        const line = events[base + 3]!;
        if (events[base] === EVENT_SLOW) this.slowRecord(bytes, start, end, line);
        else this.kernelRow(bytes, from, events, base, start, line);
      }
      this.rows += kernel.rowsAfter;
      this.kernelRows += kernel.rowsAfter;
      this.line = kernel.line;
      position = kernel.stopped;
      if (position >= length || kernel.waiting) break;
    }
    return from + position;
  }

  /** A regular row the kernel handed over: counted and checked as the JavaScript lane does; the verdicts learnt go back to the kernel. */
  private kernelRow(bytes: Uint8Array, from: number, events: Int32Array, base: number, start: number, line: number): void {
    const kernel = this.kernel!;
    this.rows++;
    for (let slot = 0, at = base + EVENT_HEAD; slot < this.slotIds.length; slot++, at += 3) {
      const id = events[at]!;
      const first = from + events[at + 1]!;
      const last = from + events[at + 2]!;
      this.slotIds[slot] = id;
      this.slotStarts[slot] = first;
      this.slotEnds[slot] = last;
      const interner = this.interners[slot]!;
      // Ids are given in first-seen order: a new one is the next value.
      if (id === interner.values.length) interner.values.push(interner.decode(bytes, first, last));
    }
    this.count(bytes, events[base + 5]!);
    if (this.valueSlots.length === 0) return;
    this.checkValues(bytes, start, line);
    for (let check = 0; check < this.valueSlots.length; check++) {
      const slot = this.valueSlots[check]!;
      const id = slot < 0 ? -1 : this.slotIds[slot]!;
      const verdict = id < 0 ? -1 : this.valueVerdicts[check]![id]!;
      if (verdict >= 0) kernel.verdict(this.kernelChecks[check]!, id, verdict === 0);
    }
  }

  /** Moves the kernel's counts (histograms, groups) into the accumulator and the groups. */
  private flushKernel(): void {
    const kernel = this.kernel;
    if (!kernel) return;
    const { scaleMin } = this.options;
    const width = this.width;
    const fold = (histogram: KernelHistogram, target: ScoreAccumulator | undefined): void => {
      const { cells, carries } = histogram;
      // Only the codes that counted rows: most of the width ** unsur codes are empty.
      for (let code = kernel.nextCounted(histogram, 0); code >= 0; code = kernel.nextCounted(histogram, code + 1)) {
        const rows = cells[code]! + 256 * carries[code]!;
        if (target) target.addCompleteRows(code, rows, width, scaleMin);
        else this.accumulator.withoutService += rows;
      }
    };
    const { pooled, services } = kernel.histograms();
    fold(pooled, this.accumulator.pooled);
    // A service whose text is blank: its rows count as without a service.
    for (const [id, histogram] of services) fold(histogram, this.serviceById(id));
    // An absent service or counted column: the kernel's rows have none (as `count` adds them).
    if (this.serviceSlot < 0) this.accumulator.withoutService += this.kernelRows;
    this.countedSlots.forEach((slot, index) => {
      if (slot < 0) {
        this.accumulator.countProfileValue(index === 0 ? -1 : index - 1, undefined, this.kernelRows);
        return;
      }
      const ids = this.interners[slot]!.values.length;
      for (let id = 0; id < ids; id++) {
        const counts = kernel.group(index, id);
        if (counts) this.groups[index]!.addCounts(id, counts);
      }
    });
    this.kernel = undefined;
  }

  /** The current fast-lane row's scores: from the kernel, unfolded from its code. */
  private rowScores(code: number): (number | null)[] {
    if (this.kernel) {
      let rest = code;
      for (let unsur = 0; unsur < this.scores.length; unsur++) {
        const digit = rest % this.width;
        this.scores[unsur] = digit + this.options.scaleMin;
        rest = (rest - digit) / this.width;
      }
    }
    return this.scores;
  }

  /** Looks up the intern id of every interned slot of a fast-lane row. */
  private internRow(bytes: Uint8Array): void {
    const slots = this.internedSlots;
    for (let index = 0; index < slots.length; index++) {
      const slot = slots[index]!;
      this.slotIds[slot] = this.interners[slot]!.id(bytes, this.slotStarts[slot]!, this.slotEnds[slot]!);
    }
  }

  /** Counts a complete fast-lane row (its scores are in `scores` or, from the kernel, its `code`; its text fields in the slots, interned). */
  private count(bytes: Uint8Array, code: number): void {
    const { scaleMin } = this.options;
    const width = this.width;
    const serviceId = this.textId(this.serviceSlot);
    const service = serviceId < 0 ? this.serviceByText(bytes, this.serviceSlot) : this.serviceById(serviceId);
    if (this.useHistogram) {
      this.accumulator.pooled.addComplete(code, width, scaleMin);
      // A histogram is large (4⁹ cells): only the first few services get one, the rest add directly.
      if (service && serviceId >= 0 && this.serviceHistogram[serviceId]) service.addComplete(code, width, scaleMin);
      else if (service) service.add(this.rowScores(code));
      else this.accumulator.withoutService++;
    } else {
      const scores = this.rowScores(code);
      this.accumulator.pooled.add(scores);
      if (service) service.add(scores);
      else this.accumulator.withoutService++;
    }
    const counted = this.countedSlots;
    const packed = counted.length > 1 && this.groups[1]!.packed;
    if (packed) this.groups[1]!.splitCode(code, this.partCodes);
    for (let index = 0; index < counted.length; index++) {
      const slot = counted[index]!;
      const id = this.textId(slot);
      if (id >= 0) {
        if (packed || index === 0) this.groups[index]!.add(id, this.partCodes);
        else this.groups[index]!.addScores(id, this.rowScores(code));
      } else {
        const value = slot < 0 ? undefined : this.decodeText(bytes, this.slotStarts[slot]!, this.slotEnds[slot]!);
        this.accumulator.countProfileValue(index === 0 ? -1 : index - 1, value, 1);
        if (index > 0 && value) {
          const sums = this.accumulator.group(index - 1, value);
          const scores = this.rowScores(code);
          sums.respondents++;
          for (let unsur = 0; unsur < scores.length; unsur++) {
            sums.answered[unsur]! += 1;
            sums.total[unsur]! += scores[unsur]!;
          }
        }
      }
    }
  }

  /** The decoder's value checks on a fast-lane row's cells, reported through the decoder as `decode` would. */
  private checkValues(bytes: Uint8Array, recordStart: number, line: number): void {
    const decoder = this.decoder!;
    for (let index = 0; index < this.valueSlots.length; index++) {
      const slot = this.valueSlots[index]!;
      if (slot < 0) continue;
      const start = this.slotStarts[slot]!;
      const end = this.slotEnds[slot]!;
      const id = this.slotIds[slot]!;
      let text: string;
      if (id >= 0) {
        const verdicts = this.valueVerdicts[index]!;
        let verdict = verdicts[id]!;
        if (verdict < 0) {
          const value = this.interners[slot]!.values[id]!;
          verdict = value !== '' && decoder.valueFails(index, value) ? 1 : 0;
          verdicts[id] = verdict;
        }
        if (verdict === 0) continue;
        text = this.interners[slot]!.values[id]!;
      } else {
        text = this.decodeText(bytes, start, end);
        if (text === '') continue;
      }
      decoder.checkValue(index, text, line, this.columnAt(bytes, recordStart, start));
    }
  }

  /** The 0-based column (in characters, as `CsvParser` counts) of byte `at` of the record at `recordStart`. */
  private columnAt(bytes: Uint8Array, recordStart: number, at: number): number {
    let lineStart = recordStart;
    for (let index = recordStart; index < at; index++) if (bytes[index] === NEWLINE) lineStart = index + 1;
    return this.textDecoder.decode(bytes.subarray(lineStart, at)).length;
  }

  /** The row-level lint checks of a fast-lane row. */
  private check(bytes: Uint8Array, start: number, end: number, line: number): void {
    const checks = this.checks!;
    const batch = this.batch!;
    const row = this.rowText;
    row.bytes = bytes;
    row.start = start;
    row.end = end;
    const idStart = this.idSlot >= 0 ? this.slotStarts[this.idSlot]! : -1;
    const idEnd = this.idSlot >= 0 ? this.slotEnds[this.idSlot]! : -1;
    batch.queue(bytes, line, start, end, idStart, idEnd, this.rows);
    /** `idHash1` of the row's id, for the content check. */
    let idTag: number;
    if (idStart >= 0) {
      let ascii = idEnd > idStart && bytes[idStart]! > SPACE && bytes[idEnd - 1]! > SPACE;
      let hash1 = 0x811c9dc5;
      let hash2 = 0x9747b28c;
      for (let index = idStart; ascii && index < idEnd; index++) {
        const byte = bytes[index]!;
        if (byte >= 0x80) ascii = false;
        hash1 = Math.imul(hash1 ^ byte, 0x01000193);
        hash2 = Math.imul(hash2 + byte, 0x5bd1e995) ^ (hash2 >>> 15);
      }
      if (ascii) {
        // The bytes are the id's code units: hash them as `idHash1`/`idHash2` hash the text.
        idTag = hash1 | 0;
        if (bytes[idStart] !== HASH) batch.id(hash1 | 0, hash2 | 0);
      } else {
        const text = row.id();
        idTag = idHash1(text);
        if (!text.startsWith('#')) batch.id(idHash1(text), idHash2(text));
      }
    } else idTag = idHash1(row.id());
    if (this.dateSlot < 0) return;
    const internId = this.slotIds[this.dateSlot]!;
    let date: string | undefined;
    if (internId >= 0) {
      date = this.dateTexts[internId];
      if (date === undefined) {
        date = decodedDate(this.interners[this.dateSlot]!.values[internId]!) ?? '';
        this.dateTexts[internId] = date;
      }
    } else date = decodedDate(this.decodeText(bytes, this.slotStarts[this.dateSlot]!, this.slotEnds[this.dateSlot]!)) ?? '';
    if (date === '') return;
    let verdict = internId >= 0 ? this.dateVerdicts[internId]! : -1;
    if (verdict < 0) {
      verdict = checks.verdict(date);
      if (internId >= 0) this.dateVerdicts[internId] = verdict;
    }
    this.hashContent(bytes, date);
    batch.content(this.hasher.hash1, this.hasher.hash2, idTag);
    if (verdict === DATE_INVALID || verdict === DATE_OUTSIDE) checks.date(verdict, date, line, row);
  }

  /** The content hash of a fast-lane row with `date` (as `hashRow` hashes the decoded row). */
  private hashContent(bytes: Uint8Array, date: string): void {
    const hasher = this.hasher.reset();
    this.hashSlot(bytes, this.dateSlot, date, false);
    this.hashSlot(bytes, this.countedSlots[0]!, undefined, false);
    this.hashSlot(bytes, this.serviceSlot, undefined, false);
    for (let index = 1; index < this.countedSlots.length; index++) this.hashSlot(bytes, this.countedSlots[index]!, undefined, true);
    for (const score of this.scores) hasher.score(score);
    let saran = '';
    if (this.saranSlot >= 0 && this.slotEnds[this.saranSlot]! > this.slotStarts[this.saranSlot]!) {
      const first = this.slotStarts[this.saranSlot]!;
      const last = this.slotEnds[this.saranSlot]!;
      // An unquoted ASCII saran (most of them) is hashed from its bytes, as saranKey would read it.
      if (bytes[first] !== QUOTE && saranBytesHash(bytes, first, last)) {
        hasher.field(TEXT_HASH[0]!, TEXT_HASH[1]!);
        return;
      }
      const raw = this.textDecoder.decode(bytes.subarray(first, last));
      // A quoted saran is read by the general parser, as the loader reads it.
      saran = bytes[first] === QUOTE ? (parseCsv(this.file, raw, this.delimiter).records[0]?.fields[0] ?? '') : raw;
    }
    hasher.text(saranKey(saran));
  }

  /**
   * Adds a slot's text to the content hash: `text` when given (the decoded date), else the slot's
   * trimmed text, as a `profileKey` for a profile slot; '' for an absent column. The `textHash`
   * of an interned value is remembered per slot and intern id.
   */
  private hashSlot(bytes: Uint8Array, slot: number, text: string | undefined, profile: boolean): void {
    if (slot < 0) {
      this.hasher.text('');
      return;
    }
    const id = this.slotIds[slot]!;
    const cache = this.fieldHashes[slot];
    if (cache && id >= 0 && cache[2 * id] !== undefined) {
      this.hasher.field(cache[2 * id]!, cache[2 * id + 1]!);
      return;
    }
    let value =
      text ?? (id >= 0 ? this.interners[slot]!.values[id]! : this.decodeText(bytes, this.slotStarts[slot]!, this.slotEnds[slot]!));
    if (profile) value = profileKey(value);
    textHash(value);
    if (cache && id >= 0) {
      cache[2 * id] = TEXT_HASH[0]!;
      cache[2 * id + 1] = TEXT_HASH[1]!;
    }
    this.hasher.field(TEXT_HASH[0]!, TEXT_HASH[1]!);
  }

  /** The row's id as `ResponseDecoder` gives it (`#n` when empty). */
  private idText(bytes: Uint8Array): string {
    const text = this.idSlot < 0 ? '' : this.decodeText(bytes, this.slotStarts[this.idSlot]!, this.slotEnds[this.idSlot]!);
    return text || `#${this.rows}`;
  }

  /** The decoded, trimmed text of bytes [start, end). */
  private decodeText(bytes: Uint8Array, start: number, end: number): string {
    return this.textDecoder.decode(bytes.subarray(start, end)).trim();
  }

  /** Intern id of an interned slot's text in the current row; -2 for an absent column, -1 when the slot's interner is full. */
  private textId(slot: number): number {
    return slot < 0 ? -2 : this.slotIds[slot]!;
  }

  private serviceById(id: number): ScoreAccumulator | undefined {
    if (id < 0) return undefined;
    let service = this.services[id];
    if (service === undefined) {
      const code = this.interners[this.serviceSlot]!.values[id] ?? '';
      service = code === '' ? null : this.accumulator.service(code);
      this.services[id] = service;
      this.serviceHistogram[id] = service !== null && this.histogramServices++ < HISTOGRAM_SERVICES;
    }
    return service ?? undefined;
  }

  private serviceByText(bytes: Uint8Array, slot: number): ScoreAccumulator | undefined {
    if (slot < 0) return undefined;
    const code = this.decodeText(bytes, this.slotStarts[slot]!, this.slotEnds[slot]!);
    return code === '' ? undefined : this.accumulator.service(code);
  }

  /** Moves the interned text counts into the accumulator. */
  private flushTextCounts(): void {
    this.groups.forEach((groups, index) => {
      const values = this.interners[this.countedSlots[index]!]?.values ?? [];
      for (const id of groups.ids()) {
        const times = groups.rows(id);
        const value = values[id];
        this.accumulator.countProfileValue(index === 0 ? -1 : index - 1, value, times);
        if (index === 0 || !value) continue;
        const totals = groups.totals(id);
        const sums = this.accumulator.group(index - 1, value);
        sums.respondents += times;
        for (let unsur = 0; unsur < totals.length; unsur++) {
          sums.answered[unsur]! += times;
          sums.total[unsur]! += totals[unsur]!;
        }
      }
      groups.clear();
    });
  }

  /** An irregular record: the general parser and decoder, as the in-memory loader reads it. */
  private slowRecord(bytes: Uint8Array, start: number, end: number, line: number): void {
    const record = this.parseRecord(bytes, start, end, line);
    if (!record || !this.decoder) return;
    this.rows++;
    const row = this.decoder.decode(record, this.rows);
    this.accumulator.add(row);
    this.batch?.flush();
    this.checks?.row(row, record.line, () => firstLineOf(this.textDecoder, bytes, start, end));
  }
}

/** A date as `ResponseDecoder` gives it (normalised, else as written; undefined when empty). */
function decodedDate(raw: string): string | undefined {
  return raw === '' ? undefined : (normaliseDate(raw) ?? raw);
}

/** The end of the last complete UTF-8 sequence of `bytes` (not before `start`): the rest waits for more bytes. */
function utf8Boundary(bytes: Uint8Array, start: number): number {
  const length = bytes.length;
  let lead = length - 1;
  while (lead > start && length - lead < 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < start) return length;
  const byte = bytes[lead]!;
  const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
  return lead + need > length ? lead : length;
}

function countNewlines(bytes: Uint8Array, start: number, end: number): number {
  let count = 0;
  for (let index = bytes.indexOf(NEWLINE, start); index !== -1 && index < end; index = bytes.indexOf(NEWLINE, index + 1)) count++;
  return count;
}

/** True for a record that is only a line break (or nothing): `CsvParser` skips it. */
function isBlank(bytes: Uint8Array, start: number, end: number): boolean {
  let stop = end;
  if (stop > start && bytes[stop - 1] === NEWLINE) stop--;
  if (stop > start && bytes[stop - 1] === RETURN) stop--;
  return stop === start;
}
