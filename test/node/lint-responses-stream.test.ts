import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { lintResponsesStream } from '../../src/node/lint-responses-stream';
import { FsFiles } from '../../src/node/fs-files';
import { FIXTURES } from '../lint/fixtures';

const CSV = 'periods/2023-s1/responses.csv';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-stream-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('lintResponsesStream', () => {
  it('finds what the in-memory rules find, at the same places, keeping no rows', () => {
    fs.cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
    const text = fs
      .readFileSync(path.join(root, CSV), 'utf8')
      .replace('r03,2023-02-12', 'r02,2023-02-12')
      .replace('r05,2023-03-14', 'r05,2023-02-30')
      .replace('r07,2023-04-16', 'r07,2023-07-16')
      .replace('r08,2023-04-17,08.00-12.00,rapat,L,37,S1,PNS,3,4', 'r08,2023-04-17,08.00-12.00,rapat,L,37,S1,PNS,3,9');
    fs.writeFileSync(path.join(root, CSV), text);
    const inMemory = lintWorkspace(new FsFiles(root));
    const workspace = inMemory.loaded.workspace;
    if (!workspace) throw new Error('fixture did not load');
    const period = workspace.periods.find((candidate) => candidate.id === '2023-s1');
    if (!period) throw new Error('fixture has no period 2023-s1');
    const streamed = lintResponsesStream(path.join(root, CSV), CSV, workspace.unit, period);
    const shape = (list: { code: string; range: unknown }[]): { code: string; range: unknown }[] =>
      list.map(({ code, range }) => ({ code, range })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const expected = inMemory.diagnostics.filter((diagnostic) => diagnostic.file === CSV);
    expect(expected.map((diagnostic) => diagnostic.code).sort()).toEqual([
      'responses.date-invalid',
      'responses.duplicate-id',
      'responses.outside-period',
      'responses.score-invalid',
    ]);
    expect(streamed.rows).toBe(10);
    expect(shape(streamed.diagnostics)).toEqual(shape(expected));
  });
});
