/** The ordered table of `skm` sub-commands; each lives in its own file. */
import type { Command } from './command';
import { aggregateCommand } from './aggregate';
import { buildCommand } from './build';
import { computeCommand } from './compute';
import { diffCommand } from './diff';
import { historyCommand } from './history';
import { exportCommand } from './export';
import { importCommand } from './import';
import { lintCommand } from './lint';
import { rollupCommand } from './rollup';

export const COMMANDS: Command[] = [
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
