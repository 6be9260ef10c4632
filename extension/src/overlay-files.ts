/**
 * The core's `WorkspaceFiles` port for the editor: the file system, with every open (possibly
 * unsaved) document of the workspace layered on top, so lint and preview follow what is typed.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { WorkspaceFiles } from '../../src/core/load/workspace-files';
import { FsFiles } from '../../src/node/fs-files';

export class OverlayFiles implements WorkspaceFiles {
  private readonly disk: FsFiles;
  private readonly open = new Map<string, string>();

  constructor(readonly root: string) {
    this.disk = new FsFiles(root);
    for (const document of vscode.workspace.textDocuments) {
      const relative = this.relative(document.uri);
      if (relative !== undefined) this.open.set(relative, document.getText());
    }
  }

  relative(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    const relative = path.relative(this.root, uri.fsPath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
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
