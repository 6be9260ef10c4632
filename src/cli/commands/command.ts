import type { OptionTable, ParsedArgs } from '../args';
import type { CliIo } from '../io';

/**
 * One `skm` sub-command. Its options are declared once in `options` (parsed by `parseCommandArgs`,
 * listed by `skm help <name>` and the shell completion); `run` gets them parsed and returns the
 * exit code; it throws only `UserError`.
 */
export interface Command {
  name: string;
  /** Catalogue key of the one-line summary for `skm --help`. */
  summary: string;
  /** Catalogue key of the positional part of the usage line (`[path…]`). */
  synopsis: string;
  /** Catalogue key of further help lines, if any. */
  details?: string;
  options: OptionTable;
  /** Positionals that name files or folders, checked for existence before anything else. */
  paths?: 'all' | 'first';
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
