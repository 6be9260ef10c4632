/**
 * What `skm build` reports: as text, one line per file on stdout and diagnostics on stderr; with
 * `--format json`, one object at the end (`BuildJson`, documented in docs/build.md).
 */
import type { Diagnostic } from '../core/model/diagnostic';
import { t } from '../core/text/messages';
import type { CliIo } from './io';

export type BuildFileStatus = 'written' | 'current' | 'stale' | 'missing';

/** The wire contract of `skm build --format json`. */
export interface BuildJson {
  exitCode: number;
  files: { path: string; status: BuildFileStatus }[];
  diagnostics: { file: string; line: number; column: number; severity: Diagnostic['severity']; code: string; message: string }[];
  /** Reports written with the DRAF mark (draft or open findings) and how many findings each lists. */
  marked: { path: string; findings: number }[];
}

const MESSAGE: Record<BuildFileStatus, string> = {
  written: 'build.wrote',
  current: 'build.current',
  stale: 'build.stale',
  missing: 'build.missing',
};

export class BuildOutput {
  private readonly json: BuildJson = { exitCode: 0, files: [], diagnostics: [], marked: [] };

  constructor(
    private readonly io: CliIo,
    private readonly asJson: boolean,
  ) {}

  file(status: BuildFileStatus, shownPath: string): void {
    if (this.asJson) this.json.files.push({ path: shownPath, status });
    else this.io.stdout(`${t(MESSAGE[status], { path: shownPath })}\n`);
  }

  diagnostic(diagnostic: Diagnostic, shownPath: string): void {
    const { line, column } = diagnostic.range.start;
    if (this.asJson)
      this.json.diagnostics.push({
        file: shownPath,
        line: line + 1,
        column: column + 1,
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
      });
    else this.io.stderr(`${shownPath}:${line + 1}:${column + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}\n`);
  }

  /** A report written with the DRAF mark (see `review.ts`). */
  marked(shownPath: string, findings: number): void {
    if (this.asJson) this.json.marked.push({ path: shownPath, findings });
    else this.io.stderr(`${t('build.marked', { path: shownPath, count: findings })}\n`);
  }

  finish(exitCode: number): void {
    if (!this.asJson) return;
    this.json.exitCode = exitCode;
    this.io.stdout(`${JSON.stringify(this.json, null, 2)}\n`);
  }
}
