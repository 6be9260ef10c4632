/** `skm history <rtl-file> [--item id] [--format markdown|json]`: the RTL audit trail from git. */
import { renderHistoryMarkdown } from '../../core/history/render-history';
import { GitError } from '../../node/git';
import { readRtlHistory } from '../../node/rtl-history';
import { parseArgs } from '../args';
import { EXIT, UserError } from '../io';
import type { Command } from './command';

export const historyCommand: Command = {
  name: 'history',
  summary: 'Riwayat perubahan RTL dari git / RTL audit trail from git',
  usage: 'skm history <rtl.yaml> [--item id] [--format markdown|json]',
  async run(argv, io) {
    const args = parseArgs(argv, { valued: ['item', 'format'] });
    const [file] = args.positionals;
    const format = args.flags['format'] ?? 'markdown';
    if (!file || (format !== 'markdown' && format !== 'json')) throw new UserError(this.usage);
    const item = typeof args.flags['item'] === 'string' ? args.flags['item'] : undefined;
    try {
      const history = await readRtlHistory({ cwd: io.cwd, file, ...(item === undefined ? {} : { itemId: item }) });
      if (history.versions === 0) throw new UserError(`git tidak mengenal berkas ini / git has no history for ${file}`);
      io.stdout(format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : renderHistoryMarkdown(history, history.file));
      if (history.shallow)
        io.stderr(
          'peringatan: klon dangkal (shallow), riwayat lama mungkin hilang / warning: shallow clone, older history may be missing\n',
        );
      return history.skipped.length > 0 || history.shallow ? EXIT.problems : EXIT.ok;
    } catch (error) {
      if (error instanceof GitError) throw new UserError(error.message);
      throw error;
    }
  },
};
