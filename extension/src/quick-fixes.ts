/**
 * Quick fixes where the fix is clear: an unknown unsur code → the did-you-mean suggestion; a NIP
 * with spaces → the 18 digits; a missing required key → a skeleton line to fill in.
 */
import * as vscode from 'vscode';
import { tr } from './l10n';
import { coreDiagnostics } from './diagnostics';

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const core = coreDiagnostics.get(diagnostic);
      const data = core?.data ?? {};
      const code = core?.code;
      if (
        (code === 'unsur.unknown' || code === 'csv.unknown-column' || code === 'schema.unknown-key' || code === 'schema.enum') &&
        typeof data['suggestion'] === 'string'
      ) {
        actions.push(this.replace(document, diagnostic, data['suggestion'], tr('Replace with "{0}"', data['suggestion'])));
      } else if (code === 'signatory.nip-spaces' && typeof data['normalised'] === 'string') {
        actions.push(this.replace(document, diagnostic, `"${data['normalised']}"`, tr('Normalise the NIP to {0}', data['normalised'])));
      } else if (code === 'schema.required' && typeof data['key'] === 'string') {
        actions.push(this.insertKey(document, diagnostic, data['key']));
      }
    }
    return actions;
  }

  private replace(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, text: string, title: string): vscode.CodeAction {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.replace(document.uri, diagnostic.range, text);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return action;
  }

  private insertKey(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, key: string): vscode.CodeAction {
    const action = new vscode.CodeAction(tr('Add the key "{0}"', key), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    const start = diagnostic.range.start;
    const line = document.lineAt(start.line).text;
    if (start.line === 0 && start.character === 0 && !line.trimEnd().endsWith(':')) {
      const end = document.lineAt(document.lineCount - 1).range.end;
      action.edit.insert(document.uri, end, `${document.getText().endsWith('\n') ? '' : '\n'}${key}: \n`);
    } else {
      const indent = line.trimEnd().endsWith(':') ? start.character + 2 : start.character;
      action.edit.insert(document.uri, new vscode.Position(start.line + 1, 0), `${' '.repeat(indent)}${key}: \n`);
    }
    action.diagnostics = [diagnostic];
    return action;
  }
}
