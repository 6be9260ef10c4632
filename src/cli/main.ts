/**
 * The `skm` command line as a function: `runCli(argv, io)` returns the exit code. `bin/skm.js`
 * is a tiny wrapper around the bundled build of this file; tests call it in-process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { didYouMean } from '../core/text/did-you-mean';
import { setLocale, t } from '../core/text/messages';
import { parseCommandArgs } from './args';
import { COMMANDS } from './commands/index';
import type { Command } from './commands/command';
import { commandHelp, generalHelp } from './help';
import { commandInput, debugStack, internalErrorLine } from './internal-error';
import type { CliIo } from './io';
import { EXIT, UserError } from './io';
import { VERSION } from './version';

function findCommand(name: string, io: CliIo): Command | undefined {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command) return command;
  const suggestion = didYouMean(
    name,
    COMMANDS.map((candidate) => candidate.name),
  );
  io.stderr(
    `skm: ${suggestion ? t('cli.unknown-command-suggest', { command: name, suggestion }) : t('cli.unknown-command', { command: name })}\n`,
  );
  io.stderr(`${t('cli.help-more')}\n`);
  return undefined;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  setLocale(io.env['SKM_LANG'] ?? io.env['LANG']);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(`${generalHelp(COMMANDS)}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === 'help') {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(`${generalHelp(COMMANDS)}\n`);
      return EXIT.ok;
    }
    const command = findCommand(topic, io);
    if (!command) return EXIT.usage;
    io.stdout(`${commandHelp(command)}\n`);
    return EXIT.ok;
  }
  const command = findCommand(name, io);
  if (!command) return EXIT.usage;
  try {
    const args = parseCommandArgs(rest, command.options);
    if (args.flags['help'] === true) {
      io.stdout(`${commandHelp(command)}\n`);
      return EXIT.ok;
    }
    // A path that does not exist is named as such, before any other message about it.
    const paths = command.paths === 'all' ? args.positionals : command.paths === 'first' ? args.positionals.slice(0, 1) : [];
    for (const given of paths) {
      if (!fs.existsSync(path.resolve(io.cwd, given))) throw new UserError(t('cli.path-missing', { path: given }));
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`skm ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug: say so plainly on one line, without a stack trace unless asked for.
    io.stderr(internalErrorLine(name, commandInput(rest, io.cwd), error));
    io.stderr(debugStack(io.env, error));
    return EXIT.usage;
  }
}
