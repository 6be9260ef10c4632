/**
 * Entry point bundled to dist/cli.js: the process around `runCli`. Whatever happens, the user
 * gets one line, never a stack (unless `SKM_DEBUG=1`), and an exit code in {0, 1, 2}; SIGINT and
 * SIGTERM remove unfinished temporary files before exiting.
 */
import { removeLiveTemporaryFiles } from '../node/atomic-write';
import { commandInput, debugStack, internalErrorLine } from './internal-error';
import { runCli } from './main';
import { processIo } from './process-io';

const io = processIo();
const argv = process.argv.slice(2);

function fail(error: unknown): void {
  io.stderr(internalErrorLine(argv[0] ?? '', commandInput(argv.slice(1), io.cwd), error));
  io.stderr(debugStack(io.env, error));
  removeLiveTemporaryFiles();
  process.exitCode = 2;
}

// Past an uncaught exception the process state is unknown: report it and stop.
const crash = (error: unknown): void => {
  fail(error);
  process.exit(2);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    removeLiveTemporaryFiles();
    process.exit(code);
  });
}

runCli(argv, io).then((code) => {
  process.exitCode = code;
}, fail);
