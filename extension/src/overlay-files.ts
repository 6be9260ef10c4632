/**
 * The core's `WorkspaceFiles` port for the editor: the host's files (the disk, or a virtual file
 * system), with every open (possibly unsaved) document of the workspace layered on top, so lint
 * and preview follow what is typed.
 */
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../../src/core/load/workspace-files';

export class OverlayFiles implements WorkspaceFiles {
  private readonly open = new Map<string, string>();

  constructor(
    private readonly disk: WorkspaceFiles,
    readonly root: vscode.Uri,
  ) {
    for (const document of vscode.workspace.textDocuments) {
      const relative = this.relative(document.uri);
      // VS Code keeps a closed editor's document for a while: once its file is deleted, only
      // unsaved edits keep it in the workspace.
      if (relative !== undefined && (document.isDirty || disk.exists(relative))) this.open.set(relative, document.getText());
    }
  }

  /** The workspace-relative path of a URI below the root (same scheme and authority), else undefined. */
  relative(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const base = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    if (!uri.path.startsWith(base)) return undefined;
    const relative = uri.path.slice(base.length);
    return relative === '' || relative.split('/').includes('..') ? undefined : relative;
  }

  list(): string[] {
    const files = new Set(this.disk.list());
    for (const name of this.open.keys()) files.add(name);
    return [...files];
  }

  /** An open buffer of a file that links outside the workspace is not read either. */
  read(relative: string): Uint8Array | string | undefined {
    if (this.disk.outside(relative)) return undefined;
    return this.open.get(relative) ?? this.disk.read(relative);
  }

  outside(relative: string): boolean {
    return this.disk.outside(relative);
  }

  exists(relative: string): boolean {
    return this.open.has(relative) || this.disk.exists(relative);
  }
}
