/**
 * The fuzz harness: runs one mutated input through the engine in-process and checks the
 * invariants every input must keep, whatever its bytes — no uncaught exception, no stack trace,
 * no unlocated or multi-line message, an exit code in {0, 1, 2}, a fixed time bound, import
 * conservation (read = imported + rejected, every rejected row in the rejects file) and no
 * temporary file left behind.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import { computePeriod } from '../../src/core/compute/compute-period';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { parseCsv } from '../../src/core/parse/csv-parser';
import { buildReport } from '../../src/core/report/build-report';
import { TEMPORARY_PREFIX } from '../../src/node/atomic-write';

const REPO = path.join(__dirname, '..', '..');
export const SAMPLES = ['biro-umum-kaltim', 'biro-pbj-kaltim', 'setda-surakarta'];
/** No single case may take longer than this (the slowest honest case takes well under 1 s). */
export const CASE_TIME_BOUND_MS = 10_000;

/** What a case feeds the engine: one workspace file replaced, or an import input. */
export type FuzzTarget =
  | { kind: 'workspace'; sample: string; file: string; viaCli: boolean }
  | { kind: 'import'; format: 'csv' | 'xlsx'; sample: string; period: string };

export interface FuzzCase {
  target: FuzzTarget;
  bytes: Uint8Array;
}

export interface Finding {
  kind: 'crash' | 'stack-trace' | 'unlocated' | 'multi-line' | 'exit-code' | 'too-slow' | 'conservation' | 'temporary-file';
  detail: string;
}

export interface CaseOutcome {
  findings: Finding[];
  milliseconds: number;
  /** Import counts, when the case was an import that ran. */
  imported?: { read: number; imported: number; rejected: number };
}

const samples = new Map<string, Map<string, Uint8Array>>();

/** Every file of a sample, by workspace path (README is not an input); a fresh copy each call. */
export function sampleFiles(sample: string): Map<string, Uint8Array> {
  let files = samples.get(sample);
  if (!files) {
    files = readSample(sample);
    samples.set(sample, files);
  }
  return new Map(files);
}

function readSample(sample: string): Map<string, Uint8Array> {
  const root = path.join(REPO, 'samples', sample);
  const files = new Map<string, Uint8Array>();
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (child !== 'README.md') files.set(child, fs.readFileSync(path.join(root, child)));
    }
  };
  walk('');
  return files;
}

/** The files a workspace case may mutate: YAML, CSV and Markdown. */
export function mutableFiles(files: Map<string, Uint8Array>): string[] {
  return [...files.keys()].filter((file) => /\.(ya?ml|csv|md)$/.test(file)).sort();
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
const INTERNAL = /kesalahan internal|internal error/;

const lineCounts = new WeakMap<Uint8Array, number>();

function lineCount(bytes: Uint8Array | undefined): number {
  if (!bytes) return 1;
  let lines = lineCounts.get(bytes);
  if (lines === undefined) {
    lines = 1;
    for (const byte of bytes) if (byte === 10 || byte === 13) lines++;
    lineCounts.set(bytes, lines);
  }
  return lines;
}

/** A diagnostic must name a file of the workspace, a line inside it, and be one line. */
export function checkDiagnostic(diagnostic: Diagnostic, files: Map<string, Uint8Array>, findings: Finding[]): void {
  const where = `${diagnostic.code} ${diagnostic.file}:${diagnostic.range.start.line}:${diagnostic.range.start.column}`;
  if (!diagnostic.file || !files.has(diagnostic.file)) {
    if (!(diagnostic.code === 'workspace.no-unit' && diagnostic.file === 'skm.yaml')) findings.push({ kind: 'unlocated', detail: where });
  } else if (diagnostic.range.start.line < 0 || diagnostic.range.start.line > lineCount(files.get(diagnostic.file))) {
    findings.push({ kind: 'unlocated', detail: `${where} (outside the file)` });
  }
  if (/[\r\n]/.test(diagnostic.message) || diagnostic.message.length > 2000) findings.push({ kind: 'multi-line', detail: where });
  if (diagnostic.code === 'lint.rule-failed') findings.push({ kind: 'crash', detail: diagnostic.message });
}

function crash(error: unknown): Finding {
  return { kind: 'crash', detail: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) };
}

/** The engine in memory: lint, then compute and build both reports of the period touched. */
function runWorkspaceInMemory(files: Map<string, Uint8Array>, mutated: string, findings: Finding[]): void {
  const lint = lintWorkspace(new MemoryFiles(files));
  for (const diagnostic of lint.diagnostics) checkDiagnostic(diagnostic, files, findings);
  const workspace = lint.loaded.workspace;
  if (!workspace) return;
  const touched = workspace.periods.filter((period) => mutated.startsWith(`${period.folder}/`));
  for (const period of touched.length > 0 ? touched : workspace.periods.slice(-1)) {
    computePeriod(workspace, period.id, { mode: workspace.unit.mode });
    for (const kind of ['skm', 'lhtl'] as const) {
      const built = buildReport({ workspace, periodId: period.id, kind, texts: lint.loaded.texts });
      for (const diagnostic of built.diagnostics) checkDiagnostic(diagnostic, files, findings);
    }
  }
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

function checkRun(label: string, run: CliRun, findings: Finding[]): void {
  if (![0, 1, 2].includes(run.code)) findings.push({ kind: 'exit-code', detail: `${label}: ${run.code}` });
  const output = `${run.stdout}\n${run.stderr}`;
  if (STACK.test(output)) findings.push({ kind: 'stack-trace', detail: `${label}: ${output.slice(0, 400)}` });
  if (INTERNAL.test(run.stderr)) findings.push({ kind: 'crash', detail: `${label}: ${run.stderr.slice(0, 400)}` });
  // Every stderr line is a located finding (path:line:col severity code message) or names the command.
  for (const line of run.stderr.split('\n')) {
    if (line === '' || /^\S.*:\d+:\d+ (error|warning|info) [\w.-]+ /.test(line) || /^skm( \w+)?: /.test(line)) continue;
    findings.push({ kind: 'unlocated', detail: `${label}: ${line.slice(0, 200)}` });
  }
}

function temporaryFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const child = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.startsWith(TEMPORARY_PREFIX) || /\.\d+\.\d+\.tmp$/.test(entry.name)) found.push(child);
    }
  };
  walk(root);
  return found;
}

function writeTree(root: string, files: Map<string, Uint8Array>): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
}

/** The engine through the CLI on disk: lint (JSON) and build (Markdown). */
async function runWorkspaceCli(root: string, files: Map<string, Uint8Array>, findings: Finding[]): Promise<void> {
  writeTree(root, files);
  const lint = await cli(['lint', '.', '--format', 'json'], root);
  checkRun('lint', lint, findings);
  if (lint.code !== 2) {
    const entries = JSON.parse(lint.stdout) as { file: string; line: number; column: number; message: string; code: string }[];
    for (const entry of entries) {
      if (!(entry.line >= 1 && entry.column >= 1 && entry.file)) findings.push({ kind: 'unlocated', detail: `lint json ${entry.code}` });
      if (/[\r\n]/.test(entry.message)) findings.push({ kind: 'multi-line', detail: `lint json ${entry.code}` });
    }
  }
  checkRun('build', await cli(['build', '.'], root), findings);
  for (const file of temporaryFiles(root)) findings.push({ kind: 'temporary-file', detail: file });
}

/** Import through the CLI: the counts must add up and every rejected row be in the rejects file. */
async function runImport(
  root: string,
  target: Extract<FuzzTarget, { kind: 'import' }>,
  bytes: Uint8Array,
  outcome: CaseOutcome,
): Promise<void> {
  const findings = outcome.findings;
  const files = sampleFiles(target.sample);
  for (const file of [...files.keys()]) if (file.startsWith(`periods/${target.period}/responses.`)) files.delete(file);
  writeTree(root, files);
  const input = `masukan.${target.format}`;
  fs.writeFileSync(path.join(root, input), bytes);
  const run = await cli(['import', input, '--into', `periods/${target.period}`, '--from', target.format, '--format', 'json'], root);
  checkRun('import', run, findings);
  if (run.code !== 2) {
    const summary = JSON.parse(run.stdout) as { read: number; imported: number; rejected: number; rejectsFile: string | null };
    outcome.imported = { read: summary.read, imported: summary.imported, rejected: summary.rejected };
    if (summary.read !== summary.imported + summary.rejected) {
      findings.push({ kind: 'conservation', detail: `read ${summary.read} ≠ ${summary.imported} + ${summary.rejected}` });
    }
    const rejectsRows = summary.rejectsFile
      ? parseCsv('rejects.csv', fs.readFileSync(path.join(root, summary.rejectsFile), 'utf8')).records.length - 1
      : 0;
    if (rejectsRows !== summary.rejected)
      findings.push({ kind: 'conservation', detail: `rejects file ${rejectsRows} ≠ rejected ${summary.rejected}` });
  }
  for (const file of temporaryFiles(root)) findings.push({ kind: 'temporary-file', detail: file });
}

/** Runs one case; never throws (a throw is a finding). */
export async function runCase(fuzzCase: FuzzCase, scratch: string): Promise<CaseOutcome> {
  const outcome: CaseOutcome = { findings: [], milliseconds: 0 };
  const started = performance.now();
  try {
    const { target } = fuzzCase;
    if (target.kind === 'workspace') {
      const files = sampleFiles(target.sample);
      files.set(target.file, fuzzCase.bytes);
      if (target.viaCli) await runWorkspaceCli(scratch, files, outcome.findings);
      else runWorkspaceInMemory(files, target.file, outcome.findings);
    } else {
      await runImport(scratch, target, fuzzCase.bytes, outcome);
    }
  } catch (error) {
    outcome.findings.push(crash(error));
  }
  outcome.milliseconds = performance.now() - started;
  if (outcome.milliseconds > CASE_TIME_BOUND_MS)
    outcome.findings.push({ kind: 'too-slow', detail: `${Math.round(outcome.milliseconds)} ms` });
  return outcome;
}

/** A private scratch folder for the CLI cases. */
export function scratchFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'skm-fuzz-'));
}
