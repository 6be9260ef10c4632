/**
 * `skm compute <period> [--format text|json] [--mode …] [--reference-date YYYY-MM-DD]`: computes one
 * period and prints a readable table, or with `--format json` (alias `--json`) the stable JSON of
 * docs/compute-json.md. `<period>` is a period folder (or a file in it), or a workspace folder
 * meaning its latest period. A responses.csv above 20 MB is read by streaming.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computePeriod } from '../../core/compute/compute-period';
import type { RawStatistics } from '../../core/compute/compute-core';
import { isModeId, modeRefusal, MODES } from '../../core/compute/modes';
import { toComputeJson } from '../../core/compute/compute-json';
import { loadWorkspace } from '../../core/load/load-workspace';
import type { Diagnostic } from '../../core/model/diagnostic';
import type { Period, Workspace } from '../../core/model/types';
import { t } from '../../core/text/messages';
import { computeResponsesStream } from '../../node/compute-responses-stream';
import { findWorkspaceRoot } from '../../node/fs-files';
import { headerOnlyFiles, largeResponseFiles } from '../../node/header-only-files';
import { stringFlag } from '../args';
import { renderComputeTable } from '../compute-table';
import { EXIT, UserError } from '../io';
import { openPeriod } from '../open-workspace';
import type { Command } from './command';

export const computeCommand: Command = {
  name: 'compute',
  summary: 'cli.compute.summary',
  synopsis: 'cli.compute.synopsis',
  details: 'cli.compute.details',
  options: {
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
    mode: { type: 'string', values: MODES.map((mode) => mode.id), help: 'cli.opt.mode' },
    'reference-date': { type: 'string', placeholder: 'YYYY-MM-DD', help: 'cli.opt.reference-date' },
  },
  run(args, io) {
    const mode = stringFlag(args, 'mode');
    if (mode !== undefined && !isModeId(mode))
      throw new UserError(t('compute.bad-mode', { mode, modes: MODES.map((item) => item.id).join(', ') }));
    const referenceDate = stringFlag(args, 'reference-date');
    if (referenceDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(referenceDate))
      throw new UserError(t('compute.bad-date', { value: referenceDate }));
    if (args.positionals.length > 1) throw new UserError(t('compute.one-period'));
    const { workspace, period, diagnostics, statistics } = open(args.positionals[0], io.cwd);
    const refusal = mode === undefined ? null : modeRefusal(mode, workspace.unit.unsur.length);
    if (refusal !== null) throw new UserError(refusal);
    const result = computePeriod(workspace, period.id, {
      ...(mode === undefined ? {} : { mode }),
      ...(referenceDate === undefined ? {} : { referenceDate }),
      statistics,
    });
    if (args.flags['format'] === 'json') {
      io.stdout(`${JSON.stringify(toComputeJson(result), null, 2)}\n`);
    } else {
      io.stdout(renderComputeTable(result, period));
    }
    const excluded = result.unsur.reduce((sum, unsur) => sum + unsur.excluded, 0);
    const errors = diagnostics.filter(
      (diagnostic) => diagnostic.severity === 'error' && diagnostic.file.startsWith(`${period.folder}/`),
    ).length;
    if (excluded > 0 || errors > 0) io.stderr(`${t('compute.see-lint', { excluded, errors })}\n`);
    return Promise.resolve(result.ikm === null ? EXIT.problems : EXIT.ok);
  },
};

interface Opened {
  workspace: Workspace;
  period: Period;
  diagnostics: Diagnostic[];
  statistics: Map<string, RawStatistics>;
}

/** Opens the period; responses.csv files above the threshold are streamed instead of loaded. */
function open(argument: string | undefined, cwd: string): Opened {
  const target = path.resolve(cwd, argument ?? '.');
  const root = fs.existsSync(target) ? findWorkspaceRoot(target) : undefined;
  const large = root ? largeResponseFiles(root) : [];
  if (!root || large.length === 0) {
    // A workspace folder means its latest period: openPeriod does that for a missing argument.
    const insidePeriod = root !== undefined && /^periods\/[^/]+/.test(path.relative(root, target).split(path.sep).join('/'));
    const opened = root !== undefined && !insidePeriod ? openPeriod(undefined, root) : openPeriod(argument, cwd);
    return { workspace: opened.workspace, period: opened.period, diagnostics: opened.loaded.diagnostics, statistics: new Map() };
  }
  const loaded = loadWorkspace(headerOnlyFiles(root, large), root);
  const workspace = loaded.workspace;
  if (!workspace) throw new UserError(t('compute.no-workspace', { path: root }));
  const relative = path.relative(root, target).split(path.sep).join('/');
  const id = /^periods\/([^/]+)/.exec(relative)?.[1] ?? workspace.periods.at(-1)?.id;
  const period = workspace.periods.find((candidate) => candidate.id === id);
  if (!period)
    throw new UserError(
      t('compute.no-period', { period: argument ?? '.', known: workspace.periods.map((candidate) => candidate.id).join(', ') || '—' }),
    );
  const statistics = new Map<string, RawStatistics>();
  const diagnostics = loaded.diagnostics.filter((diagnostic) => !large.includes(diagnostic.file));
  for (const file of large) {
    const owner = workspace.periods.find((candidate) => candidate.responses?.file === file);
    if (!owner) continue;
    const streamed = computeResponsesStream(path.join(root, file), file, workspace.unit);
    statistics.set(owner.id, streamed.raw);
    diagnostics.push(...streamed.diagnostics);
  }
  return { workspace, period, diagnostics, statistics };
}
