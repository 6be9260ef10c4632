/** Entry point bundled to dist/cli.js. */
import { runCli } from './main';
import { prompt } from './prompt';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  prompt,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`skm: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
