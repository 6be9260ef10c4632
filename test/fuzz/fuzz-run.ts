/**
 * The fuzz driver: case `index` of seed `seed` is always the same input (its own PRNG stream),
 * so a failure is reproduced from two numbers and saved as a regression fixture.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FsFiles } from '../../src/node/fs-files';
import { exportXlsx } from '../../src/node/export-xlsx';
import type { CaseOutcome, Finding, FuzzCase, FuzzTarget } from './harness';
import { mutableFiles, runCase, sampleFiles, SAMPLES, scratchFolder } from './harness';
import { mutate, Random } from './mutate';

export const REGRESSIONS = path.join(__dirname, 'regressions');
const REPO = path.join(__dirname, '..', '..');
const IMPORT_SAMPLE = 'biro-umum-kaltim';
const IMPORT_PERIOD = '2023-s1';

export interface FuzzStats {
  inputs: number;
  byTarget: Record<string, number>;
  findings: Record<Finding['kind'], number>;
  importRows: { read: number; imported: number; rejected: number };
  slowestMs: number;
  totalMs: number;
}

export interface FuzzFailure {
  index: number;
  target: FuzzTarget;
  applied: string[];
  findings: Finding[];
  bytes: Uint8Array;
}

let xlsxSeed: Uint8Array | undefined;

/** The import seeds: the sample's responses.csv and the olah-data workbook exported from it. */
async function importSeed(format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  const folder = path.join(REPO, 'samples', IMPORT_SAMPLE);
  if (format === 'csv') return fs.readFileSync(path.join(folder, 'periods', IMPORT_PERIOD, 'responses.csv'));
  if (!xlsxSeed) {
    const workspace = loadWorkspace(new FsFiles(folder)).workspace!;
    const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skm-fuzz-seed-')), 'olah-data.xlsx');
    await exportXlsx(workspace, IMPORT_PERIOD, target);
    xlsxSeed = fs.readFileSync(target);
    fs.rmSync(path.dirname(target), { recursive: true, force: true });
  }
  return xlsxSeed;
}

/** Case `index`: which target, and the mutated bytes. */
export async function makeCase(seed: number, index: number): Promise<{ fuzzCase: FuzzCase; applied: string[] }> {
  const random = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const slot = index % 40;
  let target: FuzzTarget;
  let seedBytes: Uint8Array;
  if (slot === 0 || slot === 20) {
    target = { kind: 'import', format: 'csv', sample: IMPORT_SAMPLE, period: IMPORT_PERIOD };
    seedBytes = await importSeed('csv');
  } else if (slot === 10) {
    target = { kind: 'import', format: 'xlsx', sample: IMPORT_SAMPLE, period: IMPORT_PERIOD };
    seedBytes = await importSeed('xlsx');
  } else {
    const sample = random.pick(SAMPLES);
    const files = sampleFiles(sample);
    const file = random.pick(mutableFiles(files));
    target = { kind: 'workspace', sample, file, viaCli: slot === 5 || slot === 25 };
    seedBytes = files.get(file)!;
  }
  const { bytes, applied } = mutate(random, seedBytes);
  return { fuzzCase: { target, bytes }, applied };
}

/** Runs cases `[0, count)` of `seed`. */
export async function runFuzz(seed: number, count: number, onFailure?: (failure: FuzzFailure) => void): Promise<FuzzStats> {
  const stats: FuzzStats = {
    inputs: 0,
    byTarget: {},
    findings: {
      crash: 0,
      'stack-trace': 0,
      unlocated: 0,
      'multi-line': 0,
      'exit-code': 0,
      'too-slow': 0,
      conservation: 0,
      'temporary-file': 0,
    },
    importRows: { read: 0, imported: 0, rejected: 0 },
    slowestMs: 0,
    totalMs: 0,
  };
  const scratch = scratchFolder();
  try {
    for (let index = 0; index < count; index++) {
      // Most cases never wait on I/O: yield now and then so the test runner's worker can answer.
      if (index % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
      const { fuzzCase, applied } = await makeCase(seed, index);
      const outcome: CaseOutcome = await runCase(fuzzCase, path.join(scratch, 'ws'));
      stats.inputs++;
      const label = fuzzCase.target.kind === 'import' ? `import ${fuzzCase.target.format}` : fuzzCase.target.viaCli ? 'cli' : 'engine';
      stats.byTarget[label] = (stats.byTarget[label] ?? 0) + 1;
      stats.totalMs += outcome.milliseconds;
      stats.slowestMs = Math.max(stats.slowestMs, outcome.milliseconds);
      if (outcome.imported) {
        stats.importRows.read += outcome.imported.read;
        stats.importRows.imported += outcome.imported.imported;
        stats.importRows.rejected += outcome.imported.rejected;
      }
      for (const finding of outcome.findings) stats.findings[finding.kind]++;
      if (outcome.findings.length > 0)
        onFailure?.({ index, target: fuzzCase.target, applied, findings: outcome.findings, bytes: fuzzCase.bytes });
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return stats;
}

/** A regression fixture: the case's target and bytes, replayed by regressions.test.ts. */
export interface RegressionFixture {
  seed: number;
  index: number;
  target: FuzzTarget;
  applied: string[];
  findings: string[];
  base64: string;
}

export function saveRegression(seed: number, failure: FuzzFailure): string {
  fs.mkdirSync(REGRESSIONS, { recursive: true });
  const file = path.join(REGRESSIONS, `${failure.target.kind}-${seed}-${failure.index}.json`);
  const fixture: RegressionFixture = {
    seed,
    index: failure.index,
    target: failure.target,
    applied: failure.applied,
    findings: failure.findings.map((finding) => `${finding.kind}: ${finding.detail.split('\n')[0] ?? ''}`),
    base64: Buffer.from(failure.bytes).toString('base64'),
  };
  fs.writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}
