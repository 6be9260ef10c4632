/** `skm export <period> --xlsx [--out file] [--mode …]`: the olah-data workbook with live formulas. */
import * as path from 'node:path';
import { isModeId, modeRefusal, MODES } from '../../core/compute/modes';
import { t } from '../../core/text/messages';
import { exportXlsx } from '../../node/export-xlsx';
import { booleanFlag, stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import { openPeriod } from '../open-workspace';
import type { Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  summary: 'cli.export.summary',
  synopsis: 'cli.export.synopsis',
  options: {
    xlsx: { type: 'boolean', help: 'cli.opt.xlsx' },
    out: { type: 'string', placeholder: 'cli.placeholder.file', help: 'cli.opt.out-file' },
    mode: { type: 'string', values: MODES.map((mode) => mode.id), help: 'cli.opt.mode' },
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
  },
  async run(args, io) {
    if (!booleanFlag(args, 'xlsx')) throw new UserError(t('cli.missing-option', { option: '--xlsx' }));
    if (args.positionals.length > 1) throw new UserError(t('cli.extra-arguments', { extra: args.positionals.slice(1).join(' ') }));
    const mode = stringFlag(args, 'mode');
    if (mode !== undefined && !isModeId(mode)) throw new UserError(`--mode: ${mode}`);
    const opened = openPeriod(args.positionals[0], io.cwd);
    const refusal = mode === undefined ? null : modeRefusal(mode, opened.workspace.unit.unsur.length);
    if (refusal !== null) throw new UserError(refusal);
    const out = stringFlag(args, 'out');
    const target =
      out !== undefined
        ? path.resolve(io.cwd, out)
        : path.join(opened.root, 'reports', opened.period.id, `olah-data-${opened.period.id}.xlsx`);
    await exportXlsx(opened.workspace, opened.period.id, target, mode);
    const shown = path.relative(io.cwd, target) || target;
    if (stringFlag(args, 'format') === 'json') io.stdout(`${JSON.stringify({ file: shown, period: opened.period.id }, null, 2)}\n`);
    else io.stdout(`${t('export.written', { file: shown })}\n`);
    return EXIT.ok;
  },
};
