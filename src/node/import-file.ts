/**
 * `skm import` on the file system: streams a Google Forms / CSV export or reads an .xlsx sheet,
 * converts every row through the core `RowImporter`, then writes the period's responses.csv and
 * a rejects file atomically. `read = imported + unchanged + changed + rejected` holds for every
 * run; re-importing the same answers, from the same file or another format, adds nothing (ids or
 * content fingerprints). A blocked plan (a questionnaire column mapped without certainty) writes
 * nothing at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalHeader, RowImporter } from '../core/import/row-importer';
import type { FieldChange, RowOutcome } from '../core/import/row-importer';
import type { Field } from '../core/import/column-mapping';
import { csvRow, neutraliseFormula } from '../core/import/csv-write';
import type { ImportPlan } from '../core/import/plan-import';
import { planImport } from '../core/import/plan-import';
import { CsvParser } from '../core/parse/csv-parser';
import type { CsvRecord } from '../core/parse/csv-parser';
import type { Diagnostic } from '../core/model/diagnostic';
import type ExcelJS from 'exceljs';
import type { Period, Unit, Workspace } from '../core/model/types';
import { AtomicFileWriter } from './atomic-write';

export interface ImportOptions {
  root: string;
  workspace: Workspace;
  period: Period;
  input: string;
  format?: 'auto' | 'google-forms' | 'csv' | 'xlsx';
  explicit?: Record<string, Field>;
  /** `--map-value`: field (`gender`, `service`, `time`, `U1`) → written value → code. */
  valueOverrides?: Map<string, Map<string, string>>;
  /** Apply the changed answers of respondents already in the period (`--update`). */
  update?: boolean;
  dryRun?: boolean;
  /** Called every few thousand rows with the bytes read so far and the file size. */
  onProgress?: (done: number, total: number) => void;
  /** Called once with the mapping before rows are converted (the editor shows it for confirmation). */
  onPlan?: (plan: ImportPlan) => void;
}

export interface ImportSummary {
  read: number;
  imported: number;
  /** Rows already in the period with the same answers (nothing to add). */
  unchanged: number;
  /** Rows of respondents already in the period with other answers, field by field. */
  changed: { id: string; changes: FieldChange[] }[];
  /** True when the changes were written (`update`). */
  updated: boolean;
  rejected: number;
  plan: ImportPlan;
  /** Every value mapping applied (`Laki-laki` → `L`), as lines for the terminal. */
  valueMappings: string[];
  /** The same as `[field, written, code, rows]`. */
  valueMappingEntries: [string, string, string, number][];
  /** The text encoding a CSV was read with, and why it is not plain UTF-8 (null when it is). */
  encoding: { name: SourceEncoding; note: 'bom' | 'not-utf8' | null };
  /** True when the plan was blocked: nothing was read or written. */
  stopped: boolean;
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

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * The encoding of a CSV: a byte-order mark says UTF-8 or UTF-16 (LE/BE); otherwise UTF-8 when
 * every byte sequence is valid UTF-8 (checked by streaming the whole file once), else
 * Windows-1252, what spreadsheets on Indonesian Windows save.
 */
async function detectEncoding(file: string): Promise<{ name: SourceEncoding; note: 'bom' | 'not-utf8' | null }> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    if (bytesRead >= 2 && head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', note: 'bom' };
    if (bytesRead >= 2 && head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', note: 'bom' };
    if (bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', note: null };
  } finally {
    await handle.close();
  }
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) strict.decode(chunk as Buffer, { stream: true });
    strict.decode();
    return { name: 'utf-8', note: null };
  } catch (error) {
    if (error instanceof TypeError) return { name: 'windows-1252', note: 'not-utf8' };
    throw error;
  }
}

async function* csvRows(
  file: string,
  encoding: SourceEncoding,
  onProgress?: (done: number, total: number) => void,
): AsyncGenerator<SourceRecord> {
  const total = fs.statSync(file).size;
  // The BOM (of any of the encodings) is dropped by the decoder.
  const decoder = new TextDecoder(encoding);
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

async function openCsv(file: string, encoding: SourceEncoding, onProgress?: (done: number, total: number) => void): Promise<Table> {
  const iterator = csvRows(file, encoding, onProgress)[Symbol.asyncIterator]();
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

/** Every row of a sheet as text cells. */
function sheetRows(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map(cellText));
  });
  return rows;
}

/**
 * The row of our own column codes (`id`, `date`, …, `U1`, …) that `skm export --xlsx` writes under
 * the labels of its respondents' sheet: the round trip is recognised exactly, not by similarity.
 */
function machineHeader(rows: string[][], unit: Unit): number {
  const known = new Set(canonicalHeader(unit));
  return rows.slice(0, 10).findIndex((row) => {
    const cells = row.map((cell) => cell.trim()).filter((cell) => cell !== '');
    return cells.includes('id') && unit.unsur.every((unsur) => cells.includes(unsur.code)) && cells.every((cell) => known.has(cell));
  });
}

async function openXlsx(file: string, unit: Unit): Promise<Table> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UnreadableInputError(error instanceof Error ? error.message : String(error));
  }
  for (const candidate of workbook.worksheets) {
    const rows = sheetRows(candidate);
    const index = machineHeader(rows, unit);
    if (index < 0) continue;
    const data = rows.slice(index + 1).filter((row) => row.some((cell) => cell.trim() !== ''));
    return tableOf(
      (rows[index] ?? []).map((cell) => cell.trim()),
      data,
    );
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.name.toLowerCase().includes('data')) ?? workbook.worksheets[0];
  const rows = sheetRows(sheet);
  const headerIndex = rows.findIndex((row) => row.filter((cell) => cell.trim() !== '').length >= 2);
  const header = (rows[headerIndex] ?? []).map((cell) => cell.trim());
  const body = rows.slice(headerIndex + 1);
  // The olah-data layout puts its summary block (Σ, NRR, IKM, …, labelled in the first two
  // columns) below the respondents: it is not data. Fully empty rows are skipped, as in CSV.
  const isSummary = (row: string[]): boolean =>
    /^(Σ|jumlah|nrr|ikm|bobot)/i.test(`${row[0] ?? ''}${row[1] ?? ''}`.trim()) && !/^\d+$/.test((row[0] ?? '').trim());
  const end = body.findIndex(isSummary);
  const data = (end === -1 ? body : body.slice(0, end)).filter((row) => row.some((cell) => cell.trim() !== ''));
  return tableOf(header, data);
}

function tableOf(header: string[], data: string[][]): Table {
  return {
    header,
    rows: {
      async *[Symbol.asyncIterator]() {
        for (const [index, cells] of data.entries()) yield await Promise.resolve({ cells, number: index + 1 });
      },
    },
  };
}

interface Existing {
  header: string[];
  records: string[][];
  /** Respondent id → its values by column (for the change diff). */
  byId: Map<string, Record<string, string>>;
}

function readExisting(file: string): Existing {
  if (!fs.existsSync(file)) return { header: [], records: [], byId: new Map() };
  const records: string[][] = [];
  const parser = new CsvParser(file, (record) => records.push(record.fields));
  parser.push(fs.readFileSync(file, 'utf8'));
  parser.end();
  const header = (records.shift() ?? []).map((field) => field.trim());
  const idIndex = header.indexOf('id');
  const byId = new Map<string, Record<string, string>>();
  if (idIndex !== -1)
    for (const record of records)
      byId.set(record[idIndex] ?? '', Object.fromEntries(header.map((column, index) => [column, record[index] ?? ''])));
  return { header, records, byId };
}

/** Reads the source's changed rows first, so `--update` can rewrite them in place. */
async function collectChanges(table: Table, importer: RowImporter): Promise<Map<string, Record<string, string>>> {
  const changed = new Map<string, Record<string, string>>();
  for await (const { cells } of table.rows) {
    const outcome = importer.convert(cells);
    if (outcome.kind === 'changed') changed.set(outcome.id, outcome.values);
  }
  return changed;
}

export async function importFile(options: ImportOptions): Promise<ImportSummary> {
  const { workspace, period } = options;
  const format =
    options.format === 'auto' || options.format === undefined ? (/\.xlsx$/i.test(options.input) ? 'xlsx' : 'csv') : options.format;
  const encoding = format === 'xlsx' ? { name: 'utf-8' as const, note: null } : await detectEncoding(options.input);
  const open = (progress?: (done: number, total: number) => void): Promise<Table> =>
    format === 'xlsx' ? openXlsx(options.input, workspace.unit) : openCsv(options.input, encoding.name, progress);
  const table = await open(options.onProgress);
  const plan = planImport(table.header, workspace.unit, period, options.explicit);
  options.onPlan?.(plan);

  const responsesFile = path.join(options.root, period.folder, 'responses.csv');
  const summary: ImportSummary = {
    read: 0,
    imported: 0,
    unchanged: 0,
    changed: [],
    updated: false,
    rejected: 0,
    plan,
    valueMappings: [],
    valueMappingEntries: [],
    encoding,
    stopped: plan.blocked.length > 0,
    responsesFile,
    rejectsFile: null,
    diagnostics: [],
  };
  if (summary.stopped) return summary;

  const existing = readExisting(responsesFile);
  const header = [...existing.header];
  for (const column of canonicalHeader(workspace.unit)) if (!header.includes(column)) header.push(column);
  const importerOptions = { existing: existing.byId, valueOverrides: options.valueOverrides };
  const updates = options.update
    ? await collectChanges(await open(), new RowImporter(workspace.unit, period, plan.mapping, importerOptions))
    : new Map<string, Record<string, string>>();
  const importer = new RowImporter(workspace.unit, period, plan.mapping, importerOptions);

  // Rows stream to temporary siblings of their targets, so memory does not grow with the input;
  // nothing replaces a file before the last row is in (and a dry run writes nothing).
  const output = options.dryRun ? undefined : new AtomicFileWriter(responsesFile);
  const rejectsTarget = path.join(options.root, period.folder, 'imports', `${path.basename(options.input)}.rejects.csv`);
  let rejectsOutput: AtomicFileWriter | undefined;
  const idIndex = existing.header.indexOf('id');
  try {
    output?.write(`${csvRow(header)}\n`);
    for (const record of existing.records) {
      const update = idIndex === -1 ? undefined : updates.get(record[idIndex] ?? '');
      output?.write(`${csvRow(header.map((column, index) => update?.[column] ?? record[index] ?? ''))}\n`);
    }
    for await (const { cells, number, problem } of table.rows) {
      summary.read++;
      if (problem) summary.diagnostics.push(problem);
      const outcome: RowOutcome = problem ? { kind: 'rejected', reason: problem.message } : importer.convert(cells);
      if (outcome.kind === 'imported') {
        summary.imported++;
        output?.write(`${csvRow(header.map((column) => outcome.values[column] ?? ''))}\n`);
      } else if (outcome.kind === 'unchanged') {
        summary.unchanged++;
      } else if (outcome.kind === 'changed') {
        summary.changed.push({ id: outcome.id, changes: outcome.changes });
      } else {
        summary.rejected++;
        if (options.dryRun) continue;
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
  summary.valueMappings = importer.mappings.lines();
  summary.valueMappingEntries = importer.mappings.entries();
  summary.updated = !options.dryRun && updates.size > 0;
  summary.rejectsFile = summary.rejected > 0 && !options.dryRun ? rejectsTarget : null;
  rejectsOutput?.commit();
  if (output) {
    if (summary.imported > 0 || summary.updated || !fs.existsSync(responsesFile)) output.commit();
    else output.abort();
  }
  return summary;
}
