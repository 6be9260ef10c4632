/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';
import { lintCommand } from './lint';

export const COMMANDS: Command[] = [lintCommand];
