/**
 * The `skm` command line as a function: `runCli(argv, io)` returns the exit code. `bin/skm.js`
 * is a tiny wrapper around the bundled build of this file; tests call it in-process.
 */
import { setLocale } from '../core/text/messages';
import { COMMANDS } from './commands/index';
import type { CliIo } from './io';
import { EXIT, UserError } from './io';

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'skm — Survei Kepuasan Masyarakat sebagai kode / SKM as code',
    '',
    'Pemakaian / usage: skm <perintah> [opsi]',
    '',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Kode keluar / exit codes: 0 = beres / ok, 1 = ada masalah / problems found, 2 = salah pemakaian atau I/O / usage or I/O error',
    'Bahasa / language: SKM_LANG=en atau / or LANG=en_*',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  setLocale(io.env['SKM_LANG'] ?? io.env['LANG']);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${help()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout('0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`skm: perintah tidak dikenal / unknown command: ${name}\n\n${help()}\n`);
    return EXIT.usage;
  }
  try {
    if (rest.includes('--help')) {
      io.stdout(`${command.usage}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`skm ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug: say so plainly, without a stack trace unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`skm ${name}: kesalahan internal / internal error: ${message}\n`);
    if (io.env['SKM_DEBUG']) io.stderr(`${error instanceof Error ? (error.stack ?? '') : ''}\n`);
    return EXIT.usage;
  }
}
