/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';

export const COMMANDS: Command[] = [];
