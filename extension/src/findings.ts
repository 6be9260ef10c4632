/**
 * Signal over noise: which findings are new since each file was opened (the preview lists them,
 * so a finding introduced by the current edit is easy to see among the sample's known ones), and
 * the error/warning counts for the status bar.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { tr } from './l10n';

const keyOf = (diagnostic: Diagnostic): string => `${diagnostic.code}|${diagnostic.message}`;

export class NewFindings {
  /** The findings each open file had when it was opened (by code and message, not position). */
  private readonly baselines = new Map<string, Set<string>>();
  private current: Diagnostic[] = [];

  /** Records a lint pass; files opened since the last pass take its findings as their baseline. */
  update(diagnostics: readonly Diagnostic[], openFiles: readonly string[]): void {
    const open = new Set(openFiles);
    for (const file of [...this.baselines.keys()]) if (!open.has(file)) this.baselines.delete(file);
    for (const file of open) {
      if (!this.baselines.has(file))
        this.baselines.set(file, new Set(diagnostics.filter((diagnostic) => diagnostic.file === file).map(keyOf)));
    }
    this.current = diagnostics.filter((diagnostic) => this.baselines.get(diagnostic.file)?.has(keyOf(diagnostic)) === false);
  }

  /** Findings of open files that were not there when the file was opened, errors first. */
  get list(): Diagnostic[] {
    return [...this.current].sort(bySeverity);
  }
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors before warnings before infos; the core's stable order within a level. */
export function bySeverity(a: Diagnostic, b: Diagnostic): number {
  return RANK[a.severity] - RANK[b.severity];
}

/** The status-bar item with the error and warning counts, in the error colour when there are errors. */
export function updateProblemsItem(item: vscode.StatusBarItem, diagnostics: readonly Diagnostic[] | undefined): void {
  if (!diagnostics) {
    item.hide();
    return;
  }
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  item.text = `$(error) ${errors} $(warning) ${warnings}`;
  item.tooltip = tr('SKM: {0} errors, {1} warnings', errors, warnings);
  item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  item.color = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorForeground') : undefined;
  item.command = 'workbench.actions.view.problems';
  item.show();
}
