/**
 * The editor's lint pass after an edit, in process: the speed workspace of the real-VS Code speed
 * run (samples/biro-umum-kaltim with the 10,000 responses of scripts/speed-rows.mjs, as
 * scripts/test-vscode.mjs builds it), `period.yaml` edited before every pass, linted as the
 * extension lints it — with a `LoadCache` that has seen one pass (the extension's silent
 * warm-up) — against a fresh pass without a cache over the same files in the same run. The pass
 * is part of the diagnostics budget after an edit (issue 14: ≤ 300 ms from the edit to the
 * squiggle in the editor, host included); it must at least halve the fresh pass, or reuse is
 * broken.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintWorkspace } from '../src/core/lint/lint-workspace';
import { LoadCache } from '../src/core/load/load-cache';
import { MemoryFiles } from '../src/core/load/workspace-files';
import type { Sample } from './harness';
import { repeat, report, summary } from './harness';

const PASSES = 30;
const SAMPLE = path.resolve('samples/biro-umum-kaltim');
const CSV = 'periods/2023-s1/responses.csv';
const PERIOD = 'periods/2023-s1/period.yaml';

async function speedWorkspace(): Promise<Map<string, string>> {
  // The rows the real-VS Code speed stages write (scripts/test-vscode.mjs), from the same module.
  const { speedRows } = await import('../scripts/speed-rows.mjs');
  const files = new Map<string, string>();
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(SAMPLE, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (child !== 'reports') walk(child);
      } else files.set(child, fs.readFileSync(path.join(SAMPLE, child), 'utf8'));
    }
  };
  walk('');
  const [header] = files.get(CSV)!.split('\n');
  files.set(CSV, `${header}\n${speedRows().join('\n')}\n`);
  return files;
}

/** One pass, timed in wall and CPU seconds (this process's user + system). */
function timed(run: () => number): Sample & { diagnostics: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const diagnostics = run();
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1e6, rssMb: process.memoryUsage().rss / 1024 / 1024, stdout: '', diagnostics };
}

async function main(): Promise<void> {
  const files = await speedWorkspace();
  const original = files.get(PERIOD)!;
  const edited = original.replace(/^(label: .*)$/m, '$1 (diedit)');
  if (edited === original) throw new Error('period.yaml has no label line to edit');
  const cache = new LoadCache();
  let flip = false;
  const editorPass = (): number => {
    flip = !flip;
    files.set(PERIOD, flip ? edited : original);
    return lintWorkspace(new MemoryFiles(files), { cache }).diagnostics.length;
  };
  const freshPass = (): number => lintWorkspace(new MemoryFiles(files)).diagnostics.length;

  console.log(
    `load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  const warmUp = timed(freshPass);
  const silent = timed(editorPass);
  const firstEdits = [timed(editorPass), timed(editorPass), timed(editorPass)];
  const ours: Sample[] = [];
  const fresh: Sample[] = [];
  let counts = new Set<number>();
  for (let index = 0; index < PASSES; index++) {
    const a = timed(editorPass);
    const b = timed(freshPass);
    ours.push(a);
    fresh.push(b);
    counts = new Set([...counts, a.diagnostics, b.diagnostics]);
  }
  const ms = (seconds: number): string => `${(seconds * 1000).toFixed(1)} ms`;
  console.log(`speed workspace: 10,000 responses; cold fresh pass ${ms(warmUp.wall)}, the editor's silent first pass ${ms(silent.wall)}`);
  console.log(`  first three edits after it: ${firstEdits.map((sample) => ms(sample.wall)).join(', ')}`);
  if (counts.size !== 1) console.log(`  DIFFERENT diagnostics counts between passes: ${[...counts].join(', ')}`);
  let i = 0;
  let j = 0;
  report(
    `lint pass after an edit of period.yaml, 10,000 responses (editor: LoadCache + row memos), ${PASSES} passes`,
    repeat(ours.length, () => ours[i++]!),
    'fresh',
    repeat(fresh.length, () => fresh[j++]!),
    { seconds: 0.3, ratio: 0.5 },
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  summary();
  if (counts.size !== 1) process.exitCode = 1;
}

void main();
