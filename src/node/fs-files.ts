/**
 * The `WorkspaceFiles` port over the file system, rooted at a folder. Symbolic links are listed
 * neither as files nor as folders, and a file that resolves outside the root is not read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SKIPPED_FOLDERS } from '../core/load/workspace-files';
import type { WorkspaceFiles } from '../core/load/workspace-files';

export class FsFiles implements WorkspaceFiles {
  private realRoot: string | undefined;

  constructor(readonly root: string) {}

  list(): string[] {
    const result: string[] = [];
    const walk = (relative: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(this.root, relative), { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(child);
        } else if (entry.isFile()) {
          result.push(child);
        }
      }
    };
    walk('');
    return result;
  }

  /** The workspace is a boundary: a file that resolves outside the root is never read. */
  read(relative: string): Uint8Array | undefined {
    if (this.outside(relative)) return undefined;
    try {
      return fs.readFileSync(path.join(this.root, relative));
    } catch {
      return undefined;
    }
  }

  outside(relative: string): boolean {
    let real: string;
    try {
      real = fs.realpathSync(path.join(this.root, relative));
      this.realRoot ??= fs.realpathSync(this.root);
    } catch {
      return false;
    }
    return real !== this.realRoot && !real.startsWith(this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep);
  }

  exists(relative: string): boolean {
    return fs.existsSync(path.join(this.root, relative));
  }
}

/** Finds the workspace root: the nearest folder at or above `start` that holds `skm.yaml`. */
export function findWorkspaceRoot(start: string): string | undefined {
  let current = path.resolve(start);
  if (fs.existsSync(current) && fs.statSync(current).isFile()) current = path.dirname(current);
  for (;;) {
    if (fs.existsSync(path.join(current, 'skm.yaml'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}
