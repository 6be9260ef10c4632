/**
 * The "RTL History" view (Explorer): the audit trail from git of the RTL file open in the editor,
 * one node per stable item id, under it every change oldest first with author, date and commit
 * message. A change opens the commit's diff of the file (the version it was compared with on the
 * left, renames followed). Starts git, so in an untrusted workspace the view only explains why it
 * is empty.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { tr } from './l10n';
import type { HistoryEvent } from '../../src/core/history/rtl-history';
import { runGit } from '../../src/node/git';
import { readRtlHistory } from '../../src/node/rtl-history';
import type { RtlHistoryResult } from '../../src/node/rtl-history';
import { LoadingTree } from './loading-tree';

export const COMMIT_SCHEME = 'skm-commit';
export const RTL_HISTORY_VIEW = 'skm.rtlHistoryView';
export const OPEN_RTL_CHANGE = 'skm.openRtlChange';

/** `git show <commit>:<path>` as a read-only document; an empty commit gives an empty document. */
export class CommitContentProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const commit = query.get('commit') ?? '';
    if (commit === '') return '';
    return runGit(query.get('root') ?? '', ['show', `${commit}:${query.get('path') ?? ''}`]);
  }
}

function commitUri(root: string, commit: string, file: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: COMMIT_SCHEME,
    path: `/${commit.slice(0, 8) || 'kosong'}/${path.posix.basename(file)}`,
    query: new URLSearchParams({ root, commit, path: file }).toString(),
  });
}

/** Opens the diff of one change: the compared version on the left, the event's version on the right. */
export async function openRtlChange(root: string, event: HistoryEvent): Promise<void> {
  const left = commitUri(root, event.base?.commit ?? '', event.base?.path ?? event.path);
  const right = commitUri(root, event.commit, event.path);
  const title = `${path.posix.basename(event.path)} · ${event.itemId} · ${event.commit.slice(0, 8)} (${event.author})`;
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
}

type Node =
  | { kind: 'item'; itemId: string; events: HistoryEvent[] }
  | { kind: 'change'; event: HistoryEvent; label: string; detail: string }
  | { kind: 'note'; text: string };

/** One row per changed field; an added or removed item is one row (its fields are in the tooltip). */
function changeNodes(event: HistoryEvent): Node[] {
  if (event.kind === 'added')
    return [
      {
        kind: 'change',
        event,
        label: tr('item added'),
        detail: event.changes.find((change) => change.field === 'program')?.after ?? '',
      },
    ];
  if (event.kind === 'removed' || event.changes.length === 0) return [{ kind: 'change', event, label: tr('item removed'), detail: '' }];
  return event.changes.map((change) => ({
    kind: 'change',
    event,
    label: change.field,
    detail: `${change.before || '–'} → ${change.after || '–'}`,
  }));
}

export class RtlHistoryProvider extends LoadingTree<Node> implements vscode.TreeDataProvider<Node> {
  /** The file shown, and its history once read. */
  file: string | undefined;
  history: RtlHistoryResult | undefined;
  private error: string | undefined;

  /** Reads the history of `file` (absolute) and refreshes the view. */
  load(file: string): Promise<void> {
    this.file = file;
    this.history = undefined;
    this.error = undefined;
    return this.track(async () => {
      if (!vscode.workspace.isTrusted) {
        this.error = tr('RTL history runs git and is disabled in an untrusted workspace.');
        return;
      }
      try {
        const history = await readRtlHistory({ cwd: path.dirname(file), file });
        if (this.file === file) this.history = history;
      } catch (error) {
        if (this.file === file) this.error = error instanceof Error ? error.message : String(error);
      }
    });
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.error) return [{ kind: 'note', text: this.error }];
      if (!this.history) return this.file ? [] : [{ kind: 'note', text: tr('Open an rtl.yaml file first.') }];
      const byItem = new Map<string, HistoryEvent[]>();
      for (const event of this.history.events) byItem.set(event.itemId, [...(byItem.get(event.itemId) ?? []), event]);
      const notes: Node[] = [
        ...(this.history.shallow ? [{ kind: 'note' as const, text: tr('Shallow clone: older history may be missing.') }] : []),
        ...this.history.skipped.map((skip) => ({
          kind: 'note' as const,
          text: tr('Skipped {0}: {1}', skip.commit.slice(0, 8), skip.reason),
        })),
      ];
      return [...[...byItem].map(([itemId, events]): Node => ({ kind: 'item', itemId, events })), ...notes];
    }
    return node.kind === 'item' ? node.events.flatMap(changeNodes) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(node.text);
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    if (node.kind === 'item') {
      const item = new vscode.TreeItem(node.itemId, vscode.TreeItemCollapsibleState.Collapsed);
      const last = node.events.at(-1);
      item.description =
        node.events.length === 1
          ? tr('1 change · {0}', last?.date.slice(0, 10) ?? '')
          : tr('{0} changes · last {1}', node.events.length, last?.date.slice(0, 10) ?? '');
      item.iconPath = new vscode.ThemeIcon('checklist');
      item.contextValue = 'rtlItem';
      return item;
    }
    const { event } = node;
    const item = new vscode.TreeItem(node.detail ? `${node.label}: ${node.detail}` : node.label);
    item.description = `${event.author} · ${event.date.slice(0, 10)}`;
    const fields = event.kind === 'added' ? `\n\n${event.changes.map((change) => `${change.field}: ${change.after}`).join('\n')}` : '';
    item.tooltip = new vscode.MarkdownString().appendText(
      `${event.commit.slice(0, 8)} · ${event.author} · ${event.date}\n\n${event.message}${fields}`,
    );
    item.iconPath = new vscode.ThemeIcon(event.kind === 'added' ? 'add' : event.kind === 'removed' ? 'remove' : 'git-commit');
    item.command = { command: OPEN_RTL_CHANGE, title: tr('Open the commit diff'), arguments: [event] };
    return item;
  }
}

/** An RTL file by name (the workspace format's `rtl.yaml`, or a file whose name says rtl). */
export function isRtlFile(uri: vscode.Uri | undefined): boolean {
  return uri !== undefined && uri.scheme === 'file' && /\.ya?ml$/i.test(uri.fsPath) && /rtl|rencana/i.test(path.basename(uri.fsPath));
}

/** The palette command: shows the view for the RTL file open in the editor. */
export async function showRtlHistory(provider: RtlHistoryProvider): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  if (!isRtlFile(uri) || !uri) {
    void vscode.window.showInformationMessage(tr('Open an rtl.yaml file first.'));
    return;
  }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(tr('RTL history runs git and is disabled in an untrusted workspace.'));
  }
  await vscode.commands.executeCommand(`${RTL_HISTORY_VIEW}.focus`);
  await provider.load(uri.fsPath);
}
