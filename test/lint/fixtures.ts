/**
 * Lint fixtures: `test/fixtures/lint/_base/` is a small workspace that lints clean; each
 * `test/fixtures/lint/<code>/{fail,pass}/` holds only the files that differ from it (an overlay).
 * `fail/expected.json` lists the diagnostics of that code the overlay must produce.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MemoryFiles } from '../../src/core/load/workspace-files';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'lint');

function readTree(root: string, into: Map<string, Uint8Array>, skip: (relative: string) => boolean): void {
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (!skip(child)) into.set(child, fs.readFileSync(path.join(root, child)));
    }
  };
  walk('');
}

/** The columns of the base workspace's responses.csv, in its order. */
export const RESPONSE_COLUMNS: readonly string[] = [
  'id',
  'date',
  'time',
  'service',
  'gender',
  'age',
  'education',
  'occupation',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
  'U7',
  'U8',
  'U9',
  'saran',
];

/** The base workspace with the overlay folder's files laid over it. */
export function overlayFiles(overlay?: string): MemoryFiles {
  const files = new Map<string, Uint8Array>();
  readTree(path.join(FIXTURES, '_base'), files, () => false);
  if (overlay) readTree(overlay, files, (relative) => relative === 'expected.json');
  return new MemoryFiles(files);
}

/** Codes that have a fixture folder. */
export function fixtureCodes(): string[] {
  return fs
    .readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}
