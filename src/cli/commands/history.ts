/** `skm history <rtl-file> [--item id] [--format markdown|json]`: the RTL audit trail from git. */
import { renderHistory } from '../../core/history/render-history';
import { GitError } from '../../node/git';
import { readRtlHistory } from '../../node/rtl-history';
import { stringFlag } from '../args';
import { t } from '../../core/text/messages';
import { EXIT, UserError } from '../io';
import type { Command } from './command';

export const historyCommand: Command = {
  name: 'history',
  summary: 'cli.history.summary',
  synopsis: 'cli.history.synopsis',
  options: {
    item: { type: 'string', placeholder: 'id', help: 'cli.opt.item' },
    format: { type: 'string', values: ['markdown', 'json', 'text'], default: 'markdown', help: 'cli.opt.format' },
  },
  paths: 'first',
  async run(args, io) {
    const [file] = args.positionals;
    const format = stringFlag(args, 'format') ?? 'markdown';
    if (!file) throw new UserError(t('cli.missing-argument', { argument: 'rtl.yaml' }));
    const item = stringFlag(args, 'item');
    try {
      const history = await readRtlHistory({ cwd: io.cwd, file, ...(item === undefined ? {} : { itemId: item }) });
      if (history.versions === 0) throw new UserError(t('cli.no-history', { file }));
      io.stdout(
        format === 'json'
          ? `${JSON.stringify(history, null, 2)}\n`
          : renderHistory(history, history.file, format === 'text' ? 'text' : 'markdown'),
      );
      if (history.shallow) io.stderr(`${t('cli.shallow')}\n`);
      return history.skipped.length > 0 || history.shallow ? EXIT.problems : EXIT.ok;
    } catch (error) {
      if (error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
  },
};
