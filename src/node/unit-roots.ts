/**
 * Unit workspaces under a folder: its children, or `units/*`, that hold a skm.yaml (a monorepo, or
 * checkouts side by side). Shared by `skm rollup` and the editor's roll-up view.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Unit workspaces directly under `folder` or under `folder/units`, sorted; [] when none. */
export function unitRootsUnder(folder: string): string[] {
  const found: string[] = [];
  for (const parent of [folder, path.join(folder, 'units')]) {
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(parent, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries)
      if (entry.isDirectory() && fs.existsSync(path.join(parent, entry.name, 'skm.yaml'))) found.push(path.join(parent, entry.name));
  }
  return found.sort();
}
