/**
 * Runs pandoc 2.17 (Debian package `pandoc`) to turn a report's Markdown into standalone HTML.
 * Called with an argument array and `--sandbox`: pandoc reads only the Markdown on stdin and the
 * images under `resourcePath` (the report folder, against which the report's relative image
 * paths resolve), which `--self-contained` embeds as data URIs. pandoc's default stylesheet is
 * switched off (`document-css=false`); `reportHtml` adds ours.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export interface PandocInput {
  /** The pandoc executable (see `checkTool('pandoc', env)`). */
  pandocPath: string;
  markdown: string;
  /** Folder the Markdown's relative image paths are resolved against. */
  resourcePath: string;
}

/** pandoc exited non-zero or could not be started; `stderr` is its own explanation. */
export class PandocError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** The pandoc arguments, exposed for the tests and the documentation. */
export function pandocArguments(resourcePath: string): string[] {
  return [
    '--sandbox',
    '--quiet',
    '-f',
    'markdown',
    '-t',
    'html5',
    '--standalone',
    '--self-contained',
    '-M',
    'document-css=false',
    `--resource-path=${resourcePath}`,
  ];
}

/** Converts Markdown to one self-contained HTML document (pandoc's output, unchanged). */
export function runPandoc(input: PandocInput): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(input.pandocPath, pandocArguments(path.resolve(input.resourcePath)), { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => reject(new PandocError(error.message, '')));
    child.on('close', (code, signal) => {
      const errorText = Buffer.concat(stderr).toString('utf8').trim();
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'));
      else reject(new PandocError(`pandoc ${signal ? `killed by ${signal}` : `exit ${String(code)}`}`, errorText));
    });
    // A pandoc that dies early closes stdin; the 'close' handler reports it.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input.markdown, 'utf8');
  });
}
