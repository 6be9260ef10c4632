import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured, type CapturedRun } from './run-captured';
import { AGGREGATE_COLUMNS, AGGREGATE_SCHEMA_VERSION } from '../../src/core/aggregate/schema';
import { computePeriod } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { readAggregateExpression } from '../../src/node/aggregate-file';
import { openDuckDb } from '../../src/node/duckdb';
import { FsFiles } from '../../src/node/fs-files';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-aggregate-cli-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));
const samples = path.join(__dirname, '../../samples');

const run = (argv: string[], cwd = samples): Promise<CapturedRun> => runCaptured(argv, cwd);

async function read(file: string): Promise<Record<string, unknown>[]> {
  const database = (await openDuckDb())!;
  try {
    return await database.rows(`SELECT * FROM ${readAggregateExpression(file)}`);
  } finally {
    database.close();
  }
}

describe('skm aggregate', () => {
  for (const format of ['parquet', 'csv'] as const) {
    it(`writes ${format} that reads back to the figures of skm compute`, async () => {
      const out = path.join(temporary, `biro-umum.${format}`);
      const result = await run(['aggregate', 'biro-umum-kaltim', '--out', out, '--format', format]);
      expect(result.code).toBe(0);
      const rows = await read(out);
      expect(Object.keys(rows[0]!)).toEqual(AGGREGATE_COLUMNS.map((column) => column.name));
      expect(rows.every((row) => row['schema_version'] === AGGREGATE_SCHEMA_VERSION)).toBe(true);
      const root = path.join(samples, 'biro-umum-kaltim');
      const workspace = loadWorkspace(new FsFiles(root), root).workspace!;
      for (const period of workspace.periods) {
        const computed = computePeriod(workspace, period.id);
        const pick = (measure: string, unsur = '') =>
          rows
            .filter((row) => row['period'] === period.id && row['measure'] === measure && row['service'] === '*' && row['unsur'] === unsur)
            .reduce((sum, row) => sum + Number(row['value'] as bigint), 0);
        expect(pick('respondents')).toBe(computed.respondents);
        for (const unsur of computed.unsur) {
          expect(pick('answered', unsur.code)).toBe(unsur.answered);
          expect(pick('score_sum', unsur.code)).toBe(unsur.total);
        }
      }
    });
  }

  it('--period writes one period; an unknown period is a usage error', async () => {
    const out = path.join(temporary, 'one.csv');
    expect((await run(['aggregate', 'biro-umum-kaltim', '--period', '2023-s1', '--out', out])).code).toBe(0);
    expect(new Set((await read(out)).map((row) => row['period']))).toEqual(new Set(['2023-s1']));
    const bad = await run(['aggregate', 'biro-umum-kaltim', '--period', '1999', '--out', path.join(temporary, 'bad.csv')]);
    expect(bad.code).toBe(2);
    expect(fs.existsSync(path.join(temporary, 'bad.csv'))).toBe(false);
  });

  it('refuses a missing --out, an unknown format and a folder without skm.yaml', async () => {
    expect((await run(['aggregate', 'setda-surakarta'])).code).toBe(2);
    expect((await run(['aggregate', 'setda-surakarta', '--out', 'x', '--format', 'xlsx'])).code).toBe(2);
    const json = await run(['aggregate', 'setda-surakarta', '--out', path.join(temporary, 'y.jsonl'), '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ periods: 1, respondents: 98 });
    expect((await read(path.join(temporary, 'y.jsonl'))).length).toBe((JSON.parse(json.stdout) as { rows: number }).rows);
    expect((await run(['aggregate', temporary, '--out', path.join(temporary, 'x.csv')])).code).toBe(2);
  });
});
