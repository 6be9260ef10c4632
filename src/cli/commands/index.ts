/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';
import { aggregateCommand } from './aggregate';
import { buildCommand } from './build';
import { completionCommand } from './completion';
import { computeCommand } from './compute';
import { diffCommand } from './diff';
import { historyCommand } from './history';
import { exportCommand } from './export';
import { importCommand } from './import';
import { initCommand } from './init';
import { lintCommand } from './lint';
import { newPeriodCommand } from './new-period';
import { rollupCommand } from './rollup';

export const COMMANDS: Command[] = [
  initCommand,
  newPeriodCommand,
  lintCommand,
  computeCommand,
  importCommand,
  exportCommand,
  buildCommand,
  diffCommand,
  historyCommand,
  aggregateCommand,
  rollupCommand,
];
// The completion script lists every command, itself included.
COMMANDS.push(completionCommand(() => COMMANDS));
