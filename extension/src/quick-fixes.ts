/**
 * Quick fixes where the fix is clear: an unknown unsur code → the did-you-mean suggestion; a NIP
 * with spaces → the 18 digits; a missing required key → a skeleton line to fill in. Every finding
 * also offers "ubah tingkat aturan ini": its rule's level written to `lint.rules` in skm.yaml.
 */
import * as vscode from 'vscode';
import { tr } from './l10n';
import { ruleSeverityEdit } from '../../src/core/editing/rule-severity';
import type { RuleSeverityOverride } from '../../src/core/model/types';
import { decodeText } from '../../src/core/parse/decode-text';
import { coreDiagnostics } from './diagnostics';
import type { WorkspaceModel } from './workspace-model';

const LEVELS: RuleSeverityOverride[] = ['error', 'warning', 'info', 'off'];

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly model: () => WorkspaceModel | undefined) {}

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
      if (core) actions.push(...this.changeLevel(diagnostic, core.code, core.severity));
    }
    return actions;
  }

  /** "Ubah tingkat aturan ini": set the rule's level in skm.yaml's `lint.rules`. */
  private changeLevel(diagnostic: vscode.Diagnostic, code: string, current: string): vscode.CodeAction[] {
    const model = this.model();
    if (!model) return [];
    const content = model.files().read('skm.yaml');
    if (content === undefined) return [];
    const text = typeof content === 'string' ? content : decodeText('skm.yaml', content).text;
    const uri = model.uriOf('skm.yaml');
    return LEVELS.filter((level) => level !== current).map((level) => {
      const action = new vscode.CodeAction(
        tr('Change the level of this rule: {0} → {1} (skm.yaml)', code, level),
        vscode.CodeActionKind.QuickFix,
      );
      const edit = ruleSeverityEdit(text, code, level);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(
        uri,
        new vscode.Range(edit.range.start.line, edit.range.start.column, edit.range.end.line, edit.range.end.column),
        edit.newText,
      );
      action.diagnostics = [diagnostic];
      return action;
    });
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
