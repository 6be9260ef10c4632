import type { CliIo } from '../io';

/** One `skm` sub-command. `run` returns the exit code; it throws only `UserError`. */
export interface Command {
  name: string;
  /** One line for `skm --help`, Indonesian / English. */
  summary: string;
  usage: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
