/**
 * The two-shard ClickHouse check, driven by scripts/clickhouse-cluster-test.sh (which starts the
 * servers and stops them by PID). It generates the synthetic province, turns every unit into its
 * partial aggregate and its raw answers, loads them into DuckDB and — split row by row across the
 * two shards — into ClickHouse, runs every `sql/` query on DuckDB and through the Distributed
 * tables, and asserts that DuckDB, ClickHouse and `skm compute` agree on every figure: integer
 * counts and sums exactly, and the IKM to the last digit (the engine's exact `ikmFigures` on the
 * ClickHouse sums against `skm compute --format json`).
 *
 *   node out/clickhouse/driver.js --ports 29001,29002 --work <dir> [--client clickhouse-client] [--bench-rows N]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { AGGREGATE_COLUMNS, RAW_RESPONSE_COLUMNS } from '../../src/core/aggregate/schema';
import type { AggregateRow } from '../../src/core/aggregate/schema';
import { ikmFigures } from '../../src/core/compute/ikm-figures';
import { resolveMode } from '../../src/core/compute/modes';
import { compareCodes } from '../../src/core/aggregate/unsur-set';
import type { ComputeJson } from '../../src/core/compute/compute-json';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { findRuleSet } from '../../src/core/model/rule-sets';
import { appendAggregate } from '../../src/node/aggregate-file';
import { openDuckDb } from '../../src/node/duckdb';
import { FsFiles } from '../../src/node/fs-files';
import type { DuckDb } from '../../src/node/duckdb';
import { createTable, toClickHouseDdl } from '../../src/node/sql-dialect';
import { readSql } from '../../src/node/sql-files';
import { aggregateUnit } from '../../src/node/unit-aggregate';
import { rawAnswersClickHouse, rawAnswersDuckDb } from '../../bench/raw-answers';

type Row = Record<string, string | number>;

const QUERIES = ['unit-unsur', 'unit-period', 'unit-pairs', 'group-unsur', 'raw-unit-unsur'] as const;
const TEXT_COLUMNS = new Set([
  'unit',
  'period',
  'rule_set',
  'unsur_set',
  'unsur',
  'unsur_pair',
  'label',
  'unit_name',
  'period_label',
  'period_start',
  'period_end',
  'source',
  'revision',
]);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const ports = (option('ports') ?? '').split(',').filter(Boolean);
const work = option('work') ?? '';
const client = option('client') ?? 'clickhouse-client';
let failures = 0;
const fail = (message: string): void => {
  failures++;
  if (failures <= 20) console.error(`BEDA / MISMATCH: ${message}`);
};

function clickhouse(port: string, query: string, input?: string): string {
  return execFileSync(client, ['--port', port, '--query', query], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
}

/** TabSeparated escaping of a value. */
function tsv(value: string | number): string {
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

function parseTsv(text: string): Row[] {
  const lines = text.split('\n').filter((line) => line !== '');
  const header = (lines.shift() ?? '').split('\t');
  const unescape = (cell: string): string =>
    cell.replace(/\\(.)/g, (_whole, character: string) => ({ t: '\t', n: '\n', '\\': '\\' })[character] ?? character);
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Row = {};
    header.forEach((column, index) => {
      const cell = unescape(cells[index] ?? '');
      row[column] = TEXT_COLUMNS.has(column) ? cell : Number(cell);
    });
    return row;
  });
}

function normalise(rows: Record<string, unknown>[]): Row[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(row)) out[key] = TEXT_COLUMNS.has(key) ? String(value) : Number(value);
    return out;
  });
}

const sortKey = (row: Row): string =>
  JSON.stringify(
    Object.keys(row)
      .filter((key) => TEXT_COLUMNS.has(key))
      .map((key) => row[key]),
  );
const sorted = (rows: Row[]): Row[] =>
  [...rows].sort((left, right) => (sortKey(left) < sortKey(right) ? -1 : sortKey(left) > sortKey(right) ? 1 : 0));

function compareRowSets(name: string, left: Row[], right: Row[], leftName: string, rightName: string): void {
  if (left.length !== right.length) fail(`${name}: ${leftName} ${left.length} rows, ${rightName} ${right.length}`);
  const a = sorted(left);
  const b = sorted(right);
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    for (const key of Object.keys(a[index]!)) {
      if (a[index]![key] !== b[index]![key])
        fail(`${name} ${sortKey(a[index]!)} ${key}: ${leftName} ${a[index]![key]} ≠ ${rightName} ${b[index]![key]}`);
    }
  }
}

async function compute(folder: string): Promise<ComputeJson> {
  let stdout = '';
  const code = await runCli(['compute', folder, '--format', 'json'], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    cwd: work,
    env: {},
    isTTY: false,
  });
  if (code !== 0) throw new Error(`skm compute ${folder} exited ${code}`);
  return JSON.parse(stdout) as ComputeJson;
}

async function main(): Promise<void> {
  if (ports.length !== 2 || work === '') throw new Error('usage: driver --ports p1,p2 --work dir');
  const started = performance.now();
  const province = path.join(work, 'province');
  execFileSync(process.execPath, [path.resolve('samples/province/generate.mjs'), '--out', province], { stdio: 'pipe' });
  const unitsFolder = path.join(province, 'units');

  // Aggregates and raw answers of every unit.
  const aggregateRows: AggregateRow[] = [];
  const rawRows: (string | number)[][] = [];
  for (const name of fs.readdirSync(unitsFolder).sort()) {
    const aggregated = await aggregateUnit(path.join(unitsFolder, name));
    aggregateRows.push(...aggregated.rows);
    // The aggregate streamed the responses; the raw answers come from the workspace loaded in memory.
    const root = path.join(unitsFolder, name);
    const workspace = loadWorkspace(new FsFiles(root), root).workspace!;
    const unsurSet = aggregated.rows[0]!.unsur_set;
    for (const period of workspace.periods) {
      for (const row of period.responses?.rows ?? []) {
        row.scores.forEach((score, index) => {
          if (score !== null)
            rawRows.push([
              name,
              period.id,
              workspace.unit.ruleSetId,
              unsurSet,
              row.service ?? '',
              row.id,
              workspace.unit.unsur[index]!.code,
              score,
            ]);
        });
      }
    }
  }
  console.log(
    `provinsi: ${fs.readdirSync(unitsFolder).length} unit, ${aggregateRows.length} baris agregat, ${rawRows.length} jawaban mentah`,
  );

  // DuckDB.
  const duck = (await openDuckDb()) as DuckDb;
  await appendAggregate(duck, aggregateRows);
  await duck.run(createTable('responses', RAW_RESPONSE_COLUMNS));
  const appender = await duck.connection.createAppender('responses');
  for (const row of rawRows) {
    row.forEach((value, index) => (index === 7 ? appender.appendInteger(Number(value)) : appender.appendVarchar(String(value))));
    appender.endRow();
  }
  appender.closeSync();
  const duckResults = new Map<string, Row[]>();
  for (const query of QUERIES) duckResults.set(query, normalise(await duck.rows(readSql(query))));
  duck.close();

  // ClickHouse: a local table on each shard, a Distributed table over both, rows split alternately.
  for (const port of ports) {
    clickhouse(port, 'DROP TABLE IF EXISTS aggregate');
    clickhouse(port, 'DROP TABLE IF EXISTS responses');
    clickhouse(port, 'DROP TABLE IF EXISTS aggregate_local');
    clickhouse(port, 'DROP TABLE IF EXISTS responses_local');
    clickhouse(port, toClickHouseDdl(createTable('aggregate_local', AGGREGATE_COLUMNS), 'MergeTree() ORDER BY (unit, period, measure)'));
    clickhouse(port, toClickHouseDdl(createTable('responses_local', RAW_RESPONSE_COLUMNS), 'MergeTree() ORDER BY (unit, period, unsur)'));
    clickhouse(port, 'CREATE TABLE aggregate AS aggregate_local ENGINE = Distributed(skm, default, aggregate_local, rand())');
    clickhouse(port, 'CREATE TABLE responses AS responses_local ENGINE = Distributed(skm, default, responses_local, rand())');
  }
  ports.forEach((port, shard) => {
    const aggregateTsv = aggregateRows
      .filter((_, index) => index % ports.length === shard)
      .map((row) => AGGREGATE_COLUMNS.map((column) => tsv(row[column.name])).join('\t'))
      .join('\n');
    clickhouse(port, 'INSERT INTO aggregate_local FORMAT TabSeparated', `${aggregateTsv}\n`);
    const rawTsv = rawRows
      .filter((_, index) => index % ports.length === shard)
      .map((row) => row.map(tsv).join('\t'))
      .join('\n');
    clickhouse(port, 'INSERT INTO responses_local FORMAT TabSeparated', `${rawTsv}\n`);
  });
  const perShard = ports.map((port) => clickhouse(port, 'SELECT count() FROM aggregate_local').trim());
  console.log(`ClickHouse: baris agregat per shard ${perShard.join(' + ')}`);
  const clickResults = new Map<string, Row[]>();
  for (const query of QUERIES) clickResults.set(query, parseTsv(clickhouse(ports[0]!, `${readSql(query)}\nFORMAT TabSeparatedWithNames`)));

  // DuckDB = ClickHouse, row by row and column by column.
  let compared = 0;
  for (const query of QUERIES) {
    compareRowSets(query, duckResults.get(query)!, clickResults.get(query)!, 'DuckDB', 'ClickHouse');
    compared += duckResults.get(query)!.length;
  }

  // ClickHouse = skm compute, for every unit and period.
  const unitUnsur = clickResults.get('unit-unsur')!;
  const rawUnsur = new Map(clickResults.get('raw-unit-unsur')!.map((row) => [`${row['unit']}|${row['period']}|${row['unsur']}`, row]));
  let periods = 0;
  for (const period of clickResults.get('unit-period')!) {
    const unit = String(period['unit']);
    const periodId = String(period['period']);
    const computed = await compute(path.join(unitsFolder, unit, 'periods', periodId));
    periods++;
    if (period['respondents'] !== computed.respondents)
      fail(`${unit} ${periodId} respondents ${period['respondents']} ≠ skm compute ${computed.respondents}`);
    const rows = unitUnsur
      .filter((row) => row['unit'] === unit && row['period'] === periodId)
      .sort((a, b) => compareCodes(String(a['unsur']), String(b['unsur'])));
    for (const unsur of computed.unsur) {
      const row = rows.find((candidate) => candidate['unsur'] === unsur.code);
      if (!row || row['answered'] !== unsur.answered || row['score_sum'] !== unsur.total)
        fail(
          `${unit} ${periodId} ${unsur.code}: ClickHouse ${row?.['answered']}/${row?.['score_sum']} ≠ skm compute ${unsur.answered}/${unsur.total}`,
        );
      if (computed.source === 'responses') {
        const raw = rawUnsur.get(`${unit}|${periodId}|${unsur.code}`);
        if (
          !raw ||
          !row ||
          raw['answered'] !== row['answered'] ||
          raw['score_sum'] !== row['score_sum'] ||
          raw['sum_squares'] !== row['sum_squares']
        )
          fail(`${unit} ${periodId} ${unsur.code}: raw answers ≠ aggregate`);
      }
    }
    const ruleSet = findRuleSet(String(period['rule_set']))!;
    const figures = ikmFigures(
      rows.map((row) => ({ answered: Number(row['answered']), total: Number(row['score_sum']) })),
      resolveMode('exact', rows.length),
      ruleSet,
    );
    if (figures.ikmConverted !== computed.ikmConverted)
      fail(`${unit} ${periodId} IKM: ClickHouse ${figures.ikmConverted} ≠ skm compute ${computed.ikmConverted}`);
    if ((figures.band?.mutu ?? null) !== computed.grade) fail(`${unit} ${periodId} grade: ${figures.band?.mutu} ≠ ${computed.grade}`);
  }

  // The instansi's pooled sums = Σ over units of skm compute's sums, per group (a unit-unsur row's
  // rule set and unsur set are its unit-period's).
  const unitPeriods = new Map(clickResults.get('unit-period')!.map((row) => [`${row['unit']}|${row['period']}`, row]));
  for (const group of clickResults.get('group-unsur')!) {
    const members = unitUnsur.filter((row) => {
      const owner = unitPeriods.get(`${row['unit']}|${row['period']}`);
      return (
        owner !== undefined &&
        owner['rule_set'] === group['rule_set'] &&
        owner['unsur_set'] === group['unsur_set'] &&
        row['period'] === group['period'] &&
        row['unsur'] === group['unsur']
      );
    });
    const answered = members.reduce((sum, row) => sum + Number(row['answered']), 0);
    const total = members.reduce((sum, row) => sum + Number(row['score_sum']), 0);
    if (group['answered'] !== answered || group['score_sum'] !== total || group['units'] !== members.length)
      fail(`group ${sortKey(group)} pooled sums`);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures > 0) {
    console.error(`GAGAL / FAILED: ${failures} perbedaan / mismatches (${seconds} s)`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `OK: DuckDB = ClickHouse (2 shard, Distributed) = skm compute — ${QUERIES.length} kueri, ${compared} baris dibandingkan, ${periods} periode unit, IKM sampai digit terakhir (${seconds} s)`,
  );
}

/**
 * `--bench-rows N`: the raw-answer job (sql/raw-unit-unsur.sql) over N generated answers
 * (bench/raw-answers.ts: the same deterministic formula for both engines), on DuckDB from Parquet
 * and through the two-shard cluster (each shard generates its half on the server); prints both
 * times and asserts that both return the same rows, every figure equal.
 */
async function bench(rows: number): Promise<void> {
  const file = path.join(work, 'bench.parquet');
  const duck = (await openDuckDb()) as DuckDb;
  await duck.run(`COPY (${rawAnswersDuckDb(rows)}) TO '${file}' (FORMAT parquet)`);
  await duck.run(`CREATE VIEW responses AS SELECT * FROM read_parquet('${file}')`);
  const duckStart = performance.now();
  const duckRows = normalise(await duck.rows(readSql('raw-unit-unsur')));
  const duckMs = performance.now() - duckStart;
  duck.close();
  const half = Math.floor(rows / ports.length);
  ports.forEach((port, shard) => {
    clickhouse(port, 'DROP TABLE IF EXISTS responses');
    clickhouse(port, 'DROP TABLE IF EXISTS responses_local');
    clickhouse(port, toClickHouseDdl(createTable('responses_local', RAW_RESPONSE_COLUMNS), 'MergeTree() ORDER BY (unit, period, unsur)'));
    clickhouse(port, 'CREATE TABLE responses AS responses_local ENGINE = Distributed(skm, default, responses_local, rand())');
    clickhouse(port, rawAnswersClickHouse('responses_local', shard * half, shard === ports.length - 1 ? rows - shard * half : half));
  });
  const perShard = ports.map((port) => clickhouse(port, 'SELECT count() FROM responses_local').trim());
  const clickStart = performance.now();
  const clickRows = parseTsv(clickhouse(ports[0]!, `${readSql('raw-unit-unsur')}\nFORMAT TabSeparatedWithNames`));
  const clickMs = performance.now() - clickStart;
  compareRowSets('raw-unit-unsur', duckRows, clickRows, 'DuckDB', 'ClickHouse');
  const answered = duckRows.reduce((sum, row) => sum + Number(row['answered']), 0);
  const rate = (ms: number): string => ((rows / ms) * 1000).toLocaleString('en', { maximumFractionDigits: 0 });
  console.log(
    `raw-response SQL over ${rows.toLocaleString('en')} answer rows (${answered.toLocaleString('en')} answers, the rest blank): DuckDB (Parquet, embedded) ${duckMs.toFixed(0)} ms, ${rate(duckMs)} rows/s`,
  );
  console.log(
    `  two-shard ClickHouse 18.16 (Distributed, rows per shard ${perShard.join(' + ')}; incl. client start and transfer): ${clickMs.toFixed(0)} ms, ${rate(clickMs)} rows/s (ClickHouse / DuckDB ${(clickMs / duckMs).toFixed(2)}); ${failures === 0 ? `figures equal: ${duckRows.length} unit-unsur rows, every column` : `${failures} MISMATCHES`}`,
  );
  if (failures > 0) process.exitCode = 1;
}

const benchRows = option('bench-rows');
(benchRows === undefined ? main() : bench(Number(benchRows))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
