/**
 * "RTL history" for the RTL file open in the editor: the item changes from git (author, date,
 * field before → after) in a quick pick; choosing one opens that commit's diff of the file.
 * Starts git, so it is disabled in an untrusted workspace.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runGit } from '../../src/node/git';
import { readRtlHistory } from '../../src/node/rtl-history';

export const COMMIT_SCHEME = 'skm-commit';

/** Shows `git show <commit> -- <path>` as a read-only diff document. */
export class CommitContentProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const root = query.get('root') ?? '';
    return runGit(root, ['show', '--format=commit %H%nAuthor: %an%nDate: %aI%n%n    %s%n', query.get('commit') ?? 'HEAD', '--', query.get('path') ?? '']);
  }
}

export async function showRtlHistory(): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('RTL history runs git and is disabled in an untrusted workspace.'));
    return;
  }
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !/rtl|rencana/i.test(path.basename(document.uri.fsPath)) || !document.uri.fsPath.endsWith('.yaml')) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an rtl.yaml file first.'));
    return;
  }
  try {
    const history = await readRtlHistory({ cwd: path.dirname(document.uri.fsPath), file: document.uri.fsPath });
    const root = history.root;
    const items = [...history.events].reverse().flatMap((event) =>
      (event.changes.length > 0 ? event.changes : [{ field: event.kind, before: '', after: '' }]).map((change) => ({
        label: `${event.itemId} · ${change.field}`,
        description: change.before || change.after ? `${change.before || '–'} → ${change.after || '–'}` : event.kind,
        detail: `${event.date.slice(0, 10)} · ${event.author} · ${event.commit.slice(0, 8)} · ${event.message}`,
        event,
      })),
    );
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('RTL history ({0} changes)', history.events.length), matchOnDetail: true });
    if (!picked) return;
    const uri = vscode.Uri.from({ scheme: COMMIT_SCHEME, path: `/${picked.event.commit.slice(0, 8)}.diff`, query: new URLSearchParams({ root, commit: picked.event.commit, path: picked.event.path }).toString() });
    const shown = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(shown, 'diff');
    await vscode.window.showTextDocument(shown, { preview: true });
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
  }
}
