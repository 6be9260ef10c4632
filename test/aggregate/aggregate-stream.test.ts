import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAggregate } from '../../src/core/aggregate/build-aggregate';
import { ALL_SERVICES } from '../../src/core/aggregate/schema';
import type { AggregateRow } from '../../src/core/aggregate/schema';
import { computePeriod } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FsFiles } from '../../src/node/fs-files';
import { aggregateUnit } from '../../src/node/unit-aggregate';
import { overlayFiles } from '../lint/fixtures';

const CSV = 'periods/2023-s1/responses.csv';
const HEADER = 'id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-aggregate-stream-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

let counter = 0;
function materialise(csv: string): string {
  const root = path.join(temporary, String(counter++));
  const files = overlayFiles(undefined);
  for (const file of files.list()) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), files.read(file)!);
  }
  fs.writeFileSync(path.join(root, CSV), csv);
  return root;
}

/** Rows with blanks, invalid scores, quoted multi-line saran, two services and rows without one. */
function rows(count: number): string {
  const lines = [HEADER];
  for (let index = 1; index <= count; index++) {
    const scores = Array.from({ length: 9 }, (_, unsur) =>
      index % 31 === unsur ? '' : index % 37 === unsur ? '7' : String(1 + ((index * (unsur + 3)) % 4)),
    );
    const saran = index % 5 === 0 ? '"Baik, tapi ""antri""\nlama"' : '';
    const service = index % 43 === 0 ? '' : index % 2 ? 'rapat' : 'surat';
    lines.push(
      `r${index},2023-03-15,08.00-12.00,${service},${index % 3 ? 'L' : 'P'},${20 + (index % 40)},S1,PNS,${scores.join(',')},${saran}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const sorted = (list: AggregateRow[]): string[] => list.map((row) => JSON.stringify(row)).sort();

describe('skm aggregate streams responses.csv', () => {
  it('gives exactly the rows of the in-memory aggregate (histograms and pair statistics included)', async () => {
    const root = materialise(rows(5000));
    const streamed = await aggregateUnit(root, { unit: 'u', periodId: '2023-s1' });
    const workspace = loadWorkspace(new FsFiles(root), root).workspace!;
    const period = workspace.periods.find((candidate) => candidate.responses?.file === CSV)!;
    const inMemory = buildAggregate(workspace, period.id, {
      unit: 'u',
      revision: streamed.rows[0]!.revision,
      contentHash: streamed.rows[0]!.content_hash,
      report: 'missing',
    });
    expect(streamed.rows.some((row) => row.measure === 'histogram')).toBe(true);
    expect(streamed.rows.some((row) => row.measure === 'pair_count')).toBe(true);
    expect(sorted(streamed.rows)).toEqual(sorted(inMemory));
    // Conservation against skm compute: respondents and every unsur's answers and score sum.
    const computed = computePeriod(workspace, period.id, { mode: 'exact' });
    const value = (measure: string, unsur = ''): number =>
      streamed.rows
        .filter((row) => row.measure === measure && row.service === ALL_SERVICES && row.unsur === unsur)
        .reduce((sum, row) => sum + row.value, 0);
    expect(value('respondents')).toBe(computed.respondents);
    for (const unsur of computed.unsur) {
      expect(value('answered', unsur.code)).toBe(unsur.answered);
      expect(value('score_sum', unsur.code)).toBe(unsur.total);
      expect(value('histogram', unsur.code)).toBe(unsur.answered);
    }
  });

  it('its findings on the streamed file are those of the loader (score-invalid found, not lost)', async () => {
    const streamed = await aggregateUnit(materialise(rows(400)), { unit: 'u' });
    expect(streamed.loaded.diagnostics.some((diagnostic) => diagnostic.code === 'responses.score-invalid')).toBe(true);
  });

  it('runs in a heap far smaller than the file loaded in memory would need', () => {
    const cli = path.join(__dirname, '../../dist/cli.js');
    expect(fs.existsSync(cli), 'npm run build first').toBe(true);
    const root = materialise(rows(400_000));
    const out = path.join(root, 'aggregate.jsonl');
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=48',
        path.join(__dirname, '../../bin/skm.js'),
        'aggregate',
        root,
        '--period',
        '2023-s1',
        '--out',
        out,
        '--format',
        'json',
      ],
      { encoding: 'utf8', env: { ...process.env, SKM_LANG: 'en' } },
    );
    expect(child.stderr).not.toMatch(/heap out of memory/i);
    expect(child.status).toBe(0);
    const written = fs
      .readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AggregateRow);
    const respondents = written.find((row) => row.measure === 'respondents' && row.service === ALL_SERVICES);
    expect(Number(respondents!.value)).toBe(400_000);
    const answered = written.filter((row) => row.measure === 'answered' && row.service === ALL_SERVICES);
    const histogram = written.filter((row) => row.measure === 'histogram' && row.service === ALL_SERVICES);
    expect(histogram.reduce((sum, row) => sum + Number(row.value), 0)).toBe(answered.reduce((sum, row) => sum + Number(row.value), 0));
  }, 120_000);
});
