/**
 * The port through which the core reads a workspace. The CLI implements it over the file system,
 * the extension over open editor buffers layered on the file system, tests over a Map.
 * Paths are workspace-relative with forward slashes.
 */
export interface WorkspaceFiles {
  /** Every file path below the root (any order). */
  list(): string[];
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Uint8Array | string | undefined;
  exists(path: string): boolean;
  /**
   * True when the path exists but leaves the workspace root once symbolic links are followed
   * (`realpath`). Such a file is never read; the loader reports `workspace.outside-path`.
   */
  outside(path: string): boolean;
}

/** Folders a workspace listing never enters (besides hidden ones): tools' output and dependencies. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'out', 'reports']);

/** An in-memory workspace, for tests and for the extension's unsaved buffers. */
export class MemoryFiles implements WorkspaceFiles {
  private readonly files: Map<string, Uint8Array | string>;

  constructor(files: Record<string, Uint8Array | string> | Map<string, Uint8Array | string>) {
    this.files = files instanceof Map ? new Map(files) : new Map(Object.entries(files));
  }

  list(): string[] {
    return [...this.files.keys()];
  }

  read(path: string): Uint8Array | string | undefined {
    return this.files.get(path);
  }

  exists(path: string): boolean {
    return this.files.has(path);
  }

  /** An in-memory workspace has no links: nothing leaves it. */
  outside(): boolean {
    return false;
  }

  set(path: string, content: Uint8Array | string): void {
    this.files.set(path, content);
  }
}
