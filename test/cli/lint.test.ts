import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintJsonEntry } from '../../src/cli/lint-json';
import { runCaptured, type CapturedRun } from './run-captured';
import { FIXTURES } from '../lint/fixtures';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-lint-cli-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

/** A copy of the clean base workspace, with `changes` (path → content) applied. */
function workspace(name: string, changes: Record<string, string> = {}): string {
  const root = path.join(temporary, name);
  fs.cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
  for (const [file, content] of Object.entries(changes)) fs.writeFileSync(path.join(root, file), content);
  return root;
}

const run = (argv: string[], cwd: string): Promise<CapturedRun> => runCaptured(argv, cwd);

const badNip = (root: string): string =>
  fs.readFileSync(path.join(root, 'skm.yaml'), 'utf8').replace('196707191993032006', '196713191993032006');

describe('skm lint', () => {
  it('exits 0 on a clean workspace', async () => {
    const root = workspace('clean');
    const result = await run(['lint'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('prints path:line:col severity code message with cwd-relative paths and exits 1 on errors', async () => {
    const root = workspace('text');
    fs.writeFileSync(path.join(root, 'skm.yaml'), badNip(root));
    const result = await run(['lint', path.basename(root)], temporary);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/^text\/skm\.yaml:6:8 error signatory\.nip-invalid /);
  });

  it('--format json prints the documented array', async () => {
    const root = workspace('json');
    fs.writeFileSync(path.join(root, 'skm.yaml'), badNip(root));
    const result = await run(['lint', '--format', 'json'], root);
    const entries = JSON.parse(result.stdout) as LintJsonEntry[];
    expect(entries).toMatchObject([
      {
        file: 'skm.yaml',
        line: 6,
        column: 8,
        endLine: 6,
        endColumn: 28,
        severity: 'error',
        code: 'signatory.nip-invalid',
        data: { reason: 'nip.birth' },
      },
    ]);
    expect(Object.keys(entries[0] ?? {}).sort()).toEqual([
      'code',
      'column',
      'data',
      'endColumn',
      'endLine',
      'file',
      'line',
      'message',
      'severity',
    ]);
  });

  it('--format github prints workflow annotations', async () => {
    const root = workspace('github');
    fs.writeFileSync(
      path.join(root, 'periods/2023-s1/period.yaml'),
      'label: Semester I 2023\nstart: 2023-01-01\nend: 2023-06-30\npopulation:\n  size: 10\n  scope: year\nsampling:\n  method: krejcie-morgan\n  stated: 10\n',
    );
    const result = await run(['lint', '--format=github'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^::warning file=periods\/2023-s1\/period\.yaml,line=6,col=10,endLine=6,endColumn=14,title=population\.year-scope::\S[^\n]*\n$/,
    );
  });

  it('limits output to the given file or folder', async () => {
    const root = workspace('scope');
    fs.writeFileSync(path.join(root, 'skm.yaml'), badNip(root));
    const result = await run(['lint', 'periods/2023-s1', '--format', 'json'], root);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('exits 2 for a bad format, a missing path, or no workspace', async () => {
    const root = workspace('usage');
    expect((await run(['lint', '--format', 'xml'], root)).code).toBe(2);
    expect((await run(['lint', 'no-such-folder'], root)).code).toBe(2);
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-empty-'));
    const result = await run(['lint'], empty);
    fs.rmSync(empty, { recursive: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/skm\.yaml/);
  });
});
