/**
 * `skm aggregate <unit-workspace> [--period id] --out <file> [--format parquet|csv]`: writes the
 * exact, mergeable partial aggregate of the unit's periods (docs/aggregate.md). Parquet is the
 * default (through DuckDB, an optional dependency loaded only here); a `.csv` file name or
 * `--format csv` writes CSV, `--format json` (`--json`) newline-delimited JSON and a JSON summary
 * on stdout. The write is atomic.
 *
 * Exit codes: 0 written; 1 skm.yaml unreadable or DuckDB missing; 2 a usage mistake.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_SERVICES } from '../../core/aggregate/schema';
import { t } from '../../core/text/messages';
import { appendAggregate, formatOfFile, writeAggregateFile } from '../../node/aggregate-file';
import type { AggregateFormat } from '../../node/aggregate-file';
import { openDuckDb } from '../../node/duckdb';
import { findWorkspaceRoot } from '../../node/fs-files';
import { aggregateUnit } from '../../node/unit-aggregate';
import { stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import { printDiagnostics } from '../print-diagnostics';
import type { Command } from './command';

export const aggregateCommand: Command = {
  name: 'aggregate',
  summary: 'cli.aggregate.summary',
  synopsis: 'cli.aggregate.synopsis',
  details: 'cli.aggregate.details',
  paths: 'first',
  options: {
    out: { type: 'string', placeholder: 'cli.placeholder.file', help: 'cli.opt.out-file' },
    format: { type: 'string', values: ['parquet', 'csv', 'json'], help: 'cli.opt.aggregate-format' },
    period: { type: 'string', placeholder: 'cli.placeholder.period', help: 'cli.opt.aggregate-period' },
    unit: { type: 'string', placeholder: 'cli.placeholder.value', help: 'cli.opt.aggregate-unit' },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new UserError(t('aggregate.one-workspace'));
    const out = stringFlag(args, 'out');
    if (out === undefined || out === '') throw new UserError(t('aggregate.out-required'));
    const formatFlag = stringFlag(args, 'format');
    const format: AggregateFormat =
      formatFlag === 'parquet' || formatFlag === 'csv' || formatFlag === 'json' ? formatFlag : formatOfFile(out);
    const target = path.resolve(io.cwd, args.positionals[0] ?? '.');
    const root = fs.existsSync(target) ? findWorkspaceRoot(target) : undefined;
    if (!root) throw new UserError(t('aggregate.no-workspace', { path: target }));
    const periodId = stringFlag(args, 'period');
    const unit = stringFlag(args, 'unit');
    const aggregated = await aggregateUnit(root, {
      ...(periodId === undefined ? {} : { periodId }),
      ...(unit === undefined ? {} : { unit }),
    });
    const workspace = aggregated.loaded.workspace;
    if (!workspace) {
      printDiagnostics(aggregated.loaded.diagnostics, root, io);
      io.stderr(`${t('aggregate.unreadable', { path: root })}\n`);
      return EXIT.problems;
    }
    if (periodId !== undefined && !workspace.periods.some((period) => period.id === periodId))
      throw new UserError(
        t('aggregate.no-period', { period: periodId, known: workspace.periods.map((period) => period.id).join(', ') || '—' }),
      );
    const database = await openDuckDb();
    if (!database) {
      io.stderr(`${t('duckdb.missing', { command: 'aggregate' })}\n`);
      return EXIT.problems;
    }
    const file = path.resolve(io.cwd, out);
    try {
      await appendAggregate(database, aggregated.rows);
      await writeAggregateFile(database, file, format);
    } finally {
      database.close();
    }
    const respondents = aggregated.rows
      .filter((row) => row.measure === 'respondents' && row.service === ALL_SERVICES)
      .reduce((sum, row) => sum + row.value, 0);
    const periods = new Set(aggregated.rows.map((row) => row.period)).size;
    const relative = path.relative(io.cwd, file);
    const shown = relative === '' || relative.startsWith('..') ? file : relative;
    if (format === 'json') io.stdout(`${JSON.stringify({ file: shown, rows: aggregated.rows.length, periods, respondents })}\n`);
    else io.stdout(`${t('aggregate.written', { path: shown, rows: aggregated.rows.length, periods, respondents })}\n`);
    const errors = aggregated.loaded.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
    if (errors > 0) io.stderr(`${t('aggregate.see-lint', { errors })}\n`);
    return EXIT.ok;
  },
};
