/**
 * git speed: the history of an RTL file over 500 commits, and the diff of two revisions of a
 * 10,000-response workspace. Targets (issue 6): ≤ 3 s and ≤ 1 s.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../src/cli/main';
import { readRtlHistory } from '../src/node/rtl-history';

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

fs.writeFileSync(path.join(repo, 'skm.yaml'), 'unit:\n  name: Bench\nservices:\n  - { code: rapat, label: Rapat }\n');
fs.mkdirSync(path.join(repo, 'periods/p'), { recursive: true });
fs.writeFileSync(path.join(repo, 'periods/p/period.yaml'), 'label: P\nstart: 2024-01-01\nend: 2024-12-31\n');
const rows = (count: number, seed: number): string =>
  `id,date,service,U1,U2,U3,U4,U5,U6,U7,U8,U9\n${Array.from({ length: count }, (_, index) => `r${index},2024-03-01,rapat,${Array.from({ length: 9 }, (_, unsur) => 1 + ((index * 7 + unsur * 3 + seed) % 4)).join(',')}`).join('\n')}\n`;
fs.writeFileSync(path.join(repo, 'periods/p/responses.csv'), rows(10_000, 0));
const rtl = (step: number): string =>
  `items:\n${Array.from({ length: 5 }, (_, item) => `  - id: rtl-${item}\n    unsur: U${item + 1}\n    program: Program ${item}\n    quarters: [${1 + ((step + item) % 4)}]\n    year: 2024\n    responsible: Bagian ${(step + item) % 7}\n    realisation:\n      status: ${(step + item) % 3 === 0 ? 'sudah' : 'belum'}\n`).join('')}`;
git('init', '-q', '-b', 'main');
// 500 commits built with fast-import (one process) rather than 500 `git commit`s.
let stream = '';
for (let step = 0; step < 500; step++) {
  const files = step === 0 ? ['skm.yaml', 'periods/p/period.yaml', 'periods/p/responses.csv'] : [];
  stream += `commit refs/heads/main\ncommitter B <b@x> ${1700000000 + step} +0000\ndata ${`langkah ${step}`.length}\nlangkah ${step}\n`;
  for (const file of files) {
    const content = fs.readFileSync(path.join(repo, file));
    stream += `M 100644 inline ${file}\ndata ${content.length}\n${content.toString()}\n`;
  }
  const text = rtl(step);
  stream += `M 100644 inline periods/p/rtl.yaml\ndata ${Buffer.byteLength(text)}\n${text}\n`;
}
execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env, input: stream });
git('reset', '-q', '--hard', 'main');
fs.writeFileSync(path.join(repo, 'periods/p/responses.csv'), rows(10_000, 1));
git('commit', '-qam', 'ubah jawaban');

async function main(): Promise<void> {
  let started = performance.now();
  const history = await readRtlHistory({ cwd: repo, file: 'periods/p/rtl.yaml' });
  console.log(
    `history of rtl.yaml over ${history.versions} commits: ${((performance.now() - started) / 1000).toFixed(2)} s, ${history.events.length} events (target ≤ 3 s)`,
  );
  let out = '';
  started = performance.now();
  await runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    cwd: repo,
    env: {},
    isTTY: false,
  });
  console.log(
    `diff of two revisions of a 10,000-response workspace: ${((performance.now() - started) / 1000).toFixed(2)} s (target ≤ 1 s); ${out.length} bytes of JSON`,
  );
  fs.rmSync(repo, { recursive: true, force: true });
}

void main();
