/**
 * Holds the latest lint pass of the SKM workspace and re-runs it, debounced, when a document of
 * the workspace changes. Results are cached by the versions of the open documents, so asking
 * twice without an edit costs nothing. Listeners (diagnostics, preview, status bar, lenses) are
 * told after each pass.
 */
import * as vscode from 'vscode';
import type { PeriodResult } from '../../src/core/compute/result';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { LoadCache } from '../../src/core/load/load-cache';
import type { LintResult } from '../../src/core/lint/lint-workspace';
import type { Period } from '../../src/core/model/types';
import type { DiskFiles } from './host/host';
import { OverlayFiles } from './overlay-files';

export class WorkspaceModel implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private cacheKey = '';
  private current: LintResult | undefined;
  /** Parsed responses kept between passes: an edit to period.yaml does not re-parse the CSV. */
  private readonly cache = new LoadCache();
  private readonly emitter = new vscode.EventEmitter<LintResult>();
  readonly onDidUpdate = this.emitter.event;
  /** Milliseconds the last lint pass took, for the speed figures of the e2e run. */
  lastDuration = 0;
  /** `performance.now()` when the last pass's diagnostics were handed to VS Code (speed figures). */
  lastPublishedAt = 0;
  /** `performance.now()` when the first edit since the previous pass reached the extension. */
  lastEditAt = 0;
  /** The first passes' durations in ms (the warm-up's marked `w`), for the speed figures. */
  readonly passLog: string[] = [];
  /** When the silent warm-up pass started and ended (wall clock, `timeOrigin + now()`). */
  warmUpSpan: [number, number] | undefined;

  constructor(
    /** The folder holding skm.yaml: `file:` on the desktop, any scheme in a virtual workspace. */
    readonly rootUri: vscode.Uri,
    /** The files below the root as the host reads them (the disk; open buffers are layered on top). */
    readonly disk: DiskFiles,
    private readonly debounceMs: () => number,
  ) {}

  /** The root as a file-system path, for the desktop-only features that run processes there. */
  get root(): string {
    return this.rootUri.fsPath;
  }

  /** The workspace as the engine reads it: the host's files with the open documents on top. */
  files(): OverlayFiles {
    return new OverlayFiles(this.disk, this.rootUri);
  }

  /** The editor URI of a workspace-relative path. */
  uriOf(relative: string): vscode.Uri {
    return vscode.Uri.joinPath(this.rootUri, ...relative.split('/'));
  }

  /** The workspace-relative path of a URI below the root (same scheme and authority), else undefined. */
  relativeOf(uri: vscode.Uri): string | undefined {
    return this.files().relative(uri);
  }

  /** The latest result, computing it now if there is none. */
  get result(): LintResult {
    return this.current ?? this.refresh();
  }

  /** Schedules a refresh after the debounce delay. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    else this.lastEditAt = performance.now();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, this.debounceMs());
  }

  /** Lints now unless nothing changed since the last pass. */
  refresh(force = false): LintResult {
    const files = this.files();
    const key = vscode.workspace.textDocuments
      .filter((document) => files.relative(document.uri) !== undefined)
      .map((document) => `${document.uri.toString()}@${document.version}`)
      .sort()
      .join('|');
    if (!force && this.current && key === this.cacheKey) return this.current;
    const started = performance.now();
    this.current = lintWorkspace(files, { root: this.root, cache: this.cache });
    this.lastDuration = performance.now() - started;
    if (this.passLog.length < 12) this.passLog.push(this.lastDuration.toFixed(0));
    this.cacheKey = key;
    this.emitter.fire(this.current);
    return this.current;
  }

  /**
   * One silent pass shortly after the first: the engine's code is compiled and optimised before
   * the user's first edit instead of during it (the first edit's pass was 3× slower than later
   * ones on a 10,000-response workspace). Publishes nothing; skipped if an edit came first.
   */
  warmUp(): void {
    setTimeout(() => {
      if (this.timer) return;
      const started = performance.now();
      lintWorkspace(this.files(), { root: this.root, cache: this.cache });
      if (this.passLog.length < 12) this.passLog.push(`w${(performance.now() - started).toFixed(0)}`);
      this.warmUpSpan = [performance.timeOrigin + started, performance.timeOrigin + performance.now()];
    }, 300);
  }

  /** Marks the disk as changed (file created, deleted or saved outside the editor). */
  invalidate(): void {
    this.cacheKey = '';
    this.schedule();
  }

  /** The period a file belongs to, or the latest period. */
  periodFor(relative: string | undefined): Period | undefined {
    const periods = this.result.loaded.workspace?.periods ?? [];
    const match = relative ? /^periods\/([^/]+)\//.exec(relative) : null;
    return periods.find((period) => period.id === match?.[1]) ?? periods.at(-1);
  }

  /** A period's result in the unit's mode: the lint pass computed (or computes, once) and keeps it. */
  compute(periodId: string): PeriodResult | undefined {
    return this.result.periodResult?.(periodId);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.emitter.dispose();
  }
}
