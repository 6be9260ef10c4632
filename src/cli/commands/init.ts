/**
 * `skm init [folder] [--name …] [--period id] [--yes]`: a new unit (`skm.yaml`) from the
 * PermenPANRB 14/2017 defaults, the same scaffold as the editor's New Unit, and optionally its
 * first period. Asks for what is missing when stdin is a terminal; otherwise takes flags only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PERIOD_ID, scaffoldUnit } from '../../core/load/scaffold';
import { t } from '../../core/text/messages';
import { writeFileAtomic } from '../../node/atomic-write';
import { booleanFlag, stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import { openWorkspace } from '../open-workspace';
import { writePeriod } from '../scaffold-files';
import type { Command } from './command';

const DEFAULT_NAME = 'Unit Pelayanan';

export const initCommand: Command = {
  name: 'init',
  summary: 'cli.init.summary',
  synopsis: 'cli.init.synopsis',
  details: 'cli.init.details',
  options: {
    name: { type: 'string', placeholder: 'cli.placeholder.value', help: 'cli.opt.unit-name' },
    period: { type: 'string', placeholder: 'cli.placeholder.period', help: 'cli.opt.first-period' },
    yes: { type: 'boolean', short: 'y', help: 'cli.opt.yes' },
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
  },
  async run(args, io) {
    if (args.positionals.length > 1) throw new UserError(t('cli.extra-arguments', { extra: args.positionals.slice(1).join(' ') }));
    const root = path.resolve(io.cwd, args.positionals[0] ?? '.');
    const unitFile = path.join(root, 'skm.yaml');
    if (fs.existsSync(unitFile)) throw new UserError(t('cli.init.exists', { path: unitFile }));
    const json = stringFlag(args, 'format') === 'json';
    const ask = !booleanFlag(args, 'yes') && !json && io.stdinIsTTY === true ? io.prompt : undefined;
    let name = stringFlag(args, 'name');
    let period = stringFlag(args, 'period');
    if (name === undefined) {
      if (!ask) throw new UserError(t('cli.init.needs-name'));
      name = (await ask(t('cli.init.ask-name', { value: DEFAULT_NAME }))).trim() || DEFAULT_NAME;
      if (period === undefined) period = (await ask(t('cli.init.ask-period'))).trim() || undefined;
    }
    if (name.trim() === '') throw new UserError(t('cli.init.needs-name'));
    if (period !== undefined && !PERIOD_ID.test(period)) throw new UserError(t('cli.new-period.bad-id', { id: period }));
    fs.mkdirSync(root, { recursive: true });
    writeFileAtomic(unitFile, scaffoldUnit(name.trim()));
    const written = [unitFile];
    if (period !== undefined) written.push(...writePeriod(root, openWorkspace(root).workspace, period, new Date().getFullYear()));
    const shown = written.map((file) => path.relative(io.cwd, file) || file);
    if (json) io.stdout(`${JSON.stringify({ root: path.relative(io.cwd, root) || '.', files: shown }, null, 2)}\n`);
    else {
      for (const file of shown) io.stdout(`${t('build.wrote', { path: file })}\n`);
      io.stdout(`${t('cli.init.next')}\n`);
    }
    return EXIT.ok;
  },
};
