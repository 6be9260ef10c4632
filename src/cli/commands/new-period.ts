/**
 * `skm new-period <id> [workspace]`: `periods/<id>/period.yaml` (label and dates from the id:
 * `2025-s1`, `2024-tw3`, `2024`) and a `responses.csv` header from the unit's unsur and profile
 * — the same scaffold as the editor's New Period.
 */
import * as path from 'node:path';
import { t } from '../../core/text/messages';
import { stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import { openWorkspace } from '../open-workspace';
import { writePeriod } from '../scaffold-files';
import type { Command } from './command';

export const newPeriodCommand: Command = {
  name: 'new-period',
  summary: 'cli.new-period.summary',
  synopsis: 'cli.new-period.synopsis',
  details: 'cli.new-period.details',
  options: {
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
  },
  run(args, io) {
    const [id, folder] = args.positionals;
    if (id === undefined) throw new UserError(t('cli.missing-argument', { argument: 'id' }));
    if (args.positionals.length > 2) throw new UserError(t('cli.extra-arguments', { extra: args.positionals.slice(2).join(' ') }));
    const opened = openWorkspace(path.resolve(io.cwd, folder ?? '.'));
    const written = writePeriod(opened.root, opened.workspace, id, new Date().getFullYear()).map(
      (file) => path.relative(io.cwd, file) || file,
    );
    if (stringFlag(args, 'format') === 'json') io.stdout(`${JSON.stringify({ period: id, files: written }, null, 2)}\n`);
    else for (const file of written) io.stdout(`${t('build.wrote', { path: file })}\n`);
    return Promise.resolve(EXIT.ok);
  },
};
