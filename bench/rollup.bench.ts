/**
 * Roll-up speed, printed (not asserted):
 * 1. `skm rollup` of the synthetic province (44 unit workspaces, 2 semesters) in-process, JSON out;
 *    target ≤ 2 s. Anchor: `skm compute` of every one of its unit-periods in the same process.
 * 2. The national simulation: 30,000 unit aggregates (9 unsur × 3 services, generated inside
 *    DuckDB into one Parquet file), rolled up by `skm rollup file.parquet` in a fresh child process;
 *    target ≤ 5 s and ≤ 500 MB peak RSS. Anchor: DuckDB's own `SELECT count(*), sum(value)` over
 *    the same file.
 * 3. The raw-response SQL path: `sql/raw-unit-unsur.sql` over N answer rows in Parquet with DuckDB
 *    (N = BENCH_RAW_ROWS, default 50,000,000; bench/raw-answers.ts: 3,000 units, three services,
 *    2% blank answers); time and rows/s. Anchor: DuckDB's count/sum over the same file. The same
 *    5M-row job through the two-shard ClickHouse cluster, beside DuckDB with every figure compared,
 *    is `bash scripts/clickhouse-cluster-test.sh --bench`.
 * Generated data goes to `.bench-data/` (git-ignored).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../src/cli/main';
import { AGGREGATE_SCHEMA_VERSION } from '../src/core/aggregate/schema';
import { unsurSetOf } from '../src/core/aggregate/unsur-set';
import { PERMENPANRB_14_2017 } from '../src/core/model/rule-sets';
import { openDuckDb } from '../src/node/duckdb';
import { readSql } from '../src/node/sql-files';
import { rawAnswersDuckDb } from './raw-answers';

const DATA = path.resolve('.bench-data');
const CLI = path.resolve('bin/skm.js');
/** The machine is shared: every line says how loaded it was (1-minute load average, 2 cores). */
const load = (): string => `load ${os.loadavg()[0]!.toFixed(1)}`;
/** Wall and CPU both judged against the target: wall is what a user waits; CPU is what contention does not inflate. */
const verdict = (wallMs: number, cpuMs: number, target: number): string =>
  wallMs <= target ? 'ok' : cpuMs <= target ? 'CPU ok, wall OVER TARGET' : 'OVER TARGET';
const io = (sink: { out: string }) => ({
  stdout: (text: string) => (sink.out += text),
  stderr: () => undefined,
  cwd: DATA,
  env: {},
  isTTY: false,
});

async function province(): Promise<void> {
  const folder = path.join(DATA, 'province');
  execFileSync(process.execPath, [path.resolve('samples/province/generate.mjs'), '--out', folder], { stdio: 'pipe' });
  const units = path.join(folder, 'units');
  const periods = fs
    .readdirSync(units)
    .flatMap((unit) => fs.readdirSync(path.join(units, unit, 'periods')).map((period) => path.join(units, unit, 'periods', period)));
  const anchorStart = performance.now();
  for (const period of periods) await runCli(['compute', period, '--format', 'json'], io({ out: '' }));
  const anchorMs = performance.now() - anchorStart;
  // Second anchor: DuckDB reading the same responses files bare (one read_csv over all of them).
  const database = (await openDuckDb())!;
  const bareStart = performance.now();
  const [bare] = await database.rows(
    `SELECT count(*) AS rows FROM read_csv('${path.join(units, '*', 'periods', '*', 'responses.csv')}', union_by_name = true, all_varchar = true)`,
  );
  const bareMs = performance.now() - bareStart;
  database.close();
  await runCli(['rollup', units, '--format', 'json'], io({ out: '' })); // warm: DuckDB loaded once
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const sink = { out: '' };
  await runCli(['rollup', units, '--format', 'json'], io(sink));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const result = JSON.parse(sink.out) as { units: number; figures: unknown[] };
  console.log(
    `rollup, ${result.units} unit workspaces (${result.figures.length} unit-periods), in-process: ${ms.toFixed(0)} ms wall, ${(cpuMs / 1000).toFixed(2)} s CPU (target ≤ 2000 ms: ${verdict(ms, cpuMs, 2000)}); ${load()}`,
  );
  console.log(
    `  anchor: skm compute of the same ${periods.length} periods, one by one in-process: ${anchorMs.toFixed(0)} ms (rollup / anchor ${(ms / anchorMs).toFixed(2)}); DuckDB reading their responses.csv bare (${Number(bare!['rows']).toLocaleString('en')} rows): ${bareMs.toFixed(0)} ms (rollup / bare ${(ms / bareMs).toFixed(1)})`,
  );
}

/** 30,000 units × ('*' + 3 services) × 9 unsur × (answered, score_sum, 4 histogram points), plus respondents. */
const NATIONAL_SQL = `
COPY (
  WITH cells AS (
    SELECT u.range AS unit, s.range AS service, x.range AS unsur,
      50 + (u.range * 7919 + s.range * 104729 + x.range * 1299709) % 151 AS answered,
      (u.range * 31 + s.range * 17 + x.range * 13) % 997 AS salt
    FROM range(30000) u, range(4) s, range(9) x
  ), points AS (
    SELECT unit, service, unsur, answered,
      answered * (5 + salt % 10) // 100 AS h1, answered * (15 + salt % 10) // 100 AS h2, answered * (40 + salt % 7) // 100 AS h3
    FROM cells
  ), full_points AS (
    SELECT *, answered - h1 - h2 - h3 AS h4 FROM points
  ), base AS (
    SELECT unit, service, unsur, answered, h1, h2, h3, h4,
      'u' || lpad(CAST(unit AS VARCHAR), 5, '0') AS unit_id,
      CASE WHEN service = 0 THEN '*' ELSE 's' || CAST(service AS VARCHAR) END AS service_id,
      'U' || CAST(unsur + 1 AS VARCHAR) AS unsur_id
    FROM full_points
  ), measures AS (
    SELECT unit_id, service_id, unsur_id, 'answered' AS measure, 0 AS point, answered AS value FROM base
    UNION ALL SELECT unit_id, service_id, unsur_id, 'score_sum', 0, h1 + 2 * h2 + 3 * h3 + 4 * h4 FROM base
    UNION ALL SELECT unit_id, service_id, unsur_id, 'histogram', 1, h1 FROM base
    UNION ALL SELECT unit_id, service_id, unsur_id, 'histogram', 2, h2 FROM base
    UNION ALL SELECT unit_id, service_id, unsur_id, 'histogram', 3, h3 FROM base
    UNION ALL SELECT unit_id, service_id, unsur_id, 'histogram', 4, h4 FROM base
    UNION ALL SELECT unit_id, service_id, '', 'respondents', 0, max(answered) FROM base WHERE unsur = 0 GROUP BY unit_id, service_id
  )
  SELECT ${AGGREGATE_SCHEMA_VERSION} AS schema_version, unit_id AS unit, 'Unit ' || unit_id AS unit_name, '2025-s1' AS period, 'Semester I 2025' AS period_label,
    '2025-01-01' AS period_start, '2025-06-30' AS period_end, 'permenpanrb-14-2017' AS rule_set, '${unsurSetOf(PERMENPANRB_14_2017.unsur)}' AS unsur_set,
    'exact' AS mode, 'summary' AS source, '' AS revision, '' AS content_hash, measure, service_id AS service, unsur_id AS unsur,
    '' AS unsur_pair, CAST(point AS INTEGER) AS point, '' AS attribute, '' AS category, '' AS label, CAST(value AS BIGINT) AS value
  FROM measures
) TO '${path.join(DATA, 'national.parquet')}' (FORMAT parquet)`;

async function national(): Promise<void> {
  const file = path.join(DATA, 'national.parquet');
  const database = (await openDuckDb())!;
  // Regenerated when missing or written under another schema version.
  const stale =
    fs.existsSync(file) &&
    Number((await database.rows(`SELECT max(schema_version) AS v FROM read_parquet('${file}')`))[0]!['v']) !== AGGREGATE_SCHEMA_VERSION;
  if (!fs.existsSync(file) || stale) await database.run(NATIONAL_SQL);
  const anchorStart = performance.now();
  const [count] = await database.rows(`SELECT count(*) AS rows, sum(value) AS total FROM read_parquet('${file}')`);
  const anchorMs = performance.now() - anchorStart;
  database.close();
  // A fresh process, as a pembina would run it; /usr/bin/time reports its peak RSS (kB).
  const start = performance.now();
  const timed = spawnSync(
    '/usr/bin/time',
    ['-f', '%U %S %M', process.execPath, CLI, 'rollup', file, '--format', 'json', '--out', path.join(DATA, 'national.json')],
    {
      encoding: 'utf8',
    },
  );
  const ms = performance.now() - start;
  const [user, system, rss] = (timed.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  const rssMb = Number(rss) / 1024;
  const cpuS = Number(user) + Number(system);
  const line = { ms: Math.round(ms), status: timed.status, stderr: timed.stderr };
  const result = JSON.parse(fs.readFileSync(path.join(DATA, 'national.json'), 'utf8')) as {
    units: number;
    groups: { index: { pooled: { ikmConverted: number } } }[];
  };
  console.log(
    `rollup, national simulation: ${result.units} unit aggregates (${Number(count!['rows']).toLocaleString('en')} rows, 9 unsur × 3 services) in a fresh process: ${line.ms} ms wall, ${cpuS.toFixed(2)} s CPU (target ≤ 5000 ms: ${verdict(line.ms, cpuS * 1000, 5000)}); peak RSS ${Number.isFinite(rssMb) ? rssMb.toFixed(0) : '?'} MB (target ≤ 500 MB)${rssMb > 500 ? '  OVER TARGET' : ''}; ${load()}${line.status === 0 ? '' : `  FAILED: ${line.stderr}`}`,
  );
  console.log(
    `  pooled national IKM ${result.groups[0]?.index.pooled.ikmConverted.toFixed(4)}; anchor: DuckDB count/sum over the same Parquet ${anchorMs.toFixed(0)} ms (rollup / anchor ${(line.ms / anchorMs).toFixed(1)})`,
  );
}

async function raw(): Promise<void> {
  const rows = Number(process.env['BENCH_RAW_ROWS'] ?? 50_000_000);
  const file = path.join(DATA, `raw-answers-${rows}.parquet`);
  const database = (await openDuckDb())!;
  const generateStart = performance.now();
  if (!fs.existsSync(file)) {
    const partial = `${file}.${process.pid}.tmp`;
    await database.run(`COPY (${rawAnswersDuckDb(rows)}) TO '${partial}' (FORMAT parquet)`);
    fs.renameSync(partial, file);
  }
  const generateMs = performance.now() - generateStart;
  const megabytes = fs.statSync(file).size / 1024 / 1024;
  await database.run(`CREATE VIEW responses AS SELECT * FROM read_parquet('${file}')`);
  // Anchor: DuckDB scanning the same columns bare (count and sum, no grouping).
  const anchorStart = performance.now();
  await database.rows(`SELECT count(*) AS n, sum(score) AS s FROM responses WHERE score BETWEEN 1 AND 4`);
  const anchorMs = performance.now() - anchorStart;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await database.rows(readSql('raw-unit-unsur'));
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const answered = result.reduce((sum, row) => sum + Number(row['answered'] as bigint), 0);
  const [bare] = await database.rows(`SELECT count(*) AS n FROM responses WHERE score BETWEEN 1 AND 4`);
  database.close();
  console.log(
    `raw-response SQL (sql/raw-unit-unsur.sql) over ${rows.toLocaleString('en')} answer rows in Parquet (${megabytes.toFixed(0)} MB), DuckDB: ${ms.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${((rows / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 })} rows/s; ${result.length.toLocaleString('en')} unit-unsur rows, ${answered.toLocaleString('en')} answers counted${answered === Number(bare!['n']) ? '' : '  MISMATCH'} (the rest blank); ${load()}`,
  );
  console.log(
    `  anchor: DuckDB count/sum over the same file, no grouping: ${anchorMs.toFixed(0)} ms (SQL / anchor ${(ms / anchorMs).toFixed(1)}); file written in ${(generateMs / 1000).toFixed(1)} s (${generateMs < 1000 ? 'already there' : 'not timed'})`,
  );
}

/** `npm run bench -- rollup --national` runs only the named parts (--province, --national, --raw). */
async function main(): Promise<void> {
  fs.mkdirSync(DATA, { recursive: true });
  const chosen = ['province', 'national', 'raw'].filter((part) => process.argv.includes(`--${part}`));
  const runs = (part: string): boolean => chosen.length === 0 || chosen.includes(part);
  if (runs('province')) await province();
  if (runs('national')) await national();
  if (runs('raw')) await raw();
}

void main();
