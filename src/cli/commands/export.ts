/** `skm export <period> --xlsx [--out file] [--mode …]`: the olah-data workbook with live formulas. */
import * as path from 'node:path';
import { isModeId } from '../../core/compute/modes';
import { t } from '../../core/text/messages';
import { exportXlsx } from '../../node/export-xlsx';
import { parseArgs } from '../args';
import { EXIT, UserError } from '../io';
import { openPeriod } from '../open-workspace';
import type { Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Ekspor lembar olah data (xlsx) / export the olah-data workbook',
  usage: 'skm export <periode/period> --xlsx [--out berkas.xlsx] [--mode …]',
  async run(argv, io) {
    const args = parseArgs(argv, { valued: ['out', 'mode'], boolean: ['xlsx'] });
    if (args.flags['xlsx'] !== true) throw new UserError(this.usage);
    const mode = args.flags['mode'];
    if (mode !== undefined && (typeof mode !== 'string' || !isModeId(mode))) throw new UserError(`--mode: ${String(mode)}`);
    const opened = openPeriod(args.positionals[0], io.cwd);
    const out = args.flags['out'];
    const target =
      typeof out === 'string'
        ? path.resolve(io.cwd, out)
        : path.join(opened.root, 'reports', opened.period.id, `olah-data-${opened.period.id}.xlsx`);
    await exportXlsx(opened.workspace, opened.period.id, target, mode);
    io.stdout(`${t('export.written', { file: path.relative(io.cwd, target) || target })}\n`);
    return EXIT.ok;
  },
};
