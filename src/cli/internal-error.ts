/**
 * What the user sees when `skm` meets a bug: one line naming the command and the input it was
 * working on, with a hint to report it. The stack trace is printed only under `SKM_DEBUG=1`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../core/text/messages';

/**
 * One line for an unexpected exception. `input` is what the command was given (its path
 * arguments, or the folder it ran in).
 */
export function internalErrorLine(command: string, input: string, error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `skm ${command}: ${t('cli.internal-error', { input, message })}\n`;
}

/** The stack, only when the user asked for it with `SKM_DEBUG=1`. */
export function debugStack(env: Record<string, string | undefined>, error: unknown): string {
  if (env['SKM_DEBUG'] !== '1' || !(error instanceof Error) || !error.stack) return '';
  return `${error.stack}\n`;
}

/** The input a command names: its arguments that are existing paths, else the folder it runs in. */
export function commandInput(argv: readonly string[], cwd: string): string {
  const paths = argv.filter((argument) => !argument.startsWith('-') && fs.existsSync(path.resolve(cwd, argument)));
  return paths.length > 0 ? paths.join(' ') : cwd;
}
