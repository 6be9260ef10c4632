/**
 * The pull-request workflow template, step by step on this machine: each step's `run:` script from
 * samples/ci/skm-review.yml runs under bash in a throwaway repository with a base and a head
 * branch, with the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_PATH) and a stand-in
 * for `gh` that records the API calls. The install step is the package test's (npm install of
 * the tarball); here `skm` is a bundle of this source on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitIn, realisticPullRequest } from '../git/pull-request';

const REPO = path.join(__dirname, '..', '..');
const WORKFLOW = path.join(REPO, 'samples', 'ci', 'skm-review.yml');
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-workflow-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

interface Step {
  id?: string;
  name?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(fs.readFileSync(WORKFLOW, 'utf8')) as { jobs: { review: { env: Record<string, string>; steps: Step[] } } };
const job = workflow.jobs.review;
const step = (id: string): Step => {
  const found = job.steps.find((candidate) => candidate.id === id);
  if (!found?.run) throw new Error(`no step ${id} with a script`);
  return found;
};

/** A fake `gh`: logs each call; `api --paginate …/comments` prints the ids in $GH_EXISTING; POST/PATCH copy the body. */
const FAKE_GH = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$GH_LOG"
for arg in "$@"; do case "$arg" in body=@*) cp "\${arg#body=@}" "$GH_LOG.body" ;; esac; done
if [ "$2" = --paginate ]; then cat "$GH_EXISTING" 2>/dev/null || true; fi
`;

let bin: string;
let repo: string;
let base: string;
let head: string;

beforeAll(async () => {
  bin = path.join(temporary, 'bin');
  fs.mkdirSync(bin);
  await esbuild.build({
    entryPoints: [path.join(REPO, 'src/cli/bin.ts')],
    outfile: path.join(bin, 'skm.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core', 'exceljs', '@duckdb/node-api'],
    plugins: [(await import('../../scripts/scan-kernel.mjs')).scanKernelPlugin],
    logLevel: 'silent',
  });
  fs.writeFileSync(path.join(bin, 'skm'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(bin, 'skm.js')}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(bin, 'gh'), FAKE_GH, { mode: 0o755 });
  repo = path.join(temporary, 'unit');
  fs.mkdirSync(repo);
  realisticPullRequest(repo);
  base = gitIn(repo, 'rev-parse', 'main').trim();
  head = gitIn(repo, 'rev-parse', 'pr').trim();
});

/** Runs one step's script as the runner would (bash -e), returns its exit code and outputs. */
function runStep(
  id: string,
  run: { runnerTemp: string; env?: Record<string, string>; base?: string },
): {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
} {
  const script = step(id).run ?? '';
  const output = path.join(run.runnerTemp, `${id}.output`);
  fs.writeFileSync(output, '');
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      HOME: temporary,
      RUNNER_TEMP: run.runnerTemp,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: path.join(run.runnerTemp, 'summary.md'),
      GITHUB_PATH: path.join(run.runnerTemp, 'path'),
      SKM_LANG: job.env['SKM_LANG'] ?? 'id',
      SKM_SOURCE: job.env['SKM_SOURCE'] ?? '',
      BASE_SHA: run.base ?? base,
      HEAD_SHA: head,
      GH_LOG: path.join(run.runnerTemp, 'gh.log'),
      GH_EXISTING: path.join(run.runnerTemp, 'existing-comments'),
      REPO: 'unit/skm',
      PR: '7',
      GH_TOKEN: 'token',
      ...run.env,
    },
  });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(output, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: result.status ?? -1, stdout: result.stdout + result.stderr, outputs };
}

function runnerTemp(name: string): string {
  const folder = path.join(temporary, name);
  fs.mkdirSync(folder);
  return folder;
}

describe('samples/ci/skm-review.yml, step by step', () => {
  it('no GitHub expression inside a script (values come through env); every later step runs if: always()', () => {
    for (const item of job.steps) if (item.run) expect(item.run, item.name).not.toContain('${{');
    for (const id of ['summary', 'comment', 'verdict']) expect(step(id).if, id).toMatch(/^always\(\)/);
    const scripts = job.steps.filter((item) => item.run).map((item) => item.run ?? '');
    for (const script of scripts) expect(spawnSync('bash', ['-n', '-c', script]).status).toBe(0);
  });

  it('a pull request with stale reports: annotations, ONE comment posted then updated in place, the job fails after posting', () => {
    const temp = runnerTemp('run1');
    gitIn(repo, 'checkout', '-q', 'pr');
    const lint = runStep('lint', { runnerTemp: temp });
    expect(lint.code).toBe(0);
    expect(lint.outputs['exit']).toBe('0');
    expect(lint.stdout).toMatch(/^::warning file=periods\/2023-s1\//m);
    const gate = runStep('gate', { runnerTemp: temp });
    expect(gate.code).toBe(0); // the step records the failure; the verdict step fails the job
    expect(gate.outputs['exit']).toBe('1');
    const env = { LINT_EXIT: lint.outputs['exit'] ?? '', GATE_EXIT: gate.outputs['exit'] ?? '' };
    expect(runStep('summary', { runnerTemp: temp, env }).code).toBe(0);
    const body = fs.readFileSync(path.join(temp, 'skm-comment.md'), 'utf8');
    expect(body.split('\n')[0]).toBe('<!-- skm-review -->');
    expect(body).toContain('## Ringkasan perubahan SKM');
    expect(body).toContain('- ditambahkan: r086, r087, r088');
    expect(body).toContain('| `skm build --check` | ❌ 1 |');
    expect(body).toMatch(/<details><summary>skm build --check<\/summary>[\s\S]*belum ada: reports\/2023-s1\/laporan-skm\.md/);
    expect(fs.readFileSync(path.join(temp, 'summary.md'), 'utf8')).toBe(body);

    const first = runStep('comment', { runnerTemp: temp });
    expect(first.code).toBe(0);
    const calls = fs.readFileSync(path.join(temp, 'gh.log'), 'utf8').trim().split('\n');
    expect(calls[0]).toMatch(/^api --paginate repos\/unit\/skm\/issues\/7\/comments --jq /);
    expect(calls[1]).toMatch(/^api --method POST repos\/unit\/skm\/issues\/7\/comments -F body=@/);
    expect(fs.readFileSync(path.join(temp, 'gh.log.body'), 'utf8')).toBe(body);
    // The next push: the marker comment exists (id 42) and is edited, not duplicated.
    fs.writeFileSync(path.join(temp, 'existing-comments'), '42\n');
    fs.writeFileSync(path.join(temp, 'gh.log'), '');
    runStep('comment', { runnerTemp: temp });
    const again = fs.readFileSync(path.join(temp, 'gh.log'), 'utf8').trim().split('\n');
    expect(again[1]).toMatch(/^api --method PATCH repos\/unit\/skm\/issues\/comments\/42 -F body=@/);
    expect(again.some((call) => call.includes('POST'))).toBe(false);

    const verdict = runStep('verdict', { runnerTemp: temp, env: { INSTALL: 'success', ...env } });
    expect(verdict.code).toBe(1);
    expect(verdict.stdout).toMatch(/::error::committed reports are stale/);
  });

  it('reports committed: the gate passes and the verdict is green', () => {
    const temp = runnerTemp('run2');
    gitIn(repo, 'checkout', '-q', 'pr');
    execFileSync(path.join(bin, 'skm'), ['build', '.'], { cwd: repo });
    const gate = runStep('gate', { runnerTemp: temp });
    expect(gate.outputs['exit']).toBe('0');
    fs.rmSync(path.join(repo, 'reports'), { recursive: true });
    const verdict = runStep('verdict', { runnerTemp: temp, env: { INSTALL: 'success', LINT_EXIT: '0', GATE_EXIT: '0' } });
    expect(verdict.code).toBe(0);
  });

  it('skm diff fails (unknown base): the comment explains instead of being empty; an empty body is never posted', () => {
    const temp = runnerTemp('run3');
    const summary = runStep('summary', { runnerTemp: temp, base: 'f'.repeat(40), env: { LINT_EXIT: '0', GATE_EXIT: '0' } });
    expect(summary.code).toBe(0);
    const body = fs.readFileSync(path.join(temp, 'skm-comment.md'), 'utf8');
    expect(body).toMatch(/printed nothing \(exit 2\)/);
    expect(body).toMatch(/revisi tidak dikenal/);
    expect(body).toContain('| `skm diff` | ❌ 2 |');
    fs.writeFileSync(path.join(temp, 'skm-comment.md'), '<!-- skm-review -->\n\n');
    const comment = runStep('comment', { runnerTemp: temp });
    expect(comment.stdout).toMatch(/nothing posted/);
    expect(fs.existsSync(path.join(temp, 'gh.log'))).toBe(false);
  });
});
