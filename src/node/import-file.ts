/**
 * `skm import` on the file system: streams a Google Forms / CSV export or reads an .xlsx sheet,
 * converts every row through the core `RowImporter`, then writes the period's responses.csv and
 * a rejects file atomically. `read = imported + rejected` holds for every run; re-importing the
 * same file adds nothing (row fingerprints).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalHeader, RowImporter } from '../core/import/row-importer';
import type { RowOutcome } from '../core/import/row-importer';
import type { Field } from '../core/import/column-mapping';
import { csvRow, neutraliseFormula } from '../core/import/csv-write';
import type { ImportPlan } from '../core/import/plan-import';
import { planImport } from '../core/import/plan-import';
import { CsvParser } from '../core/parse/csv-parser';
import type { CsvRecord } from '../core/parse/csv-parser';
import type { Diagnostic } from '../core/model/diagnostic';
import type { Period, Workspace } from '../core/model/types';
import { AtomicFileWriter } from './atomic-write';

export interface ImportOptions {
  root: string;
  workspace: Workspace;
  period: Period;
  input: string;
  format?: 'auto' | 'google-forms' | 'csv' | 'xlsx';
  explicit?: Record<string, Field>;
  dryRun?: boolean;
  /** Called every few thousand rows with the bytes read so far and the file size. */
  onProgress?: (done: number, total: number) => void;
  /** Called once with the mapping before rows are converted (the editor shows it for confirmation). */
  onPlan?: (plan: ImportPlan) => void;
}

export interface ImportSummary {
  read: number;
  imported: number;
  rejected: number;
  plan: ImportPlan;
  responsesFile: string;
  rejectsFile: string | null;
  /** Rows the CSV reader rejected (each also counted in `rejected`), located in the input. */
  diagnostics: Diagnostic[];
}

interface Table {
  header: string[];
  rows: AsyncIterable<{ cells: string[]; number: number; problem?: Diagnostic }>;
}

/** A source record; `problem` when the CSV reader rejected it (a cap, an unclosed quote). */
interface SourceRecord {
  record: CsvRecord;
  problem?: Diagnostic;
}

async function* csvRows(file: string, onProgress?: (done: number, total: number) => void): AsyncGenerator<SourceRecord> {
  const total = fs.statSync(file).size;
  const decoder = new TextDecoder('utf-8');
  const pending: SourceRecord[] = [];
  const parser = new CsvParser(file, (record) => pending.push({ record }), undefined, {
    onRejected: (record, problem) => pending.push({ record, problem }),
  });
  let done = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    done += bytes.length;
    parser.push(decoder.decode(bytes, { stream: true }));
    onProgress?.(done, total);
    yield* pending.splice(0);
  }
  parser.push(decoder.decode());
  parser.end();
  yield* pending.splice(0);
}

async function openCsv(file: string, onProgress?: (done: number, total: number) => void): Promise<Table> {
  const iterator = csvRows(file, onProgress)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? [] : first.value.record.fields.map((field) => field.trim());
  let number = 0;
  return {
    header,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          number++;
          const { record, problem } = next.value;
          yield problem ? { cells: record.fields, number, problem } : { cells: record.fields, number };
        }
      },
    },
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T', ' ').slice(0, 19);
  if (typeof value === 'object') {
    const cell = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.result !== undefined) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    return '';
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** The input cannot be read as the format it claims (a damaged .xlsx): an input error, not a bug. */
export class UnreadableInputError extends Error {}

async function openXlsx(file: string): Promise<Table> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UnreadableInputError(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.name.toLowerCase().includes('data')) ?? workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map(cellText));
  });
  const headerIndex = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length >= 2);
  const header = (rows[headerIndex] ?? []).map((cell) => cell.trim());
  const body = rows.slice(headerIndex + 1);
  // The olah-data layout puts its summary block (Σ, NRR, IKM, …, labelled in the first two
  // columns) below the respondents: it is not data. Fully empty rows are skipped, as in CSV.
  const isSummary = (row: string[]): boolean =>
    /^(Σ|jumlah|nrr|ikm|bobot)/i.test(`${row[0] ?? ''}${row[1] ?? ''}`.trim()) && !/^\d+$/.test((row[0] ?? '').trim());
  const end = body.findIndex(isSummary);
  const data = (end === -1 ? body : body.slice(0, end)).filter((row) => row.some((cell) => cell.trim() !== ''));
  return {
    header,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (const [index, cells] of data.entries()) yield await Promise.resolve({ cells, number: index + 1 });
      },
    },
  };
}

function readExisting(file: string): { header: string[]; records: string[][]; ids: Set<string> } {
  if (!fs.existsSync(file)) return { header: [], records: [], ids: new Set() };
  const records: string[][] = [];
  const parser = new CsvParser(file, (record) => records.push(record.fields));
  parser.push(fs.readFileSync(file, 'utf8'));
  parser.end();
  const header = (records.shift() ?? []).map((field) => field.trim());
  const idIndex = header.indexOf('id');
  return { header, records, ids: new Set(idIndex === -1 ? [] : records.map((record) => record[idIndex] ?? '')) };
}

export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const { workspace, period } = options;
  const format =
    options.format === 'auto' || options.format === undefined ? (/\.xlsx$/i.test(options.input) ? 'xlsx' : 'csv') : options.format;
  const table = format === 'xlsx' ? await openXlsx(options.input) : await openCsv(options.input, options.onProgress);
  const plan = planImport(table.header, workspace.unit, period, options.explicit);
  options.onPlan?.(plan);

  const responsesFile = path.join(options.root, period.folder, 'responses.csv');
  const existing = readExisting(responsesFile);
  const header = [...existing.header];
  for (const column of canonicalHeader(workspace.unit)) if (!header.includes(column)) header.push(column);
  const importer = new RowImporter(workspace.unit, period, plan.mapping, existing.ids);

  // Rows stream to temporary siblings of their targets, so memory does not grow with the input;
  // nothing replaces a file before the last row is in (and a dry run writes nothing).
  const output = options.dryRun ? undefined : new AtomicFileWriter(responsesFile);
  const rejectsTarget = path.join(options.root, period.folder, 'imports', `${path.basename(options.input)}.rejects.csv`);
  let rejectsOutput: AtomicFileWriter | undefined;
  let read = 0;
  let imported = 0;
  const diagnostics: Diagnostic[] = [];
  try {
    output?.write(`${csvRow(header)}\n`);
    for (const record of existing.records) output?.write(`${csvRow(header.map((_, index) => record[index] ?? ''))}\n`);
    for await (const { cells, number, problem } of table.rows) {
      read++;
      if (problem) diagnostics.push(problem);
      const outcome: RowOutcome = problem ? { kind: 'rejected', reason: problem.message } : importer.convert(cells);
      if (outcome.kind === 'imported') {
        imported++;
        output?.write(`${csvRow(header.map((column) => outcome.values[column] ?? ''))}\n`);
      } else if (!options.dryRun) {
        if (!rejectsOutput) {
          rejectsOutput = new AtomicFileWriter(rejectsTarget);
          rejectsOutput.write(`${csvRow(['baris', 'alasan', ...table.header.map(neutraliseFormula)])}\n`);
        }
        rejectsOutput.write(`${csvRow([String(number + 1), outcome.reason, ...cells.map(neutraliseFormula)])}\n`);
      }
    }
  } catch (error) {
    output?.abort();
    rejectsOutput?.abort();
    throw error;
  }
  const rejected = read - imported;
  const rejectsFile = rejected > 0 ? rejectsTarget : null;
  rejectsOutput?.commit();
  if (output) {
    if (imported > 0 || !fs.existsSync(responsesFile)) output.commit();
    else output.abort();
  }
  return { read, imported, rejected, plan, responsesFile, rejectsFile, diagnostics };
}
