/**
 * `skm import <file> --into <period> [--mapping file.yaml] [--format auto|google-forms|csv|xlsx] [--dry-run]`:
 * prints the column mapping, converts every row, appends to the period's responses.csv and
 * writes rejected rows with their reasons; always prints read = imported + rejected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { t } from '../../core/text/messages';
import { importFile } from '../../node/import-file';
import { parseArgs } from '../args';
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

function progressBar(io: CliIo): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    if (!io.isTTY || total === 0) return;
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}%`);
    if (percent === 100) io.stderr('\n');
  };
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Impor jawaban dari Google Forms, CSV, atau xlsx / import responses',
  usage: 'skm import <berkas/file> --into <periode/period> [--mapping pemetaan.yaml] [--format auto|google-forms|csv|xlsx] [--dry-run]',
  async run(argv, io) {
    const args = parseArgs(argv, { valued: ['into', 'mapping', 'format'], boolean: ['dry-run'] });
    const [input] = args.positionals;
    const into = args.flags['into'];
    if (!input || typeof into !== 'string') throw new UserError(this.usage);
    const format = (args.flags['format'] ?? 'auto') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UserError(`--format: ${FORMATS.join('|')}`);
    const inputPath = path.resolve(io.cwd, input);
    if (!fs.existsSync(inputPath)) throw new UserError(`berkas tidak ditemukan / file not found: ${input}`);
    const opened = openPeriod(into, io.cwd);
    const mappingFlag = args.flags['mapping'];
    const explicit = typeof mappingFlag === 'string' ? readMapping(path.resolve(io.cwd, mappingFlag)) : {};
    const dryRun = args.flags['dry-run'] === true;
    const summary = await importFile({
      root: opened.root,
      workspace: opened.workspace,
      period: opened.period,
      input: inputPath,
      format,
      explicit,
      dryRun,
      onPlan: (plan) => io.stdout(`${plan.lines.join('\n')}\n`),
      onProgress: progressBar(io),
    });
    const relative = (file: string): string => path.relative(io.cwd, file) || file;
    io.stdout(`${t('import.summary', { read: summary.read, imported: summary.imported, rejected: summary.rejected })}\n`);
    if (dryRun) io.stdout(`${t('import.dry-run')}\n`);
    else {
      io.stdout(`${t('import.written', { count: summary.imported, file: relative(summary.responsesFile) })}\n`);
      if (summary.rejectsFile) io.stdout(`${t('import.rejects-file', { file: relative(summary.rejectsFile) })}\n`);
    }
    return summary.plan.missingUnsur.length > 0 ? EXIT.problems : EXIT.ok;
  },
};
