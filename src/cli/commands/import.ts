/**
 * `skm import <file> --into <period> [--mapping file.yaml] [--from auto|google-forms|csv|xlsx] [--dry-run]
 * [--format text|json]`:
 * prints the column mapping, converts every row, appends to the period's responses.csv and
 * writes rejected rows with their reasons; always prints read = imported + rejected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { ColumnMapping } from '../../core/import/column-mapping';
import { t } from '../../core/text/messages';
import { importFile, UnreadableInputError } from '../../node/import-file';
import { booleanFlag, stringFlag } from '../args';
import type { CliIo } from '../io';
import { EXIT, UserError } from '../io';
import { openPeriod } from '../open-workspace';
import type { Command } from './command';

const FORMATS = ['auto', 'google-forms', 'csv', 'xlsx'] as const;

function readMapping(file: string): Record<string, string> {
  let value: unknown;
  try {
    value = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(
      `berkas pemetaan tidak dapat dibaca / cannot read mapping file ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const columns = (value as { columns?: unknown } | null)?.columns;
  if (!columns || typeof columns !== 'object') throw new UserError(`${file}: perlu kunci "columns" / needs a "columns" map`);
  return Object.fromEntries(Object.entries(columns as Record<string, unknown>).map(([header, field]) => [header, String(field)]));
}

/** A progress bar on stderr, only when stderr is a terminal (never in logs, pipes or CI). */
function progressBar(io: CliIo): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    if (!io.stderrIsTTY || total === 0) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%`);
    if (percent === 100) io.stderr('\n');
  };
}

/** The wire contract of `skm import --format json` (docs/import.md). */
export interface ImportJson {
  read: number;
  imported: number;
  rejected: number;
  dryRun: boolean;
  mapping: ColumnMapping[];
  missingUnsur: string[];
  responsesFile: string | null;
  rejectsFile: string | null;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'cli.import.summary',
  synopsis: 'cli.import.synopsis',
  details: 'cli.import.details',
  options: {
    into: { type: 'string', placeholder: 'cli.placeholder.period', help: 'cli.opt.into' },
    mapping: { type: 'string', placeholder: 'cli.placeholder.file', help: 'cli.opt.mapping' },
    from: { type: 'string', values: FORMATS, default: 'auto', help: 'cli.opt.from' },
    'dry-run': { type: 'boolean', help: 'cli.opt.dry-run' },
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
  },
  paths: 'first',
  async run(args, io) {
    const [input] = args.positionals;
    const into = stringFlag(args, 'into');
    if (!input) throw new UserError(t('cli.missing-argument', { argument: t('cli.placeholder.file') }));
    if (into === undefined) throw new UserError(t('cli.missing-option', { option: '--into' }));
    if (args.positionals.length > 1) throw new UserError(t('cli.extra-arguments', { extra: args.positionals.slice(1).join(' ') }));
    const format = (stringFlag(args, 'from') ?? 'auto') as (typeof FORMATS)[number];
    const json = stringFlag(args, 'format') === 'json';
    const inputPath = path.resolve(io.cwd, input);
    const opened = openPeriod(into, io.cwd);
    const mappingFlag = stringFlag(args, 'mapping');
    const explicit = mappingFlag === undefined ? {} : readMapping(path.resolve(io.cwd, mappingFlag));
    const dryRun = booleanFlag(args, 'dry-run');
    const summary = await importFile({
      root: opened.root,
      workspace: opened.workspace,
      period: opened.period,
      input: inputPath,
      format,
      explicit,
      dryRun,
      onPlan: (plan) => {
        if (!json) io.stdout(`${plan.lines.join('\n')}\n`);
      },
      onProgress: progressBar(io),
    }).catch((error: unknown) => {
      if (error instanceof UnreadableInputError) throw new UserError(t('import.unreadable', { file: input, reason: error.message }));
      throw error;
    });
    const relative = (file: string): string => path.relative(io.cwd, file) || file;
    for (const { range, severity, code, message } of summary.diagnostics) {
      io.stderr(`${relative(inputPath)}:${range.start.line + 1}:${range.start.column + 1} ${severity} ${code} ${message}\n`);
    }
    const exitCode = summary.plan.missingUnsur.length > 0 ? EXIT.problems : EXIT.ok;
    if (json) {
      const result: ImportJson = {
        read: summary.read,
        imported: summary.imported,
        rejected: summary.rejected,
        dryRun,
        mapping: summary.plan.mapping,
        missingUnsur: summary.plan.missingUnsur,
        responsesFile: dryRun ? null : relative(summary.responsesFile),
        rejectsFile: dryRun || !summary.rejectsFile ? null : relative(summary.rejectsFile),
      };
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return exitCode;
    }
    io.stdout(`${t('import.summary', { read: summary.read, imported: summary.imported, rejected: summary.rejected })}\n`);
    if (dryRun) io.stdout(`${t('import.dry-run')}\n`);
    else {
      io.stdout(`${t('import.written', { count: summary.imported, file: relative(summary.responsesFile) })}\n`);
      if (summary.rejectsFile) io.stdout(`${t('import.rejects-file', { file: relative(summary.rejectsFile) })}\n`);
    }
    return exitCode;
  },
};
