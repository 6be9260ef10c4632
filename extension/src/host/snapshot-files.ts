/**
 * The files of an SKM root read through `vscode.workspace.fs` only (virtual workspaces: github.dev,
 * vscode.dev, any FileSystemProvider). The core reads synchronously, so the data files are read
 * once into memory and kept current from the file watcher (`changed`). A virtual file system has
 * no symbolic links: nothing below the root leaves it.
 */
import * as vscode from 'vscode';
import { SKIPPED_FOLDERS } from '../../../src/core/load/workspace-files';
import type { DiskFiles } from './host';

/** The files the engine reads; others (images, PDFs) are listed but not loaded. */
const READ = /\.(ya?ml|csv|md|json|txt)$/i;
/** Above this size a file is listed but not loaded (the engine reports it as unreadable). */
const MAX_BYTES = 64 << 20;

export class SnapshotFiles implements DiskFiles {
  private readonly names = new Set<string>();
  private readonly bytes = new Map<string, Uint8Array>();
  readonly ready: Promise<void>;

  constructor(private readonly root: vscode.Uri) {
    this.ready = this.walk('').catch(() => undefined);
  }

  private uri(relative: string): vscode.Uri {
    return relative === '' ? this.root : vscode.Uri.joinPath(this.root, ...relative.split('/'));
  }

  private async walk(relative: string): Promise<void> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(this.uri(relative));
    } catch {
      return;
    }
    const pending: Promise<void>[] = [];
    for (const [name, type] of entries) {
      const child = relative === '' ? name : `${relative}/${name}`;
      if (type & vscode.FileType.SymbolicLink) continue;
      if (type === vscode.FileType.Directory) {
        if (!SKIPPED_FOLDERS.has(name) && !name.startsWith('.')) pending.push(this.walk(child));
      } else if (type === vscode.FileType.File) {
        this.names.add(child);
        pending.push(this.load(child));
      }
    }
    await Promise.all(pending);
  }

  private async load(relative: string): Promise<void> {
    if (!READ.test(relative)) return;
    try {
      const uri = this.uri(relative);
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_BYTES) return;
      this.bytes.set(relative, await vscode.workspace.fs.readFile(uri));
    } catch {
      this.bytes.delete(relative);
    }
  }

  async changed(relative: string): Promise<void> {
    if (relative.split('/').some((segment) => segment === '..' || segment.startsWith('.') || SKIPPED_FOLDERS.has(segment))) return;
    try {
      const stat = await vscode.workspace.fs.stat(this.uri(relative));
      if (stat.type === vscode.FileType.Directory) {
        await this.walk(relative);
        return;
      }
      this.names.add(relative);
      await this.load(relative);
    } catch {
      // Deleted: the file, or every file of a deleted folder.
      for (const name of [...this.names]) {
        if (name === relative || name.startsWith(`${relative}/`)) {
          this.names.delete(name);
          this.bytes.delete(name);
        }
      }
    }
  }

  list(): string[] {
    return [...this.names];
  }

  read(relative: string): Uint8Array | undefined {
    return this.bytes.get(relative);
  }

  exists(relative: string): boolean {
    return this.names.has(relative);
  }

  outside(relative: string): boolean {
    return relative.split('/').includes('..');
  }
}

/** The nearest folder at or above `start` holding `skm.yaml`, through `workspace.fs` only. */
export async function findRootThroughFs(start: vscode.Uri): Promise<vscode.Uri | undefined> {
  let current = start;
  try {
    if ((await vscode.workspace.fs.stat(current)).type !== vscode.FileType.Directory) current = vscode.Uri.joinPath(current, '..');
  } catch {
    current = vscode.Uri.joinPath(current, '..');
  }
  for (;;) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(current, 'skm.yaml'));
      return current;
    } catch {
      const parent = vscode.Uri.joinPath(current, '..');
      if (parent.path === current.path) return undefined;
      current = parent;
    }
  }
}
