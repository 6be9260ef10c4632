/**
 * Runs pandoc 2.17 (Debian package `pandoc`) to turn a report's Markdown into standalone HTML.
 * Called with an argument array, `--sandbox` and no `--self-contained` (which in pandoc 2.x
 * fetches resources outside the sandbox, URLs included): pandoc reads only the Markdown on stdin
 * and reads or fetches nothing else. The reader has raw HTML, raw blocks, TeX, math and every
 * attribute syntax switched off, so text can only become pandoc's own elements; `guardHtml` then
 * embeds the images from the workspace. pandoc's default stylesheet is switched off
 * (`document-css=false`); `reportHtml` adds ours. Highlighting is off (`--no-highlight`):
 * mermaid fences are not code to colour, and the highlighter cost half of pandoc's time.
 */
import { spawn } from 'node:child_process';

export interface PandocInput {
  /** The pandoc executable (see `checkTool('pandoc', env)`). */
  pandocPath: string;
  markdown: string;
}

/** pandoc's Markdown without the extensions that pass raw markup or attributes into the HTML. */
export const PANDOC_READER = [
  'markdown',
  'raw_html',
  'raw_attribute',
  'raw_tex',
  'tex_math_dollars',
  'header_attributes',
  'link_attributes',
  'inline_code_attributes',
  'fenced_code_attributes',
  'bracketed_spans',
  'native_spans',
  'fenced_divs',
].join('-');

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
export function pandocArguments(): string[] {
  return ['--sandbox', '--quiet', '-f', PANDOC_READER, '-t', 'html5', '--standalone', '--no-highlight', '-M', 'document-css=false'];
}

/**
 * Our own HTML comments (a generated-file notice, a build stamp) are whole lines; with raw HTML
 * off pandoc would print them as text, so they are dropped. User text cannot form such a line:
 * its `<` is always escaped.
 */
export function withoutComments(markdown: string): string {
  return markdown.replace(/^<!--[^\n]*-->\n/gm, '');
}

/** Converts Markdown to one standalone HTML document (pandoc's output, unchanged). */
export function runPandoc(input: PandocInput): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(input.pandocPath, pandocArguments(), { stdio: ['pipe', 'pipe', 'pipe'] });
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
    child.stdin.end(withoutComments(input.markdown), 'utf8');
  });
}
