/** Severity of a diagnostic; `off` only appears in rule configuration. */
export type Severity = 'error' | 'warning' | 'info';

/** A zero-based position in a text file (line and column count UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/** A half-open range in a file; never runs to end of file. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * A problem found in the workspace. Diagnostics are data: they are collected, never thrown.
 * `file` is workspace-relative with forward slashes.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  /** Optional machine-readable payload for quick fixes (e.g. a did-you-mean suggestion). */
  data?: Record<string, unknown>;
}

/** A range covering one point, for diagnostics without a better anchor. */
export function pointRange(line: number, column: number): Range {
  return { start: { line, column }, end: { line, column: column + 1 } };
}

/** Sorts diagnostics by file, then position, then code — the stable order of every output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.column !== b.range.start.column) return a.range.start.column - b.range.start.column;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
