/**
 * Report speed, printed (not asserted), on the Biro Umum Kaltim sample (seed 002):
 * 1. Markdown of the Laporan SKM of one period, warm, in-process (target ≤ 200 ms), and a first
 *    build including loading the workspace from disk;
 * 2. PDF of the same report, warm (target ≤ 3 s), split into pandoc, Chromium start (once per
 *    build), chart render (page load + mermaid) and print. The first round is the cold one.
 * Needs the Debian packages pandoc and chromium for part 2.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadWorkspace } from '../src/core/load/load-workspace';
import { buildReport } from '../src/core/report/build-report';
import { FsFiles } from '../src/node/fs-files';
import { ReportRenderer } from '../src/node/render-report';
import { checkTool } from '../src/node/tool-check';

const SAMPLE = path.resolve('samples/biro-umum-kaltim');
const PERIOD = '2023-s1';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const ms = (value: number): string => `${value.toFixed(1).padStart(7)} ms`;

async function main(): Promise<void> {
  const coldStart = performance.now();
  const loaded = loadWorkspace(new FsFiles(SAMPLE), SAMPLE);
  const workspace = loaded.workspace;
  if (!workspace) throw new Error('sample did not load');
  const first = buildReport({ workspace, periodId: PERIOD, kind: 'skm', texts: loaded.texts });
  const cold = performance.now() - coldStart;
  const runs: number[] = [];
  for (let round = 0; round < 25; round++) {
    const started = performance.now();
    buildReport({ workspace, periodId: PERIOD, kind: 'skm', texts: loaded.texts });
    runs.push(performance.now() - started);
  }
  console.log(`Markdown, Laporan SKM ${PERIOD} (${first.markdown.length} characters)`);
  console.log(`  first build incl. loading the workspace: ${ms(cold)}`);
  console.log(`  warm, median of 25:                      ${ms(median(runs))}   (min ${ms(Math.min(...runs))}; target ≤ 200 ms)`);

  const pandoc = checkTool('pandoc', process.env);
  const chromium = checkTool('chromium', process.env);
  if (!pandoc.ok || !chromium.ok) {
    console.log(
      `PDF: skipped — install the Debian packages ${[pandoc, chromium]
        .filter((tool) => !tool.ok)
        .map((tool) => tool.tool)
        .join(' and ')}`,
    );
    return;
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-bench-report-'));
  const renderer = new ReportRenderer({ pandocPath: pandoc.path, chromiumPath: chromium.path });
  const rounds: { pandocMs: number; chartsMs: number; loadMs: number; drawMs: number; printMs: number; totalMs: number }[] = [];
  try {
    // A copy of the sample, so the report folder exists and its relative image paths resolve.
    fs.cpSync(SAMPLE, folder, { recursive: true });
    const reportFolder = path.join(folder, 'reports', PERIOD);
    fs.mkdirSync(reportFolder, { recursive: true });
    let pages = 0;
    for (let round = 0; round < 4; round++) {
      const before = { ...renderer.timings };
      const started = performance.now();
      const html = await renderer.html(first.markdown, reportFolder);
      const printed = await renderer.pdf(html);
      const totalMs = performance.now() - started - (renderer.timings.chromiumStartMs - before.chromiumStartMs);
      pages = (printed.pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      rounds.push({
        pandocMs: renderer.timings.pandocMs - before.pandocMs,
        chartsMs: printed.timings.chartsMs,
        loadMs: printed.timings.loadMs,
        drawMs: printed.timings.drawMs,
        printMs: printed.timings.printMs,
        totalMs,
      });
    }
    const warm = rounds.slice(1);
    console.log(`PDF, Laporan SKM ${PERIOD} (${pages} A4 pages)`);
    console.log(`  Chromium start (once):  ${ms(renderer.timings.chromiumStartMs)}`);
    const row = (label: string, pick: (round: (typeof rounds)[number]) => number): void =>
      console.log(`  ${label.padEnd(22)} cold ${ms(pick(rounds[0] ?? warm[0]!))}   warm median ${ms(median(warm.map(pick)))}`);
    row('pandoc', (round) => round.pandocMs);
    row('chart render', (round) => round.chartsMs);
    row('  of which page load', (round) => round.loadMs);
    row('  of which mermaid.run', (round) => round.drawMs);
    row('print', (round) => round.printMs);
    row('total (without start)', (round) => round.totalMs);
    const warmTotal = median(warm.map((round) => round.totalMs)) + renderer.timings.chromiumStartMs;
    const coldTotal = (rounds[0]?.totalMs ?? Number.NaN) + renderer.timings.chromiumStartMs;
    const verdict = (value: number, limit: number): string => (value <= limit ? 'ok' : 'OVER TARGET');
    console.log(`  warm total incl. a Chromium start: ${ms(warmTotal)}   (target ≤ 3 s: ${verdict(warmTotal, 3000)})`);
    console.log(`  cold total (first round, Chromium start): ${ms(coldTotal)}   (target ≤ 5 s: ${verdict(coldTotal, 5000)})`);
    console.log('  (wall times in-process; the machine is shared, so they are inflated)');
  } finally {
    await renderer.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
