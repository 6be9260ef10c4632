/**
 * Compute speed, whole processes: `skm compute --json` over generated realistic workspaces
 * (10k, 100k, 1M rows; 5M with `--5m`; the 1M file also as Windows-1252) against DuckDB averaging
 * the nine unsur columns of the same CSV in the same run, and against the floor (a bare node read
 * counting newlines). Targets (issue 12): ≤ 1,0× DuckDB, ≤ 200 MB, within 3× of the floor.
 * The NRRs are checked against DuckDB's averages.
 */
import { duckdb, DUCKDB_AVERAGES, floor } from './anchors';
import type { Encoding } from './harness';
import { mb, measure, pair, report, SKM, summary, workspace } from './harness';

const REPEATS = 3;

function figure(rows: number, encoding: Encoding): void {
  const { root, csv, bytes } = workspace(rows, encoding);
  const label = `compute ${rows.toLocaleString('en')} rows, ${encoding} (${mb(bytes)})`;
  const ours = () => measure(process.execPath, [SKM, 'compute', root, '--json']);
  const { ours: a, anchor: b } = pair(REPEATS, ours, () => duckdb(csv, encoding, DUCKDB_AVERAGES));
  report(label, a, 'DuckDB', b, { ratio: 1, rssMb: 200 });
  const nrr = (JSON.parse(a.last.stdout) as { unsur: { nrr: number }[] }).unsur.map((unsur) => unsur.nrr);
  const averages = JSON.parse(b.last.stdout) as number[];
  const agree = nrr.every((value, index) => Math.abs(value - (averages[index] ?? Number.NaN)) < 1e-9);
  console.log(`  the nine NRRs agree with DuckDB's averages to 1e-9: ${agree ? 'yes' : 'NO'}`);
  if (rows >= 1_000_000 && encoding === 'utf-8') {
    const { ours: c, anchor: d } = pair(REPEATS, ours, () => floor(csv));
    report(`${label} against the floor`, c, 'floor', d, { ratio: 3 });
  }
}

const sizes = [10_000, 100_000, 1_000_000, ...(process.argv.includes('--5m') ? [5_000_000] : [])];
for (const rows of sizes) figure(rows, 'utf-8');
figure(1_000_000, 'windows-1252');
if (!process.argv.includes('--5m')) console.log('(5,000,000 rows: run `npm run bench -- compute --5m`)');
summary();
