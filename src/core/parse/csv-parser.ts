/**
 * A push-based CSV reader (RFC 4180 plus the habits of real spreadsheets): feed it chunks of text,
 * get records with the 1-based line and 0-based column of every field. It keeps only the
 * unfinished record between chunks, so a file of any size streams through in bounded memory.
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import { t } from '../text/messages';

export interface CsvRecord {
  fields: string[];
  /** 0-based column of each field's first character on its line. */
  columns: number[];
  /** 1-based line where the record starts. */
  line: number;
}

export type Delimiter = ',' | ';' | '\t';

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

export class CsvParser {
  private buffer = '';
  private line = 1;
  private delimiterCode = 0;
  private started = false;
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly onRecord: (record: CsvRecord) => void,
    private delimiter?: Delimiter,
  ) {}

  get detectedDelimiter(): Delimiter | undefined {
    return this.delimiter;
  }

  push(chunk: string): void {
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer.length === 0 ? chunk : this.buffer + chunk;
    this.buffer = this.buffer.slice(this.scan(false));
  }

  end(): void {
    this.scan(true);
    this.buffer = '';
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
        this.onRecord({ fields, columns, line: recordLine });
        continue;
      }
      const recordStart = position;
      const recordLine = line;
      const recordLineStart = lineStart;
      const fields: string[] = [];
      const columns: number[] = [];
      let complete = false;
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
            this.diagnostics.push({
              code: 'csv.unclosed-quote',
              severity: 'error',
              message: t('csv.unclosed-quote'),
              file: this.file,
              range: pointRange(line - 1, fieldStart - lineStart),
            });
            value += text.slice(cursor);
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
      if (!(fields.length === 1 && fields[0] === '')) {
        this.onRecord({ fields, columns, line: recordLine });
      }
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
): { records: CsvRecord[]; delimiter: Delimiter; diagnostics: Diagnostic[] } {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(file, (record) => records.push(record), delimiter);
  parser.push(text);
  parser.end();
  return { records, delimiter: parser.detectedDelimiter ?? ',', diagnostics: parser.diagnostics };
}
