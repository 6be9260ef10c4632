/**
 * Compute speed, printed (not asserted):
 * 1. `skm compute --json` on a generated 1,000,000-row responses.csv (≈ 65 MB) through the streaming
 *    path, in a fresh child process: time and peak RSS (target ≤ 200 MB);
 * 2. DuckDB (`@duckdb/node-api`) averaging the nine unsur columns of the same file with
 *    `SELECT avg(U1), … FROM read_csv(…)`, in a fresh child process; both times and the ratio
 *    (goal: ours within 1,5× of DuckDB);
 * 3. the per-1,000-row cost of load + compute and of compute alone on a 10,000-row period, warm.
 * Generated data goes to `.bench-data/` (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../src/cli/main';
import { computePeriod } from '../src/core/compute/compute-period';
import { loadWorkspace } from '../src/core/load/load-workspace';
import { MemoryFiles } from '../src/core/load/workspace-files';

const DATA = path.resolve('.bench-data');
const HEADER = 'id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';
const UNSUR = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
const EDUCATION = ['SD', 'SMP', 'SMA', 'D1-D4', 'S1', 'S2', 'S3'];
const OCCUPATION = ['PNS', 'TNI', 'Polri', 'Swasta', 'Wirausaha', 'Lainnya'];
const SKM_YAML = [
  'unit:',
  '  name: Unit Bench',
  '  city: Samarinda',
  'services:',
  '  - { code: rapat, label: Ruang rapat }',
  '  - { code: surat, label: Persuratan }',
  '',
].join('\n');
const PERIOD_YAML = [
  'label: Tahun 2024',
  'start: 2024-01-01',
  'end: 2024-12-31',
  'reportDate: 2025-01-15',
  'population: { size: 2000000 }',
  '',
].join('\n');

/** Deterministic rows (xorshift): every run computes the same data. */
function rowGenerator(): (index: number) => string {
  let state = 0x5eed1234;
  const next = (limit: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % limit;
  };
  return (index) => {
    const month = String(1 + next(12)).padStart(2, '0');
    const day = String(1 + next(28)).padStart(2, '0');
    const level = 2 + next(2);
    const scores = UNSUR.map(() => Math.min(4, level + next(2))).join(',');
    return `r${index},2024-${month}-${day},${next(2) ? '08.00-12.00' : '13.00-17.00'},${next(2) ? 'rapat' : 'surat'},${next(2) ? 'L' : 'P'},${18 + next(50)},${EDUCATION[next(7)]},${OCCUPATION[next(6)]},${scores},`;
  };
}

function csvText(rows: number): string {
  const row = rowGenerator();
  const lines = [HEADER];
  for (let index = 1; index <= rows; index++) lines.push(row(index));
  return `${lines.join('\n')}\n`;
}

function makeLargeWorkspace(rows: number): { root: string; csv: string } {
  const root = path.join(DATA, `compute-${rows}`);
  const csv = path.join(root, 'periods/2024/responses.csv');
  if (fs.existsSync(csv)) return { root, csv };
  fs.mkdirSync(path.dirname(csv), { recursive: true });
  fs.writeFileSync(path.join(root, 'skm.yaml'), SKM_YAML);
  fs.writeFileSync(path.join(root, 'periods/2024/period.yaml'), PERIOD_YAML);
  const row = rowGenerator();
  const handle = fs.openSync(csv, 'w');
  let batch: string[] = [HEADER];
  for (let index = 1; index <= rows; index++) {
    batch.push(row(index));
    if (batch.length === 10_000) {
      fs.writeSync(handle, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) fs.writeSync(handle, `${batch.join('\n')}\n`);
  fs.closeSync(handle);
  return { root, csv };
}

/** Child mode 1: `skm compute <root> --json`; prints {ms, maxRssMb, ikmConverted}. */
async function childCompute(root: string): Promise<void> {
  const start = performance.now();
  let stdout = '';
  const code = await runCli(['compute', root, '--json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: {},
    isTTY: false,
  });
  const ms = performance.now() - start;
  const result = JSON.parse(stdout) as { ikmConverted: number; unsur: { nrr: number }[] };
  process.stdout.write(
    JSON.stringify({
      code,
      ms,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      ikmConverted: result.ikmConverted,
      nrr: result.unsur.map((unsur) => unsur.nrr),
    }),
  );
}

/** Child mode 2: DuckDB averages the nine columns; prints {ms, queryMs, averages}. */
async function childDuckDb(csv: string): Promise<void> {
  const start = performance.now();
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const queryStart = performance.now();
  const columns = UNSUR.map((code) => `avg(${code})`).join(', ');
  const reader = await connection.runAndReadAll(`SELECT ${columns} FROM read_csv('${csv.replace(/'/g, "''")}', header = true)`);
  const averages = reader.getRows()[0]?.map(Number) ?? [];
  const end = performance.now();
  process.stdout.write(
    JSON.stringify({ ms: end - start, queryMs: end - queryStart, maxRssMb: process.resourceUsage().maxRSS / 1024, averages }),
  );
}

function child<T>(mode: string, argument: string): { value: T; wallMs: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [__filename, mode, argument], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${mode} failed: ${result.stderr}`);
  return { value: JSON.parse(result.stdout) as T, wallMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void, repeats: number, warmups = 3): number {
  for (let index = 0; index < warmups; index++) run();
  const times: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const f = (value: number, decimals = 0): string => value.toFixed(decimals);

async function main(): Promise<void> {
  const [mode, argument] = process.argv.slice(2);
  if (mode === '--child-compute' && argument) return childCompute(argument);
  if (mode === '--child-duckdb' && argument) return childDuckDb(argument);

  const rows = 1_000_000;
  const generateStart = performance.now();
  const { root, csv } = makeLargeWorkspace(rows);
  const size = fs.statSync(csv).size;
  console.log(
    `data: ${rows.toLocaleString('en')} rows, ${f(size / 1024 / 1024, 1)} MB (${path.relative(process.cwd(), csv)}; ready in ${f(performance.now() - generateStart)} ms)`,
  );

  const ours: { ms: number; wall: number; rss: number; nrr: number[] }[] = [];
  const duck: { ms: number; queryMs: number; wall: number; rss: number; averages: number[] }[] = [];
  for (let run = 0; run < 3; run++) {
    const a = child<{ ms: number; maxRssMb: number; nrr: number[] }>('--child-compute', root);
    ours.push({ ms: a.value.ms, wall: a.wallMs, rss: a.value.maxRssMb, nrr: a.value.nrr });
    const b = child<{ ms: number; queryMs: number; maxRssMb: number; averages: number[] }>('--child-duckdb', csv);
    duck.push({ ms: b.value.ms, queryMs: b.value.queryMs, wall: b.wallMs, rss: b.value.maxRssMb, averages: b.value.averages });
  }
  const oursMs = median(ours.map((item) => item.ms));
  const oursWall = median(ours.map((item) => item.wall));
  const duckMs = median(duck.map((item) => item.ms));
  const duckQuery = median(duck.map((item) => item.queryMs));
  const duckWall = median(duck.map((item) => item.wall));
  const agree = ours[0]!.nrr.every((value, index) => Math.abs(value - (duck[0]!.averages[index] ?? Number.NaN)) < 1e-9);
  console.log(
    `1. skm compute --json, streaming, 1M rows: ${f(oursMs)} ms in-process (${f(oursWall)} ms process wall), peak RSS ${f(Math.max(...ours.map((item) => item.rss)))} MB (target ≤ 200 MB) — median of 3 fresh processes`,
  );
  console.log(
    `2. DuckDB avg(U1..U9) over read_csv: ${f(duckMs)} ms incl. instance start (${f(duckQuery)} ms query only; ${f(duckWall)} ms process wall), peak RSS ${f(Math.max(...duck.map((item) => item.rss)))} MB`,
  );
  console.log(
    `   ratio ours / DuckDB: ${f(oursMs / duckMs, 2)}× (in-process), ${f(oursMs / duckQuery, 2)}× (vs query only), ${f(oursWall / duckWall, 2)}× (process wall) — goal ≤ 1,5×`,
  );
  console.log(`   the nine NRRs agree with DuckDB's averages to 1e-9: ${agree ? 'yes' : 'NO'}`);

  const small = 10_000;
  const files = new MemoryFiles({
    'skm.yaml': SKM_YAML,
    'periods/2024/period.yaml': PERIOD_YAML,
    'periods/2024/responses.csv': csvText(small),
  });
  const loaded = loadWorkspace(files);
  const workspace = loaded.workspace!;
  const loadAndCompute = time(() => {
    const again = loadWorkspace(files).workspace!;
    computePeriod(again, '2024');
  }, 15);
  const computeOnly = time(() => computePeriod(workspace, '2024'), 25);
  console.log(
    `3. 10,000-row period, warm: load + compute ${f(loadAndCompute, 1)} ms = ${f(loadAndCompute / 10, 2)} ms per 1,000 rows; compute only ${f(computeOnly, 2)} ms = ${f(computeOnly / 10, 3)} ms per 1,000 rows`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
