/**
 * `skm compute <period> [--format text|json] [--mode …] [--reference-date YYYY-MM-DD]`: computes one
 * period and prints a readable table, or with `--format json` (alias `--json`) the stable JSON of
 * docs/compute-json.md. `<period>` is a period folder (or a file in it), or a workspace folder
 * meaning its latest period. Every responses.csv is read by streaming, in bounded memory.
 */
import * as path from 'node:path';
import { computePeriod } from '../../core/compute/compute-period';
import type { RawStatistics } from '../../core/compute/compute-core';
import { isModeId, modeRefusal, MODES } from '../../core/compute/modes';
import { toComputeJson } from '../../core/compute/compute-json';
import type { Diagnostic } from '../../core/model/diagnostic';
import type { Period, Workspace } from '../../core/model/types';
import { t } from '../../core/text/messages';
import { headerOnlyFiles, responseFiles } from '../../node/header-only-files';
import { streamResponses } from '../../node/stream-responses';
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

/**
 * Opens the period. Every responses.csv, whatever its size, is read by streaming: the loader sees
 * its header only and the rows of this period and the earlier ones (for the trend) pass once
 * through the scanner into statistics.
 */
function open(argument: string | undefined, cwd: string): Opened {
  const opened = openPeriod(argument, cwd, (root) => headerOnlyFiles(root, responseFiles(root)));
  const { root, workspace, period } = opened;
  // Only files listed inside the workspace (never a link leading out of it) are streamed.
  const inside = new Set(responseFiles(root));
  const statistics = new Map<string, RawStatistics>();
  const streamedFiles = new Set<string>();
  const streamed: Diagnostic[] = [];
  for (const earlier of workspace.periods.slice(0, workspace.periods.indexOf(period) + 1)) {
    const file = earlier.responses?.file;
    if (!file?.endsWith('.csv') || !inside.has(file)) continue;
    const outcome = streamResponses(path.join(root, file), file, workspace.unit);
    statistics.set(earlier.id, outcome.raw);
    streamedFiles.add(file);
    streamed.push(...outcome.diagnostics);
  }
  const diagnostics = [...opened.loaded.diagnostics.filter((diagnostic) => !streamedFiles.has(diagnostic.file)), ...streamed];
  return { workspace, period, diagnostics, statistics };
}
