/**
 * The anchors the benchmarks compare against, each run as a bare `node -e` script in a fresh
 * process from the repository root (so `@duckdb/node-api` resolves): DuckDB over the same CSV,
 * and the floor — reading the file and counting its newlines.
 */
import { measure } from './harness';
import type { Encoding, Sample } from './harness';

const DUCKDB = `
const { DuckDBInstance } = require('@duckdb/node-api');
(async () => {
  const [csv, encoding, sql] = process.argv.slice(1);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const source = "read_csv('" + csv.replace(/'/g, "''") + "', header = true, encoding = '" + encoding + "')";
  const reader = await connection.runAndReadAll(sql.replace('$SOURCE', source));
  process.stdout.write(JSON.stringify(reader.getRows()[0].map(Number)));
})();`;

const FLOOR = `
const fs = require('fs');
const handle = fs.openSync(process.argv[1], 'r');
const buffer = Buffer.allocUnsafe(1 << 20);
let lines = 0;
for (let read; (read = fs.readSync(handle, buffer, 0, buffer.length, null)) > 0; ) {
  const chunk = read === buffer.length ? buffer : buffer.subarray(0, read);
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
}
process.stdout.write(String(lines));`;

/** DuckDB runs `sql` with `$SOURCE` standing for read_csv of the file; prints the first row. */
export function duckdb(csv: string, encoding: Encoding, sql: string): Sample {
  return measure(process.execPath, ['-e', DUCKDB, csv, encoding === 'utf-8' ? 'utf-8' : 'latin-1', sql]);
}

export const DUCKDB_AVERAGES = `SELECT ${['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => `avg(${code})`).join(', ')} FROM $SOURCE`;

/** The checks lint makes over rows, in SQL: duplicate ids, dates out of range, blank scores. */
export const DUCKDB_LINT = `SELECT count(*) - count(DISTINCT id), count(*) FILTER (WHERE date < DATE '2024-01-01' OR date > DATE '2024-12-31'), ${['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].map((code) => `count(*) FILTER (WHERE ${code} IS NULL)`).join(' + ')} FROM $SOURCE`;

export function floor(csv: string): Sample {
  return measure(process.execPath, ['-e', FLOOR, csv]);
}

/** A bare node start. */
export function bareNode(): Sample {
  return measure(process.execPath, ['-e', '0']);
}
