/** The `WorkspaceFiles` port over the file system, rooted at a folder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFiles } from '../core/load/workspace-files';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out', 'reports']);

export class FsFiles implements WorkspaceFiles {
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

  read(relative: string): Uint8Array | undefined {
    try {
      return fs.readFileSync(path.join(this.root, relative));
    } catch {
      return undefined;
    }
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
