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
}

const MESSAGE: Record<BuildFileStatus, string> = {
  written: 'build.wrote',
  current: 'build.current',
  stale: 'build.stale',
  missing: 'build.missing',
};

export class BuildOutput {
  private readonly json: BuildJson = { exitCode: 0, files: [], diagnostics: [] };

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

  finish(exitCode: number): void {
    if (!this.asJson) return;
    this.json.exitCode = exitCode;
    this.io.stdout(`${JSON.stringify(this.json, null, 2)}\n`);
  }
}
