/**
 * The real process as the CLI's `CliIo`. A reader that goes away (`skm lint | head`) makes the
 * next write fail with EPIPE: output to that stream then stops quietly and the command finishes
 * with its own exit code — no crash, no stack.
 */
import type { Writable } from 'node:stream';
import type { CliIo } from './io';
import { prompt } from './prompt';

/** A write function for `stream` that turns silent once the stream errors (EPIPE and alike). */
export function guardedWriter(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (closed || stream.destroyed) return;
    stream.write(text);
  };
}

export function processIo(): CliIo {
  return {
    stdout: guardedWriter(process.stdout),
    stderr: guardedWriter(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    prompt,
  };
}
