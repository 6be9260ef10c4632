/**
 * A push-based CSV reader (RFC 4180 plus the habits of real spreadsheets): feed it chunks of text,
 * get records with the 1-based line and 0-based column of every field. It keeps only the
 * unfinished record between chunks, so a file of any size streams through in bounded memory.
 */
import type { Diagnostic } from '../model/diagnostic';
import { checkCsvRecord, MAX_CSV_RECORD_LENGTH, skippedRecord, unclosedQuote } from './csv-limits';

export interface CsvRecord {
  fields: string[];
  /** 0-based column of each field's first character on its line. */
  columns: number[];
  /** 1-based line where the record starts. */
  line: number;
}

export type Delimiter = ',' | ';' | '\t';

export interface CsvParserOptions {
  /**
   * Records rejected by a cap or an unclosed quote (`csv-limits.ts`): they are reported in
   * `diagnostics` and never reach `onRecord`; an importer counts them here. Fields are cut short.
   */
  onRejected?: (record: CsvRecord, diagnostic: Diagnostic) => void;
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

export class CsvParser {
  private buffer = '';
  private line = 1;
  private delimiterCode = 0;
  private started = false;
  /** Line where a record past `MAX_CSV_RECORD_LENGTH` started, while its rest is skipped. */
  private skippingFrom: number | undefined;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly onRecord: (record: CsvRecord) => void,
    private delimiter?: Delimiter,
    private readonly options: CsvParserOptions = {},
  ) {}

  get detectedDelimiter(): Delimiter | undefined {
    return this.delimiter;
  }

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let pending: string | undefined = chunk;
    for (;;) {
      if (this.skippingFrom !== undefined) pending = this.skip(pending);
      if (pending === undefined) return;
      this.buffer = this.buffer.length === 0 ? pending : this.buffer + pending;
      this.buffer = this.buffer.slice(this.scan(false));
      if (this.buffer.length <= MAX_CSV_RECORD_LENGTH) return;
      pending = this.startSkipping();
    }
  }

  end(): void {
    if (this.skippingFrom !== undefined) this.stopSkipping();
    else this.scan(true);
    this.buffer = '';
  }

  /**
   * The unfinished record in the buffer is past the cap: it is given up from its start line to
   * the first line break after the cap, and reading resumes there. Memory stays bounded.
   */
  private startSkipping(): string {
    const text = this.buffer;
    this.skippingFrom = this.line;
    for (let index = text.indexOf('\n'); index !== -1 && index < MAX_CSV_RECORD_LENGTH; index = text.indexOf('\n', index + 1)) this.line++;
    this.buffer = '';
    return text.slice(MAX_CSV_RECORD_LENGTH);
  }

  /** Drops text up to the next line break; returns what follows it, or `undefined` if none yet. */
  private skip(text: string): string | undefined {
    const newline = text.indexOf('\n');
    if (newline === -1) return undefined;
    this.stopSkipping();
    this.line++;
    return text.slice(newline + 1);
  }

  private stopSkipping(): void {
    const from = this.skippingFrom ?? this.line;
    this.skippingFrom = undefined;
    this.reject({ fields: [], columns: [], line: from }, skippedRecord(this.file, from, this.line - from));
  }

  /** Hands a record on, or rejects it when a field or the field count is past a cap. */
  private deliver(record: CsvRecord): void {
    const problem = checkCsvRecord(this.file, record.fields, record.columns, record.line);
    if (problem) this.reject(record, problem);
    else this.onRecord(record);
  }

  private reject(record: CsvRecord, diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
    const fields = record.fields.slice(0, 64).map((field) => field.slice(0, 256));
    this.options.onRejected?.({ ...record, fields, columns: record.columns.slice(0, fields.length) }, diagnostic);
  }

  private ensureDelimiter(text: string): void {
    if (this.delimiter) {
      this.delimiterCode = this.delimiter.charCodeAt(0);
      return;
    }
    const newline = text.indexOf('\n');
    const header = newline === -1 ? text : text.slice(0, newline);
    const count = (character: string): number => header.split(character).length - 1;
    const candidates: Delimiter[] = [',', ';', '\t'];
    let best: Delimiter = ',';
    for (const candidate of candidates) if (count(candidate) > count(best)) best = candidate;
    this.delimiter = best;
    this.delimiterCode = best.charCodeAt(0);
  }

  /** Parses every complete record in the buffer; returns the offset of the first unparsed one. */
  private scan(final: boolean): number {
    const text = this.buffer;
    const length = text.length;
    if (length === 0) return 0;
    if (this.delimiterCode === 0) {
      if (!final && text.indexOf('\n') === -1) return 0;
      this.ensureDelimiter(text);
    }
    const delimiter = this.delimiterCode;
    const delimiterText = String.fromCharCode(delimiter);
    let position = 0;
    let line = this.line;
    let lineStart = 0;
    // Offset of the next quote at or after `position` (-1: none left); refreshed when passed.
    let nextQuote = -2;
    while (position < length) {
      // Fast lane: a whole line without a quote splits natively on the delimiter.
      if (nextQuote !== -1 && nextQuote < position) nextQuote = text.indexOf('"', position);
      const lineEnd = text.indexOf('\n', position);
      if (lineEnd === -1 && !final) return this.rewind(position, line, lineStart);
      const end = lineEnd === -1 ? length : lineEnd;
      if (nextQuote === -1 || nextQuote >= end) {
        const content = text.slice(position, end > position && text.charCodeAt(end - 1) === RETURN ? end - 1 : end);
        const recordLine = line;
        position = lineEnd === -1 ? length : lineEnd + 1;
        if (lineEnd !== -1) {
          line++;
          lineStart = position;
        }
        if (content === '') continue;
        const fields = content.split(delimiterText);
        const columns = new Array<number>(fields.length);
        let column = 0;
        for (let index = 0; index < fields.length; index++) {
          columns[index] = column;
          column += fields[index]!.length + 1;
        }
        // As in the general path, a carriage return ending any unquoted field is dropped.
        if (content.includes('\r')) for (let index = 0; index < fields.length; index++) fields[index] = stripReturn(fields[index]!);
        this.deliver({ fields, columns, line: recordLine });
        continue;
      }
      const recordStart = position;
      const recordLine = line;
      const recordLineStart = lineStart;
      const fields: string[] = [];
      const columns: number[] = [];
      let complete = false;
      let unclosed: Diagnostic | undefined;
      for (;;) {
        const fieldStart = position;
        columns.push(fieldStart - lineStart);
        if (text.charCodeAt(position) === QUOTE) {
          let value = '';
          let cursor = position + 1;
          let closed = false;
          for (;;) {
            const quote = text.indexOf('"', cursor);
            if (quote === -1) break;
            value += text.slice(cursor, quote);
            if (text.charCodeAt(quote + 1) === QUOTE) {
              value += '"';
              cursor = quote + 2;
              continue;
            }
            cursor = quote + 1;
            closed = true;
            break;
          }
          if (!closed) {
            if (!final) return this.rewind(recordStart, recordLine, recordLineStart);
            // The rest of the file is this one cell: reported once by its extent, never echoed.
            const rest = text.slice(cursor).replace(/\r?\n$/, '');
            let after = 0;
            for (let index = rest.indexOf('\n'); index !== -1; index = rest.indexOf('\n', index + 1)) after++;
            unclosed = unclosedQuote(this.file, line, fieldStart - lineStart, after);
            const firstBreak = rest.search(/\r?\n/);
            value += firstBreak === -1 ? rest : rest.slice(0, firstBreak);
            cursor = length;
          }
          for (let index = fieldStart; index < cursor; index++) {
            if (text.charCodeAt(index) === NEWLINE) {
              line++;
              lineStart = index + 1;
            }
          }
          // Anything between the closing quote and the next delimiter is kept verbatim.
          let next = cursor;
          while (next < length && text.charCodeAt(next) !== delimiter && text.charCodeAt(next) !== NEWLINE) next++;
          if (next >= length && !final) {
            return this.rewind(recordStart, recordLine, recordLineStart);
          }
          if (next > cursor) value += stripReturn(text.slice(cursor, next));
          fields.push(value);
          position = next;
        } else {
          let next = position;
          while (next < length) {
            const code = text.charCodeAt(next);
            if (code === delimiter || code === NEWLINE) break;
            next++;
          }
          if (next === length && !final) {
            return this.rewind(recordStart, recordLine, recordLineStart);
          }
          let end = next;
          if (end > position && text.charCodeAt(end - 1) === RETURN) end--;
          fields.push(text.slice(position, end));
          position = next;
        }
        if (position >= length) {
          complete = true;
          break;
        }
        const code = text.charCodeAt(position);
        position++;
        if (code === NEWLINE) {
          line++;
          lineStart = position;
          complete = true;
          break;
        }
      }
      if (!complete) break;
      if (unclosed) this.reject({ fields, columns, line: recordLine }, unclosed);
      else if (!(fields.length === 1 && fields[0] === '')) this.deliver({ fields, columns, line: recordLine });
    }
    this.line = line;
    return length;
  }

  /** Keeps an unfinished record for the next chunk; records always start at a line start. */
  private rewind(recordStart: number, recordLine: number, _recordLineStart: number): number {
    this.line = recordLine;
    return recordStart;
  }
}

function stripReturn(value: string): string {
  return value.charCodeAt(value.length - 1) === RETURN ? value.slice(0, -1) : value;
}

/** Parses a whole CSV text at once. */
export function parseCsv(
  file: string,
  text: string,
  delimiter?: Delimiter,
  options: CsvParserOptions = {},
): { records: CsvRecord[]; delimiter: Delimiter; diagnostics: Diagnostic[] } {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(file, (record) => records.push(record), delimiter, options);
  parser.push(text);
  parser.end();
  return { records, delimiter: parser.detectedDelimiter ?? ',', diagnostics: parser.diagnostics };
}
