/**
 * `skm rollup <paths…> [--period id] [--index pooled|unit-mean] [--format markdown|json|pdf]
 * [--out file] [--title text]`: the Laporan Rekapitulasi SKM over many units — unit workspaces (a
 * monorepo's `units/*`, several checkouts) and/or aggregate files — computed in DuckDB embedded
 * with the `sql/` queries, then by the engine's exact functions (docs/rollup.md).
 *
 * Markdown goes to stdout unless `--out` is given; `--format pdf` needs `--out` and writes the
 * Markdown beside the PDF (pandoc → HTML → Chromium, as `skm build`). `--format json` prints the
 * `RollupResult`. Exit codes: 0 done; 1 DuckDB or a PDF tool missing, a workspace unreadable, or
 * a unit not `patuh` is NOT an error (the report says so); 2 a usage mistake or a bad source.
 */
import * as path from 'node:path';
import { computeRollup } from '../../core/rollup/compute-rollup';
import type { RollupInput } from '../../core/rollup/rollup-input';
import { rollupMarkdown } from '../../core/rollup/rollup-markdown';
import { t } from '../../core/text/messages';
import { AtomicFileWriter, writeFileAtomic } from '../../node/atomic-write';
import { openDuckDb } from '../../node/duckdb';
import { ReportRenderer } from '../../node/render-report';
import { queryRollupInput } from '../../node/rollup-duckdb';
import { writeRollupJson } from '../../node/rollup-json';
import { loadSources, resolveSources, RollupSourceError } from '../../node/rollup-sources';
import { checkTool } from '../../node/tool-check';
import { stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import type { CliIo } from '../io';
import { printDiagnostics } from '../print-diagnostics';
import type { Command } from './command';

export const rollupCommand: Command = {
  name: 'rollup',
  summary: 'cli.rollup.summary',
  synopsis: 'cli.rollup.synopsis',
  details: 'cli.rollup.details',
  paths: 'all',
  options: {
    format: { type: 'string', values: ['markdown', 'json', 'pdf'], default: 'markdown', help: 'cli.opt.format' },
    out: { type: 'string', placeholder: 'cli.placeholder.file', help: 'cli.opt.out-file' },
    period: { type: 'string', placeholder: 'cli.placeholder.period', help: 'cli.opt.rollup-period' },
    index: { type: 'string', values: ['pooled', 'unit-mean'], default: 'pooled', help: 'cli.opt.rollup-index' },
    title: { type: 'string', placeholder: 'cli.placeholder.value', help: 'cli.opt.rollup-title' },
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new UserError(t('rollup.no-paths'));
    const format = stringFlag(args, 'format') ?? 'markdown';
    const out = stringFlag(args, 'out');
    if (format === 'pdf' && out === undefined) throw new UserError(t('rollup.pdf-needs-out'));
    const sources = (() => {
      try {
        return resolveSources(args.positionals.map((given) => path.resolve(io.cwd, given)));
      } catch (error) {
        if (error instanceof RollupSourceError) throw new UserError(t(error.key, error.params));
        throw error;
      }
    })();
    const database = await openDuckDb();
    if (!database) {
      io.stderr(`${t('duckdb.missing', { command: 'rollup' })}\n`);
      return EXIT.problems;
    }
    let exitCode: number = EXIT.ok;
    let input: RollupInput | undefined;
    try {
      let loaded;
      try {
        loaded = await loadSources(database, sources);
      } catch (error) {
        if (error instanceof RollupSourceError) throw new UserError(t(error.key, error.params));
        throw error;
      }
      for (const failed of loaded.diagnostics) {
        printDiagnostics(failed.diagnostics, failed.root, io);
        io.stderr(`${t('aggregate.unreadable', { path: failed.root })}\n`);
        exitCode = EXIT.problems;
      }
      input = await queryRollupInput(database);
    } finally {
      // Closed before computing: DuckDB's memory is given back while the figures are made.
      database.close();
    }
    if (input.unitPeriod.length === 0) throw new UserError(t('rollup.empty'));
    const period = stringFlag(args, 'period');
    if (period !== undefined && !input.unitPeriod.some((row) => row.period === period))
      throw new UserError(
        t('rollup.no-period', { period, known: [...new Set(input.unitPeriod.map((row) => row.period))].sort().join(', ') }),
      );
    const index = stringFlag(args, 'index') === 'unit-mean' ? 'unit-mean' : 'pooled';
    const result = computeRollup(input, { ...(period === undefined ? {} : { period }), index });
    input = undefined;
    if (format === 'json') {
      if (out === undefined) writeRollupJson(result, (text) => io.stdout(text));
      else {
        const writer = new AtomicFileWriter(path.resolve(io.cwd, out));
        try {
          writeRollupJson(result, (text) => writer.write(text));
          writer.commit();
        } catch (error) {
          writer.abort();
          throw error;
        }
      }
      return exitCode;
    }
    const epoch = io.env['SOURCE_DATE_EPOCH'];
    const title = stringFlag(args, 'title');
    const markdown = rollupMarkdown(result, {
      ...(title === undefined ? {} : { instansi: title }),
      ...(epoch !== undefined && /^\d+$/.test(epoch) ? { sourceDateEpoch: Number(epoch) } : {}),
    });
    if (format === 'markdown') {
      if (out === undefined) io.stdout(markdown);
      else writeFileAtomic(path.resolve(io.cwd, out), markdown);
      return exitCode;
    }
    const ok = await writePdf(markdown, path.resolve(io.cwd, out!), io);
    return ok ? exitCode : EXIT.problems;
  },
};

/** Writes `<out>` (PDF) and the Markdown beside it (`.md`); false when a tool is missing or fails. */
async function writePdf(markdown: string, file: string, io: CliIo): Promise<boolean> {
  const markdownFile = file.replace(/\.pdf$/i, '') + '.md';
  writeFileAtomic(markdownFile, markdown);
  const pandoc = checkTool('pandoc', io.env);
  const chromium = checkTool('chromium', io.env);
  for (const tool of [pandoc, chromium]) {
    if (tool.ok) continue;
    io.stderr(
      `skm rollup: ${t('build.tool-missing', { tool: tool.tool === 'pandoc' ? 'pandoc' : 'Chromium', looked: tool.looked, package: tool.debianPackage, skipped: 'PDF' })}\n`,
    );
    return false;
  }
  if (!pandoc.ok || !chromium.ok) return false;
  const renderer = new ReportRenderer({ pandocPath: pandoc.path, chromiumPath: chromium.path });
  try {
    const html = await renderer.html(markdown, path.dirname(file));
    const printed = await renderer.pdf(html);
    if (printed.chartsError) io.stderr(`${t('build.charts-failed', { path: file, message: printed.chartsError })}\n`);
    writeFileAtomic(file, printed.pdf);
    io.stdout(`${t('rollup.written', { path: path.relative(io.cwd, file) || file })}\n`);
    return printed.chartsError === undefined;
  } catch (error) {
    io.stderr(`skm rollup: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    return false;
  } finally {
    await renderer.close();
  }
}
