/**
 * `skm import <file> --into <period> [--map COLUMN=CODE]… [--map-value FIELD:VALUE=CODE]…
 * [--mapping file.yaml] [--from auto|google-forms|csv|xlsx] [--update] [--dry-run] [--format text|json]`:
 * prints the column mapping, stops (exit 1, nothing written) when a questionnaire column is not
 * certain, converts every row, prints every value mapping applied and the changed answers of
 * known respondents, appends to the period's responses.csv and writes rejected rows with their
 * reasons; always prints read = imported + already present + changed + rejected.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { ColumnMapping } from '../../core/import/column-mapping';
import { t } from '../../core/text/messages';
import type { FieldChange } from '../../core/import/row-importer';
import { normaliseText } from '../../core/import/similarity';
import type { Unit } from '../../core/model/types';
import { importFile, UnreadableInputError } from '../../node/import-file';
import type { SourceEncoding } from '../../node/import-file';
import { booleanFlag, listFlag, stringFlag } from '../args';
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
    throw new UserError(t('import.mapping-unreadable', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
  const columns = (value as { columns?: unknown } | null)?.columns;
  if (!columns || typeof columns !== 'object') throw new UserError(t('import.mapping-no-columns', { file }));
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

/** `--map COLUMN=U3`: the field may be written short (`U3`, `gender`) or in full (`unsur:U3`). */
function parseColumnMaps(values: string[], unit: Unit): Record<string, string> {
  const explicit: Record<string, string> = {};
  const fixed = ['id', 'date', 'time', 'service', 'saran', 'ignore'];
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const column = value.slice(0, at).trim();
    const target = value.slice(at + 1).trim();
    let field: string | undefined;
    if (fixed.includes(target) || /^(unsur|profile):/.test(target)) field = target;
    else if (unit.unsur.some((unsur) => unsur.code === target)) field = `unsur:${target}`;
    else if (unit.profile.some((attribute) => attribute.key === target)) field = `profile:${target}`;
    if (at <= 0 || field === undefined) throw new UserError(t('import.bad-map', { value, fixed: fixed.join(', ') }));
    explicit[column] = field;
  }
  return explicit;
}

/** `--map-value FIELD:VALUE=CODE` (FIELD: a profile key, service, time or an unsur code). */
function parseValueMaps(values: string[], unit: Unit): Map<string, Map<string, string>> {
  const overrides = new Map<string, Map<string, string>>();
  for (const value of values) {
    const colon = value.indexOf(':');
    const at = value.lastIndexOf('=');
    const field = value.slice(0, colon).trim();
    const written = value.slice(colon + 1, at).trim();
    const code = value.slice(at + 1).trim();
    const list =
      field === 'service'
        ? unit.services.map((service) => service.code)
        : field === 'time'
          ? unit.timeSlots.map((slot) => slot.code)
          : unit.profile.find((attribute) => attribute.key === field)?.options.map((option) => option.code);
    const isUnsur = unit.unsur.some((unsur) => unsur.code === field);
    const valid = isUnsur ? /^[1-9]\d*$/.test(code) : list !== undefined && list.length > 0 && list.includes(code);
    if (colon <= 0 || at <= colon + 1 || !valid) throw new UserError(t('import.bad-map-value', { value, codes: (list ?? []).join(', ') }));
    let entries = overrides.get(field);
    if (!entries) overrides.set(field, (entries = new Map<string, string>()));
    entries.set(normaliseText(written), code);
  }
  return overrides;
}

const ENCODING_NAMES: Record<SourceEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** The wire contract of `skm import --format json` (docs/import.md). */
export interface ImportJson {
  read: number;
  imported: number;
  /** Rows already in the period with the same answers. */
  unchanged: number;
  /** Known respondents with other answers, field by field; applied only when `updated`. */
  changed: { id: string; changes: FieldChange[] }[];
  updated: boolean;
  rejected: number;
  dryRun: boolean;
  /** True when an uncertain questionnaire column stopped the import before anything was written. */
  stopped: boolean;
  /** Why it stopped, in the current language. */
  blocked: string[];
  /** The encoding a CSV was read with (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`). */
  encoding: SourceEncoding;
  /** Every value mapping applied: `[field, written, code, rows]`. */
  valueMappings: [string, string, string, number][];
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
    map: { type: 'string', multiple: true, placeholder: 'cli.placeholder.column-map', help: 'cli.opt.map' },
    'map-value': { type: 'string', multiple: true, placeholder: 'cli.placeholder.value-map', help: 'cli.opt.map-value' },
    update: { type: 'boolean', help: 'cli.opt.update' },
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
    const unit = opened.workspace.unit;
    const explicit = {
      ...(mappingFlag === undefined ? {} : readMapping(path.resolve(io.cwd, mappingFlag))),
      ...parseColumnMaps(listFlag(args, 'map'), unit),
    };
    const valueOverrides = parseValueMaps(listFlag(args, 'map-value'), unit);
    const dryRun = booleanFlag(args, 'dry-run');
    const update = booleanFlag(args, 'update');
    const summary = await importFile({
      root: opened.root,
      workspace: opened.workspace,
      period: opened.period,
      input: inputPath,
      format,
      explicit,
      valueOverrides,
      update,
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
    const exitCode = summary.stopped ? EXIT.problems : EXIT.ok;
    if (json) {
      const result: ImportJson = {
        read: summary.read,
        imported: summary.imported,
        unchanged: summary.unchanged,
        changed: summary.changed,
        updated: summary.updated,
        rejected: summary.rejected,
        dryRun,
        stopped: summary.stopped,
        blocked: summary.plan.blocked,
        encoding: summary.encoding.name,
        valueMappings: summary.valueMappingEntries,
        mapping: summary.plan.mapping,
        missingUnsur: summary.plan.missingUnsur,
        responsesFile: dryRun || summary.stopped ? null : relative(summary.responsesFile),
        rejectsFile: dryRun || !summary.rejectsFile ? null : relative(summary.rejectsFile),
      };
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return exitCode;
    }
    if (summary.encoding.note !== null) {
      const reason = t(summary.encoding.note === 'bom' ? 'import.encoding.bom' : 'import.encoding.not-utf8');
      io.stderr(`${t('import.encoding', { encoding: ENCODING_NAMES[summary.encoding.name], reason })}\n`);
    }
    if (summary.stopped) {
      io.stderr(`${summary.plan.blocked.join('\n')}\n`);
      return exitCode;
    }
    io.stdout(`${summary.valueMappings.join('\n')}\n`);
    if (summary.changed.length > 0) {
      io.stdout(`${t('import.changes.header', { count: summary.changed.length })}\n`);
      for (const { id, changes } of summary.changed)
        for (const change of changes) io.stdout(`  ${id} ${change.column}: "${change.from}" → "${change.to}"\n`);
      io.stdout(`${t(summary.updated ? 'import.changes.applied' : 'import.changes.not-applied', { count: summary.changed.length })}\n`);
    }
    const counts = { read: summary.read, imported: summary.imported, unchanged: summary.unchanged, changed: summary.changed.length };
    io.stdout(`${t('import.summary.full', { ...counts, rejected: summary.rejected })}\n`);
    if (dryRun) io.stdout(`${t('import.dry-run')}\n`);
    else {
      io.stdout(`${t('import.written', { count: summary.imported, file: relative(summary.responsesFile) })}\n`);
      if (summary.rejectsFile) io.stdout(`${t('import.rejects-file', { file: relative(summary.rejectsFile) })}\n`);
    }
    return exitCode;
  },
};
