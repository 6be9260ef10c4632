/**
 * Test-only web extension: an in-memory `FileSystemProvider` for the `memfs:` scheme, so the SKM
 * web extension is tested on a workspace with no Node file system behind it (as in github.dev).
 * Each folder below `memfs:/` is a workspace the driver copied from a sample (`skm-web-workspaces`,
 * a module the driver generates: folder → relative path → base64 bytes).
 */
import * as vscode from 'vscode';
import workspaces from 'skm-web-workspaces';

type Entry = { type: vscode.FileType.File; data: Uint8Array; mtime: number } | { type: vscode.FileType.Directory; mtime: number };

const bytesOf = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, mtime: Date.now() }]]);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(files: Record<string, Record<string, string>>) {
    for (const [folder, content] of Object.entries(files))
      for (const [relative, base64] of Object.entries(content)) this.put(`/${folder}/${relative}`, bytesOf(base64));
  }

  private put(path: string, data: Uint8Array): void {
    const parts = path.split('/').filter(Boolean);
    for (let index = 1; index < parts.length; index++) {
      const folder = `/${parts.slice(0, index).join('/')}`;
      if (!this.entries.has(folder)) this.entries.set(folder, { type: vscode.FileType.Directory, mtime: Date.now() });
    }
    this.entries.set(path, { type: vscode.FileType.File, data, mtime: Date.now() });
  }

  private entry(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path === '' ? '/' : uri.path.replace(/\/$/, '') || '/');
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.entry(uri);
    return { type: entry.type, ctime: 0, mtime: entry.mtime, size: entry.type === vscode.FileType.File ? entry.data.byteLength : 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (this.entry(uri).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path.replace(/\/$/, '')}/`;
    const result: [string, vscode.FileType][] = [];
    for (const [path, entry] of this.entries)
      if (path !== prefix && path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
        result.push([path.slice(prefix.length), entry.type]);
    return result;
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.entry(uri);
    if (entry.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.entries.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.put(uri.path, content);
    this.emitter.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.entries.set(uri.path, { type: vscode.FileType.Directory, mtime: Date.now() });
    this.emitter.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    for (const path of [...this.entries.keys()]) if (path === uri.path || path.startsWith(`${uri.path}/`)) this.entries.delete(path);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    for (const [path, entry] of [...this.entries])
      if (path === from.path || path.startsWith(`${from.path}/`)) {
        this.entries.delete(path);
        this.entries.set(to.path + path.slice(from.path.length), entry);
      }
    this.emitter.fire([
      { type: vscode.FileChangeType.Deleted, uri: from },
      { type: vscode.FileChangeType.Created, uri: to },
    ]);
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const provider = new MemoryFileSystem(workspaces);
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('memfs', provider, { isCaseSensitive: true }));
}
