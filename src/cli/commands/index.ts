/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';
import { computeCommand } from './compute';
import { lintCommand } from './lint';

export const COMMANDS: Command[] = [lintCommand, computeCommand];
