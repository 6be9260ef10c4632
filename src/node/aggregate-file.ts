/**
 * Reading and writing aggregate files (docs/aggregate.md) through DuckDB: Parquet (default) or
 * CSV, chosen by the caller or by the file's extension. Writes go to a temporary sibling and are
 * renamed into place, so a failed write leaves no partial file.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AGGREGATE_COLUMNS } from '../core/aggregate/schema';
import type { AggregateRow } from '../core/aggregate/schema';
import type { DuckDb } from './duckdb';
import { sqlString } from './duckdb';
import { createTable } from './sql-dialect';

export type AggregateFormat = 'parquet' | 'csv' | 'json';

/** The table every aggregate is loaded into. */
export const AGGREGATE_TABLE = 'aggregate';

/** Format from a file name: .csv → csv, .json/.jsonl/.ndjson → json, anything else → parquet. */
export function formatOfFile(file: string): AggregateFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(json|jsonl|ndjson)$/.test(lower)) return 'json';
  return 'parquet';
}

/** `CREATE TABLE` of the aggregate table with the schema's columns. */
export function createAggregateTable(table = AGGREGATE_TABLE): string {
  return createTable(table, AGGREGATE_COLUMNS);
}

/** Appends rows to the aggregate table (created when missing), through one bulk CSV load. */
export async function appendAggregate(database: DuckDb, rows: readonly AggregateRow[], table = AGGREGATE_TABLE): Promise<void> {
  const spool = new AggregateSpool();
  try {
    spool.add(rows);
    await spool.load(database, table);
  } finally {
    spool.dispose();
  }
}

const csvField = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * Aggregate rows of many units gathered in a temporary CSV file (each unit's rows written as it
 * is aggregated, so memory stays flat) and loaded into DuckDB by one `read_csv` — a bulk load,
 * not one native call per cell. The file is removed by `dispose`.
 */
export class AggregateSpool {
  private readonly folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-aggregate-'));
  readonly file = path.join(this.folder, 'rows.csv');
  private readonly descriptor = fs.openSync(this.file, 'w');
  rows = 0;

  constructor() {
    fs.writeSync(this.descriptor, `${AGGREGATE_COLUMNS.map((column) => column.name).join(',')}\n`);
  }

  add(rows: readonly AggregateRow[]): void {
    let text = '';
    for (const row of rows) {
      text += `${AGGREGATE_COLUMNS.map((column) => (column.type === 'VARCHAR' ? csvField(String(row[column.name])) : String(row[column.name]))).join(',')}\n`;
      if (text.length > 1 << 20) {
        fs.writeSync(this.descriptor, text);
        text = '';
      }
    }
    if (text !== '') fs.writeSync(this.descriptor, text);
    this.rows += rows.length;
  }

  /** Creates `table` when missing and inserts every spooled row. */
  async load(database: DuckDb, table: string): Promise<void> {
    await database.run(createAggregateTable(table));
    if (this.rows > 0) await database.run(`INSERT INTO ${table} SELECT * FROM ${readAggregateExpression(this.file)}`);
  }

  dispose(): void {
    try {
      fs.closeSync(this.descriptor);
    } catch {
      // already closed
    }
    fs.rmSync(this.folder, { recursive: true, force: true });
  }
}

/** Writes the aggregate table (or a query over it) to `target` atomically. */
export async function writeAggregateFile(
  database: DuckDb,
  target: string,
  format: AggregateFormat,
  table = AGGREGATE_TABLE,
): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const options =
    format === 'csv'
      ? "FORMAT csv, HEADER true, QUOTE '\"', ESCAPE '\"'"
      : format === 'json'
        ? 'FORMAT json'
        : 'FORMAT parquet, COMPRESSION zstd';
  try {
    await database.run(`COPY (SELECT * FROM ${table}) TO ${sqlString(temporary)} (${options})`);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** The DuckDB table expression reading one aggregate file with the schema's column types. */
export function readAggregateExpression(file: string): string {
  const format = formatOfFile(file);
  if (format === 'json') {
    const columns = AGGREGATE_COLUMNS.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(', ');
    return `read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${columns}})`;
  }
  if (format === 'csv') {
    const columns = AGGREGATE_COLUMNS.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(', ');
    // An empty CSV field reads as NULL; the schema has no NULLs (empty text is '', as written).
    const select = AGGREGATE_COLUMNS.map((column) =>
      column.type === 'VARCHAR' ? `coalesce(${column.name}, '') AS ${column.name}` : column.name,
    ).join(', ');
    return `(SELECT ${select} FROM read_csv(${sqlString(file)}, header = true, quote = '"', escape = '"', columns = {${columns}}))`;
  }
  return `read_parquet(${sqlString(file)})`;
}
