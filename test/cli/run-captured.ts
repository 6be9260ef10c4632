/**
 * Runs the CLI in-process with its output captured, as a non-TTY with PATH and the given variables:
 * the shared helper of the CLI tests (`extra` overrides any other part of the I/O, e.g. stdin).
 */
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCaptured(
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
  extra: Partial<CliIo> = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    isTTY: false,
    ...extra,
  });
  return { code, stdout, stderr };
}
