/**
 * Turns CSV records (or YAML maps) into `ResponseRow`s for one unit. Columns are matched by header
 * name, never by position. Every answer that cannot be used is reported with its row and column
 * and counted in `excluded`; nothing is dropped silently. The decoder keeps no rows itself, so the
 * streaming path (1,000,000 rows) and the in-memory loader share it.
 */
import type { Diagnostic, Severity } from '../model/diagnostic';
import type { ResponseRow, Unit } from '../model/types';
import { didYouMean } from '../text/did-you-mean';
import { t } from '../text/messages';
import type { CsvRecord, Delimiter } from '../parse/csv-parser';
import { normaliseDate } from './dates';
import { VALUE_RULES } from '../lint/values/index';
import type { ValueCheck, ValueFinding, ValueRule } from '../lint/values/value-rule';

/** A value rule's check for one column, remembering its verdict per distinct cell text. */
interface PreparedCheck {
  rule: ValueRule;
  check: ValueCheck;
  verdicts: Map<string, ValueFinding | null>;
}

/** Individual diagnostics per code and file before they are folded into one summary line. */
export const DIAGNOSTIC_CAP = 200;

const FIXED_COLUMNS = ['id', 'date', 'time', 'service', 'saran'] as const;

export interface DecoderOptions {
  scaleMin: number;
  scaleMax: number;
  delimiter?: Delimiter;
}

export class ResponseDecoder {
  readonly diagnostics: Diagnostic[] = [];
  /** Excluded answers per unsur code (missing or invalid). */
  readonly excluded: Record<string, number> = {};
  private readonly counts = new Map<string, number>();
  private columnOf = new Map<string, number>();
  private headerLength = 0;
  private headerColumns: number[] = [];
  private readonly valueChecks: PreparedCheck[];

  constructor(
    private readonly file: string,
    private readonly unit: Unit,
    private readonly options: DecoderOptions,
  ) {
    for (const unsur of unit.unsur) this.excluded[unsur.code] = 0;
    this.valueChecks = VALUE_RULES.flatMap((rule) => rule.prepare(unit).map((check) => ({ rule, check, verdicts: new Map() })));
  }

  /** Reads the header record: maps column names to indexes and reports unknown ones. */
  header(record: CsvRecord): void {
    const known = new Set<string>([
      ...FIXED_COLUMNS,
      ...this.unit.profile.map((attribute) => attribute.key),
      ...this.unit.unsur.map((unsur) => unsur.code),
    ]);
    this.headerLength = record.fields.length;
    this.headerColumns = record.columns;
    record.fields.forEach((rawName, index) => {
      const name = rawName.trim();
      const column = record.columns[index] ?? 0;
      if (this.columnOf.has(name)) {
        this.report('csv.duplicate-column', 'error', t('csv.duplicate-column', { column: name }), record.line, column);
        return;
      }
      this.columnOf.set(name, index);
      if (!known.has(name)) {
        const suggestion = didYouMean(name, known);
        this.report(
          'csv.unknown-column',
          'warning',
          t('csv.unknown-column', { column: name, hint: suggestion ? t('did-you-mean', { suggestion }) : '' }),
          record.line,
          column,
          suggestion ? { suggestion } : undefined,
        );
      }
    });
    for (const unsur of this.unit.unsur) {
      if (!this.columnOf.has(unsur.code)) {
        this.report('csv.missing-unsur-column', 'error', t('csv.missing-unsur-column', { code: unsur.code }), record.line, 0);
      }
    }
  }

  /** Decodes one data record. */
  decode(record: CsvRecord, rowNumber: number): ResponseRow {
    const { fields, columns, line } = record;
    if (fields.length !== this.headerLength) {
      this.report('csv.field-count', 'error', t('csv.field-count', { actual: fields.length, expected: this.headerLength }), line, 0);
    }
    const cell = (name: string): string | undefined => {
      const index = this.columnOf.get(name);
      if (index === undefined) return undefined;
      const value = fields[index];
      return value === undefined ? undefined : value.trim();
    };
    const columnFor = (name: string): number => {
      const index = this.columnOf.get(name) ?? 0;
      return columns[index] ?? this.headerColumns[index] ?? 0;
    };
    const scores: (number | null)[] = [];
    for (const unsur of this.unit.unsur) {
      const raw = cell(unsur.code);
      scores.push(this.score(unsur.code, raw, line, columnFor(unsur.code)));
    }
    const profile: Record<string, string> = {};
    for (const attribute of this.unit.profile) {
      const value = cell(attribute.key);
      if (value) profile[attribute.key] = value;
    }
    const row: ResponseRow = { line, id: cell('id') || `#${rowNumber}`, profile, scores };
    const rawDate = cell('date');
    if (rawDate) row.date = this.date(rawDate);
    const time = cell('time');
    if (time) row.time = time;
    const service = cell('service');
    if (service) row.service = service;
    const saranIndex = this.columnOf.get('saran');
    const saran = saranIndex === undefined ? undefined : fields[saranIndex];
    if (saran) row.saran = saran;
    this.valueChecks.forEach((prepared, index) => {
      const value = cell(prepared.check.column);
      if (value) this.checkValue(index, value, line, columnFor(prepared.check.column));
    });
    return row;
  }

  /** The column each value check reads, in the order `checkValue` takes them. */
  get valueCheckColumns(): string[] {
    return this.valueChecks.map((prepared) => prepared.check.column);
  }

  /**
   * Runs value check `index` on a trimmed, non-empty cell at `line` (1-based) and `column`; the
   * verdict is remembered per distinct text. Readers that skip `decode` for regular rows (the
   * streaming scanner) call this for each of their cells, so the findings are the same.
   */
  checkValue(index: number, value: string, line: number, column: number): void {
    const prepared = this.valueChecks[index]!;
    let verdict = prepared.verdicts.get(value);
    if (verdict === undefined) {
      verdict = prepared.check.check(value) ?? null;
      if (prepared.verdicts.size < 10_000) prepared.verdicts.set(value, verdict);
    }
    if (verdict) {
      const { rule } = prepared;
      this.report(rule.code, rule.defaultSeverity, verdict.message, line, column, verdict.data, value.length);
    }
  }

  /** Whether check `index` finds something in `value` (cached), without reporting it. */
  valueFails(index: number, value: string): boolean {
    const prepared = this.valueChecks[index]!;
    let verdict = prepared.verdicts.get(value);
    if (verdict === undefined) {
      verdict = prepared.check.check(value) ?? null;
      if (prepared.verdicts.size < 10_000) prepared.verdicts.set(value, verdict);
    }
    return verdict !== null;
  }

  /** Survey dates repeat a lot (a few hundred distinct values): normalise each once. */
  private readonly dates = new Map<string, string>();

  private date(raw: string): string {
    let date = this.dates.get(raw);
    if (date === undefined) {
      date = normaliseDate(raw) ?? raw;
      if (this.dates.size < 10_000) this.dates.set(raw, date);
    }
    return date;
  }

  private score(code: string, raw: string | undefined, line: number, column: number): number | null {
    if (raw === undefined || raw === '') {
      this.excluded[code] = (this.excluded[code] ?? 0) + 1;
      this.report('responses.score-missing', 'warning', t('responses.score-missing', { code }), line, column, { unsur: code });
      return null;
    }
    let text = raw;
    if (this.options.delimiter === ';' && /^\d+,\d+$/.test(text)) text = text.replace(',', '.');
    const value = Number(text);
    if (!Number.isInteger(value) || value < this.options.scaleMin || value > this.options.scaleMax) {
      this.excluded[code] = (this.excluded[code] ?? 0) + 1;
      this.report(
        'responses.score-invalid',
        'error',
        t('responses.score-invalid', { code, value: raw, min: this.options.scaleMin, max: this.options.scaleMax }),
        line,
        column,
        { unsur: code, value: raw },
      );
      return null;
    }
    return value;
  }

  private report(
    code: string,
    severity: Severity,
    message: string,
    line: number,
    column: number,
    data?: Record<string, unknown>,
    length = 1,
  ): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > DIAGNOSTIC_CAP) return;
    const range = { start: { line: line - 1, column }, end: { line: line - 1, column: column + Math.max(1, length) } };
    const diagnostic: Diagnostic = { code, severity, message, file: this.file, range };
    if (data) diagnostic.data = data;
    this.diagnostics.push(diagnostic);
  }

  /** Adds one line per capped code saying how many more there were; call once at the end. */
  finish(): void {
    for (const [code, count] of this.counts) {
      if (count <= DIAGNOSTIC_CAP) continue;
      const first = this.diagnostics.find((diagnostic) => diagnostic.code === code);
      if (!first) continue;
      this.diagnostics.push({
        ...first,
        message: t('diagnostics.more', { count: count - DIAGNOSTIC_CAP, code }),
        data: { more: count - DIAGNOSTIC_CAP },
      });
    }
  }
}
