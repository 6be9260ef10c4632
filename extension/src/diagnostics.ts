/** Publishes the lint engine's diagnostics at their exact ranges, with codes linking to their docs. */
import * as vscode from 'vscode';
import type { Diagnostic } from '../../src/core/model/diagnostic';
import { bySeverity } from './findings';
import type { WorkspaceModel } from './workspace-model';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** The core diagnostic's data travels with the editor's diagnostic for the quick fixes. */
export const coreDiagnostics = new WeakMap<vscode.Diagnostic, Diagnostic>();

export function toVscodeDiagnostic(diagnostic: Diagnostic, docs: vscode.Uri): vscode.Diagnostic {
  const { start, end } = diagnostic.range;
  const result = new vscode.Diagnostic(
    new vscode.Range(start.line, start.column, end.line, end.column),
    diagnostic.message,
    SEVERITY[diagnostic.severity],
  );
  result.source = 'skm';
  result.code = { value: diagnostic.code, target: docs.with({ fragment: diagnostic.code }) };
  coreDiagnostics.set(result, diagnostic);
  return result;
}

export function publishDiagnostics(model: WorkspaceModel, collection: vscode.DiagnosticCollection, docs: vscode.Uri): void {
  const byFile = new Map<string, vscode.Diagnostic[]>();
  // Errors first in every file (a stable sort keeps the core's order within a level).
  for (const diagnostic of [...model.result.diagnostics].sort(bySeverity)) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(toVscodeDiagnostic(diagnostic, docs));
    byFile.set(diagnostic.file, list);
  }
  collection.clear();
  for (const [file, list] of byFile) collection.set(model.uriOf(file), list);
  model.lastPublishedAt = performance.now();
}
