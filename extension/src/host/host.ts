/**
 * What differs between the two extension hosts the adapter runs in: the desktop's Node host
 * (`extension.ts`, files through `node:fs`, processes for pandoc, Chromium and git) and the
 * browser's web worker host of github.dev / vscode.dev (`web.ts`, files only through
 * `vscode.workspace.fs`, no processes). Everything else (`activate.ts` and the modules it wires)
 * is the same code for both.
 */
import type * as vscode from 'vscode';
import type { WorkspaceFiles } from '../../../src/core/load/workspace-files';
import type { WorkspaceModel } from '../workspace-model';

/** The files below one SKM root, as the core reads them (synchronously). */
export interface DiskFiles extends WorkspaceFiles {
  /** Settles once `list` and `read` answer (a snapshot read through `workspace.fs` loads first). */
  readonly ready: Promise<void>;
  /** A file below the root was created, changed or deleted outside the editor: read it again. */
  changed(relative: string): Promise<void>;
}

/** What a host's own features (commands, views) get from the shared activation. */
export interface HostContext {
  extensionUri: vscode.Uri;
  output: vscode.OutputChannel;
  model: () => WorkspaceModel | undefined;
  ensureModel: (root: vscode.Uri) => WorkspaceModel;
  subscriptions: vscode.Disposable[];
  register: (id: string, run: (...args: unknown[]) => unknown) => void;
}

export interface Host {
  readonly kind: 'node' | 'web';
  /** True when the commands that start a process (pandoc, Chromium, git) can run for this root. */
  canRunProcesses(root: vscode.Uri): boolean;
  /** The nearest folder at or above `start` that holds `skm.yaml`. */
  findRoot(start: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** The files below `root`. */
  disk(root: vscode.Uri): DiskFiles;
  /**
   * The text of one of the extension's own files, for the preview page to inline (read in the
   * background after the first lint pass, kept for the session; a preview opened before waits for
   * that read, which the webview's own start-up covers). Absent: the page links them and the
   * webview fetches them through its service worker once it has started.
   */
  readonly readAsset?: (uri: vscode.Uri) => Promise<string>;
  /** Registers the host's own commands and views; returns what the test API exposes of them. */
  registerFeatures(context: HostContext): Record<string, unknown>;
}
