/**
 * The row-level response rules (`responses.duplicate-id`, `.duplicate-content`, `.date-invalid`,
 * `.outside-period`) for readers that stream rows instead of keeping them: the same findings,
 * messages, ranges and caps as the rules in `rules/`, reported as rows pass. Memory holds the ids
 * and row contents seen so far (as 64-bit hashes, `HashTable`: 16 bytes a row), a cache of date
 * verdicts and the capped findings.
 */
import type { Diagnostic, Severity } from '../model/diagnostic';
import type { Period, ResponseRow } from '../model/types';
import { t } from '../text/messages';
import { ContentHasher, hasContent, hashRow } from './content-key';
import { HashTable } from './hash-table';
import { rangeOnLine } from './locate';
import { FINDING_CAP } from './rules/cap-findings';
import { isIsoDate } from './rules/is-iso-date';

/** A date's verdict: no date, a good one, not a date, outside the period. */
export const DATE_NONE = 0;
export const DATE_OK = 1;
export const DATE_INVALID = 2;
export const DATE_OUTSIDE = 3;

/** A row's id and first line, made only when a finding is reported (readers reuse one object). */
export interface RowText {
  id(): string;
  firstLine(): string;
}

export class RowChecks {
  private readonly ids: HashTable;
  private readonly contents: HashTable;
  private readonly hasher = new ContentHasher();
  private readonly verdicts = new Map<string, number>();
  private readonly found = new Map<string, Diagnostic[]>();
  private readonly counts = new Map<string, number>();
  private readonly periodIsDated: boolean;

  constructor(
    private readonly file: string,
    private readonly period: Pick<Period, 'start' | 'end'>,
    /** The unit's profile keys, in order (the content hash reads them so). */
    private readonly profileKeys: readonly string[] = [],
    /** About how many rows will come, if known (sizes the tables once). */
    expectedRows = 0,
  ) {
    this.ids = new HashTable(expectedRows);
    this.contents = new HashTable(expectedRows);
    this.periodIsDated = isIsoDate(period.start) && isIsoDate(period.end);
  }

  /** A decoded row; `lineText` gives the text of the row's first line. */
  row(row: ResponseRow, line: number, lineText: () => string): void {
    const id = row.id;
    const text: RowText = { id: () => id, firstLine: lineText };
    if (id !== '' && !id.startsWith('#')) this.id(idHash1(id), idHash2(id), line, text);
    if (hasContent(row)) {
      const hasher = hashRow(this.hasher, row, this.profileKeys);
      this.content(hasher.hash1, hasher.hash2, idHash1(id), line, text);
    }
    this.date(this.verdict(row.date), row.date ?? '', line, text);
  }

  /** Brings the id table's slots of `count` id hash pairs into the cache (`HashTable.warm`). */
  warmIds(hashes: Int32Array, count: number): number {
    return this.ids.warm(hashes, count);
  }

  /** Brings the content table's slots of `count` content hash pairs into the cache. */
  warmContents(hashes: Int32Array, count: number): number {
    return this.contents.warm(hashes, count);
  }

  /** The verdict on a decoded date (`ResponseRow.date`), cached. */
  verdict(date: string | undefined): number {
    if (date === undefined) return DATE_NONE;
    let verdict = this.verdicts.get(date);
    if (verdict === undefined) {
      if (!isIsoDate(date)) verdict = DATE_INVALID;
      else if (this.periodIsDated && (date < this.period.start || date > this.period.end)) verdict = DATE_OUTSIDE;
      else verdict = DATE_OK;
      if (this.verdicts.size < 10_000) this.verdicts.set(date, verdict);
    }
    return verdict;
  }

  /** An id given by its two hashes (`idHash1`/`idHash2` of its text). */
  id(hash1: number, hash2: number, line: number, row: RowText): void {
    const first = this.ids.addOrGet(hash1, hash2, line);
    if (first === 0 || !this.admit('responses.duplicate-id')) return;
    const text = row.id();
    this.push('responses.duplicate-id', 'error', t('responses.duplicate-id', { id: text, line: first }), line, row.firstLine(), text, {
      id: text,
    });
  }

  /**
   * A row's content hash (`ContentHasher`) and the `idHash1` of its id: the same content under
   * another id is a duplicate respondent.
   */
  content(hash1: number, hash2: number, idTag: number, line: number, row: RowText): void {
    const first = this.contents.addOrGet(hash1, hash2, line, idTag);
    if (first === 0 || this.contents.earlierTag === idTag || !this.admit('responses.duplicate-content')) return;
    const text = row.id();
    const message = t('responses.duplicate-content', { id: text, line: first });
    this.push('responses.duplicate-content', 'warning', message, line, row.firstLine(), text, { id: text, firstLine: first });
  }

  date(verdict: number, date: string, line: number, row: RowText): void {
    if (verdict === DATE_INVALID) {
      if (this.admit('responses.date-invalid'))
        this.push('responses.date-invalid', 'error', t('responses.date-invalid', { value: date }), line, row.firstLine(), date);
    } else if (verdict === DATE_OUTSIDE && this.admit('responses.outside-period')) {
      const message = t('responses.outside-period', { id: row.id(), date, start: this.period.start, end: this.period.end });
      this.push('responses.outside-period', 'warning', message, line, row.firstLine(), date);
    }
  }

  /** Counts one finding of `code`; true while it is within the cap (so it is kept). */
  private admit(code: string): boolean {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    return count <= FINDING_CAP;
  }

  private push(
    code: string,
    severity: Severity,
    message: string,
    line: number,
    lineText: string,
    needle: string,
    data?: Record<string, unknown>,
  ): void {
    const diagnostic: Diagnostic = { code, severity, message, file: this.file, range: rangeOnLine(lineText, line, needle) };
    if (data) diagnostic.data = data;
    const list = this.found.get(code) ?? [];
    list.push(diagnostic);
    this.found.set(code, list);
  }

  /** The findings, each code's beyond the cap folded into one line (as `capFindings` does). */
  finish(): Diagnostic[] {
    const result: Diagnostic[] = [];
    for (const [code, list] of this.found) {
      result.push(...list);
      const more = (this.counts.get(code) ?? 0) - FINDING_CAP;
      const last = list[list.length - 1];
      if (more > 0 && last)
        result.push({
          code,
          severity: last.severity,
          message: t('diagnostics.more', { count: more, code }),
          file: last.file,
          range: last.range,
          data: { more },
        });
    }
    return result;
  }
}

/** FNV-1a over the UTF-16 code units of an id (for an ASCII id: over its bytes, the same). */
export function idHash1(id: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 0x01000193);
  return hash | 0;
}

/** A second, independent multiplicative hash of the same code units. */
export function idHash2(id: string): number {
  let hash = 0x9747b28c;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash + id.charCodeAt(index), 0x5bd1e995) ^ (hash >>> 15);
  return hash | 0;
}
