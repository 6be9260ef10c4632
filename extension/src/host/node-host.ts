/**
 * The desktop's Node extension host: files through `node:fs` (a virtual folder, if one is opened,
 * goes through `workspace.fs` like in the browser), and the commands and views that start
 * processes: build and PDF export (the bundled CLI, pandoc, Chromium), import, RTL history (git),
 * and the roll-up view of a folder of units (Node files and git).
 */
import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { FsFiles, findWorkspaceRoot } from '../../../src/node/fs-files';
import type { HistoryEvent } from '../../../src/core/history/rtl-history';
import { registerCommands } from '../commands';
import { COMMAND } from '../contracts';
import {
  COMMIT_SCHEME,
  CommitContentProvider,
  isRtlFile,
  OPEN_RTL_CHANGE,
  openRtlChange,
  RTL_HISTORY_VIEW,
  RtlHistoryProvider,
  showRtlHistory,
} from '../rtl-history-view';
import { registerRollupView } from '../rollup-view';
import { DESKTOP_ONLY_COMMANDS, explainDesktopOnly } from './desktop-only';
import type { DiskFiles, Host, HostContext } from './host';
import { findRootThroughFs, SnapshotFiles } from './snapshot-files';

class NodeDisk extends FsFiles implements DiskFiles {
  readonly ready = Promise.resolve();
  changed(): Promise<void> {
    return this.ready;
  }
}

export const nodeHost: Host = {
  kind: 'node',
  canRunProcesses: (root) => root.scheme === 'file',
  // From the disk beside the extension host: no round trip through the workbench.
  readAsset: async (uri) =>
    uri.scheme === 'file' ? readFile(uri.fsPath, 'utf8') : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
  async findRoot(start) {
    if (start.scheme !== 'file') return findRootThroughFs(start);
    const root = findWorkspaceRoot(start.fsPath);
    return root === undefined ? undefined : vscode.Uri.file(root);
  },
  disk: (root) => (root.scheme === 'file' ? new NodeDisk(root.fsPath) : new SnapshotFiles(root)),
  registerFeatures(context: HostContext) {
    // In a virtual folder the desktop-only commands explain themselves instead of running.
    const register = (id: string, run: (...args: unknown[]) => unknown): void =>
      context.register(id, (...args) => {
        const root = context.model()?.rootUri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
        if (root && root.scheme !== 'file' && DESKTOP_ONLY_COMMANDS.includes(id)) return explainDesktopOnly(id);
        return run(...args);
      });
    const rtlHistory = new RtlHistoryProvider();
    const rtlHistoryView = vscode.window.createTreeView(RTL_HISTORY_VIEW, { treeDataProvider: rtlHistory, showCollapseAll: true });
    // The view follows the RTL file in the editor while it is visible.
    const followRtl = (): void => {
      const uri = vscode.window.activeTextEditor?.document.uri;
      if (rtlHistoryView.visible && isRtlFile(uri) && uri && uri.fsPath !== rtlHistory.file) void rtlHistory.load(uri.fsPath);
    };
    context.subscriptions.push(
      rtlHistory,
      rtlHistoryView,
      rtlHistoryView.onDidChangeVisibility(followRtl),
      vscode.window.onDidChangeActiveTextEditor(followRtl),
      vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, new CommitContentProvider()),
    );
    register(COMMAND.rtlHistory, () => showRtlHistory(rtlHistory));
    register(OPEN_RTL_CHANGE, (event) => (rtlHistory.history ? openRtlChange(rtlHistory.history.root, event as HistoryEvent) : undefined));
    registerCommands(
      {
        extensionUri: context.extensionUri,
        output: context.output,
        model: context.model,
        subscriptions: context.subscriptions,
      },
      register,
    );
    const rollup = registerRollupView(context);
    return { rtlHistory, rollup };
  },
};
