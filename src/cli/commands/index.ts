/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';
import { buildCommand } from './build';
import { computeCommand } from './compute';
import { exportCommand } from './export';
import { importCommand } from './import';
import { lintCommand } from './lint';

export const COMMANDS: Command[] = [lintCommand, computeCommand, importCommand, exportCommand, buildCommand];
