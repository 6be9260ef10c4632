/**
 * git speed, whole processes: `skm history` of an RTL file over 201 commits against `git log -p`
 * of the same file, and `skm diff HEAD~1` of a 10,000-response workspace against `git diff
 * HEAD~1`, in the same run. Target (issue 12): ≤ 0,25 s each.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { measure, pair, report, rowGenerator, HEADER, periodYaml, SKM, SKM_YAML, summary } from './harness';

const COMMITS = 201;
const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-git-bench-'));
const env = {
  ...process.env,
  HOME: repo,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'B',
  GIT_AUTHOR_EMAIL: 'b@x',
  GIT_COMMITTER_NAME: 'B',
  GIT_COMMITTER_EMAIL: 'b@x',
};
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });

function responses(rows: number, seed: number): string {
  const row = rowGenerator(seed);
  const lines = [HEADER];
  for (let index = 1; index <= rows; index++) lines.push(row(index));
  return `${lines.join('\n')}\n`;
}

const rtl = (step: number): string =>
  `items:\n${Array.from({ length: 5 }, (_, item) => `  - id: rtl-${item}\n    unsur: U${item + 1}\n    program: Program ${item}\n    quarters: [${1 + ((step + item) % 4)}]\n    year: 2024\n    responsible: Bagian ${(step + item) % 7}\n    realisation:\n      status: ${(step + item) % 3 === 0 ? 'sudah' : 'belum'}\n`).join('')}`;

function prepare(): void {
  git('init', '-q', '-b', 'main');
  const first: Record<string, string> = {
    'skm.yaml': SKM_YAML,
    'periods/2024/period.yaml': periodYaml(20_000),
    'periods/2024/responses.csv': responses(10_000, 0x1234),
  };
  // The commits are built with fast-import (one process) rather than one `git commit` each.
  let stream = '';
  for (let step = 0; step < COMMITS - 1; step++) {
    stream += `commit refs/heads/main\ncommitter B <b@x> ${1700000000 + step} +0000\ndata ${`langkah ${step}`.length}\nlangkah ${step}\n`;
    const files = step === 0 ? Object.entries(first) : [];
    for (const [file, content] of files) stream += `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    const text = rtl(step);
    stream += `M 100644 inline periods/2024/rtl.yaml\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env, input: stream });
  git('reset', '-q', '--hard', 'main');
  fs.writeFileSync(path.join(repo, 'periods/2024/responses.csv'), responses(10_000, 0x4321));
  git('commit', '-qam', 'ubah jawaban');
}

prepare();
const options = { cwd: repo };
const history = pair(
  3,
  () => measure(process.execPath, [SKM, 'history', 'periods/2024/rtl.yaml', '--format', 'json'], options),
  () => measure('git', ['log', '-p', '--', 'periods/2024/rtl.yaml'], options),
);
report(`skm history of rtl.yaml over ${COMMITS} commits`, history.ours, 'git log', history.anchor, { seconds: 0.25 });
const diff = pair(
  3,
  () => measure(process.execPath, [SKM, 'diff', 'HEAD~1', '--format', 'json'], { ...options, okCodes: [0, 1] }),
  () => measure('git', ['diff', 'HEAD~1'], options),
);
report('skm diff HEAD~1 (10,000 responses changed)', diff.ours, 'git diff', diff.anchor, { seconds: 0.25 });
if (process.argv.includes('--keep')) console.log(`(repository kept: ${repo})`);
else fs.rmSync(repo, { recursive: true, force: true });
summary();
