/**
 * `skm diff` streams both sides' responses.csv and compares respondents by their raw records;
 * its output must be the one of the in-memory path (both workspaces loaded and linted with their
 * rows, `diffWorkspaces` over them) byte for byte, wherever the two could part.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffWorkspaces } from '../../src/core/diff/diff-workspaces';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { FsFiles } from '../../src/node/fs-files';
import { resolveRevision, workspaceAtRevision } from '../../src/node/git';
import { runCaptured } from '../cli/run-captured';
import { FIXTURES, RESPONSE_COLUMNS } from '../lint/fixtures';
import { gitIn } from './pull-request';

const BASE = path.join(FIXTURES, '_base');
const CSV = 'periods/2023-s1/responses.csv';
const HEADER = RESPONSE_COLUMNS.join(',');
let repo: string;

/** git in the test's repository (a fixed author, no system or user configuration). */
const git = (...args: string[]): string => gitIn(repo, ...args);

function write(files: Record<string, string | Uint8Array | null>): void {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(repo, file);
    if (content === null) fs.rmSync(target, { force: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
  }
}

function commit(message: string): void {
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
}

/** The in-memory path: both sides loaded with their rows and linted, as `skm diff` did before streaming. */
async function reference(revA: string, revB?: string): Promise<string> {
  const before = lintWorkspace(await workspaceAtRevision(repo, await resolveRevision(repo, revA), ''), { root: repo });
  const after = revB
    ? lintWorkspace(await workspaceAtRevision(repo, await resolveRevision(repo, revB), ''), { root: repo })
    : lintWorkspace(new FsFiles(repo), { root: repo });
  return `${JSON.stringify({ from: revA, to: revB ?? null, ...diffWorkspaces(before, after) }, null, 2)}\n`;
}

async function same(revA: string, revB?: string): Promise<Record<string, unknown>> {
  const run = await runCaptured(['diff', revA, ...(revB ? [revB] : []), '--format', 'json'], repo, { SKM_LANG: 'en' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(await reference(revA, revB));
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

const row = (id: string, scores = '3,4,3,4,3,4,4,2,4', saran = '', date = '2023-03-15'): string =>
  `${id},${date},08.00-12.00,surat,L,30,S1,PNS,${scores},${saran}`;
const csv = (rows: string[], newline = '\n'): string => [HEADER, ...rows].join(newline) + newline;
const rows = (count: number): string[] =>
  Array.from({ length: count }, (_, index) => row(`r${index + 1}`, `${1 + (index % 4)},4,3,4,3,4,4,2,4`));

interface PeriodChanges {
  respondents: { added: string[]; removed: string[]; changed: string[] };
}
const respondents = (output: Record<string, unknown>): PeriodChanges['respondents'] =>
  (output['periods'] as (PeriodChanges & { periodId: string })[]).find((period) => period.periodId === '2023-s1')!.respondents;
const codes = (output: Record<string, unknown>, side: 'introduced' | 'fixed'): string[] =>
  (output['lint'] as Record<string, { code: string }[]>)[side]!.map((finding) => finding.code);

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-diff-streamed-'));
  fs.cpSync(BASE, repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  write({ [CSV]: csv(rows(12)) });
  commit('awal');
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('skm diff over streamed responses', () => {
  it('a row edited, an id changed, rows re-ordered and removed, a row added', async () => {
    const next = rows(12);
    next[2] = row('r3', '4,4,4,4,4,4,4,4,4');
    next[4] = row('r5-baru', '2,4,3,4,3,4,4,2,4');
    next.splice(7, 1);
    next.reverse();
    next.push(row('r13'));
    write({ [CSV]: csv(next) });
    const output = await same('HEAD');
    expect(respondents(output)).toEqual({ added: ['r5-baru', 'r13'], removed: ['r5', 'r8'], changed: ['r3'] });
  });

  it('a quoted multi-line saran edited, and cells that differ only in quoting or spaces', async () => {
    const first = rows(12);
    first[1] = row('r2', undefined, '"pelayanan\ncepat, ramah"');
    first[3] = row('r4', undefined, 'bagus');
    write({ [CSV]: csv(first) });
    commit('saran');
    const next = [...first];
    next[1] = row('r2', undefined, '"pelayanan\nlambat, ramah"');
    next[3] = row('r4', undefined, '"bagus"');
    next[5] = row('r6', ' 2 ,4,3,4,3,4,4,2,4');
    write({ [CSV]: csv(next) });
    commit('saran diubah');
    const output = await same('HEAD~1', 'HEAD');
    expect(respondents(output)).toEqual({ added: [], removed: [], changed: ['r2'] });
  });

  it('the same rows with CRLF line ends, and then as Windows-1252', async () => {
    write({ [CSV]: csv(rows(12), '\r\n') });
    expect(respondents(await same('HEAD'))).toEqual({ added: [], removed: [], changed: [] });
    const text = csv([...rows(11), row('r12', undefined, 'café')]);
    write({ [CSV]: Uint8Array.from([...text].map((character) => (character === 'é' ? 0xe9 : character.charCodeAt(0)))) });
    const output = await same('HEAD');
    expect(respondents(output)).toEqual({ added: [], removed: [], changed: ['r12'] });
    expect(codes(output, 'introduced')).toContain('file.encoding');
  });

  it('a revision in UTF-16 with a byte-order mark and one in UTF-8 with one', async () => {
    const text = csv([...rows(11), row('r12', undefined, 'café')]);
    write({ [CSV]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    commit('utf-16');
    write({ [CSV]: `\ufeff${csv([...rows(11), row('r12', undefined, 'cafe')])}` });
    const output = await same('HEAD');
    expect(respondents(output)).toEqual({ added: [], removed: [], changed: ['r12'] });
    expect(codes(output, 'fixed')).toContain('file.encoding');
  });

  it('findings introduced and fixed: an irregular row, an invalid score, a repeated and a blank id', async () => {
    const first = rows(12);
    first[0] = row('r1', '9,4,3,4,3,4,4,2,4');
    write({ [CSV]: csv(first) });
    commit('skor salah');
    const next = rows(12);
    next[2] = `${row('r3')},lebih`;
    next[4] = row('r4');
    next[6] = row('');
    write({ [CSV]: csv(next) });
    const output = await same('HEAD');
    expect(codes(output, 'fixed')).toContain('responses.score-invalid');
    expect(codes(output, 'introduced')).toEqual(expect.arrayContaining(['csv.field-count', 'responses.duplicate-id']));
    // A cell past the header's columns is not an answer: r3 is unchanged.
    expect(respondents(output)).toEqual({ added: ['#7'], removed: ['r5', 'r7'], changed: ['r1', 'r4'] });
  });

  it('responses.csv on one side and responses.yaml on the other, and a period added', async () => {
    const yaml = `responses:\n${rows(3)
      .map((line) => {
        const cells = line.split(',');
        return `  - { id: ${cells[0]}, date: ${cells[1]}, service: surat, gender: L, age: 30, education: S1, occupation: PNS, ${cells
          .slice(8, 17)
          .map((score, index) => `U${index + 1}: ${score}`)
          .join(', ')} }`;
      })
      .join('\n')}\n`;
    write({ [CSV]: null, 'periods/2023-s1/responses.yaml': yaml });
    const output = await same('HEAD');
    expect(respondents(output).removed).toHaveLength(9);
    write({ [CSV]: csv(rows(12)), 'periods/2023-s1/responses.yaml': null });
    commit('kembali');
    fs.cpSync(path.join(repo, 'periods/2023-s1'), path.join(repo, 'periods/2023-s2'), { recursive: true });
    write({ 'periods/2023-s2/period.yaml': 'label: Semester II 2023\nstart: 2023-07-01\nend: 2023-12-31\n' });
    const added = await same('HEAD');
    const period = (added['periods'] as (PeriodChanges & { periodId: string; status: string })[]).find(
      (item) => item.periodId === '2023-s2',
    )!;
    expect(period.status).toBe('added');
    expect(period.respondents.added).toHaveLength(12);
  });
});
