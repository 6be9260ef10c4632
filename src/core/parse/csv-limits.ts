/**
 * The caps every CSV record is held to, so that no file — a stray quote that swallows the rest
 * of the file, a line of a million commas, one enormous cell — costs unbounded memory or time
 * downstream, and none is echoed back whole. A record past a cap is rejected with one located
 * diagnostic (never passed on as data); the text is never repeated in the message.
 */
import type { Diagnostic } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import { t } from '../text/messages';

/** Characters in one field. */
export const MAX_CSV_FIELD_LENGTH = 64 * 1024;
/** Fields in one record. */
export const MAX_CSV_FIELDS = 1024;
/** Characters in one record, quotes and separators included. */
export const MAX_CSV_RECORD_LENGTH = 1024 * 1024;

/** The diagnostic for a record whose field or field count is past a cap, or `undefined`. */
export function checkCsvRecord(file: string, fields: readonly string[], columns: readonly number[], line: number): Diagnostic | undefined {
  if (fields.length > MAX_CSV_FIELDS) {
    return rowTooLong(file, line, 0, t('csv.too-many-fields', { count: fields.length, limit: MAX_CSV_FIELDS }));
  }
  let total = 0;
  for (let index = 0; index < fields.length; index++) {
    const length = fields[index]!.length;
    total += length;
    if (length > MAX_CSV_FIELD_LENGTH) {
      return {
        code: 'csv.field-too-long',
        severity: 'error',
        message: t('csv.field-too-long', { limit: MAX_CSV_FIELD_LENGTH }),
        file,
        range: pointRange(line - 1, columns[index] ?? 0),
      };
    }
  }
  if (total > MAX_CSV_RECORD_LENGTH) return rowTooLong(file, line, 0, t('csv.row-too-long', { limit: MAX_CSV_RECORD_LENGTH, after: 0 }));
  return undefined;
}

/**
 * A record given up while streaming: it ran past `MAX_CSV_RECORD_LENGTH` over `after` more lines.
 * `data.lines` (here and for an unclosed quote) is how many lines the rejected record covers.
 */
export function skippedRecord(file: string, line: number, after: number): Diagnostic {
  return { ...rowTooLong(file, line, 0, t('csv.row-too-long', { limit: MAX_CSV_RECORD_LENGTH, after })), data: { lines: after + 1 } };
}

/** A quote still open at the end of the file: its line and the `after` lines below are one cell. */
export function unclosedQuote(file: string, line: number, column: number, after: number): Diagnostic {
  return {
    code: 'csv.unclosed-quote',
    severity: 'error',
    message: t('csv.unclosed-quote', { after }),
    file,
    range: pointRange(line - 1, column),
    data: { lines: after + 1 },
  };
}

function rowTooLong(file: string, line: number, column: number, message: string): Diagnostic {
  return { code: 'csv.row-too-long', severity: 'error', message, file, range: pointRange(line - 1, column) };
}
