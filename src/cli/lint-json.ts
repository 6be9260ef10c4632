/**
 * The wire contract of `skm lint --format json`: a JSON array of these entries, sorted by file,
 * line, column and code. Documented in docs/lint-rules.md ("JSON output"); keep the two in sync.
 * Lines and columns are 1-based; `endColumn` is exclusive; `file` is relative to the current
 * folder with forward slashes.
 */
export interface LintJsonEntry {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  /** Machine-readable details for quick fixes (e.g. `suggestion`, `normalised`); absent when none. */
  data?: Record<string, unknown>;
}
