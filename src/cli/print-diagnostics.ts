import * as path from 'node:path';
import type { Diagnostic } from '../core/model/diagnostic';
import { compareDiagnostics } from '../core/model/diagnostic';
import type { CliIo } from './io';

/** Prints diagnostics as `file:line:column severity code message` lines on stderr, sorted. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], root: string, io: CliIo): void {
  for (const diagnostic of [...diagnostics].sort(compareDiagnostics)) {
    const shown = path.relative(io.cwd, path.join(root, diagnostic.file)) || diagnostic.file;
    const { line, column } = diagnostic.range.start;
    io.stderr(`${shown}:${line + 1}:${column + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}\n`);
  }
}
