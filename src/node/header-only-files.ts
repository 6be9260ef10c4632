/**
 * A `WorkspaceFiles` over the file system in which the named files read as their first
 * line only, so the loader sees their header without pulling the whole file into memory; their
 * rows are then read by a streaming path.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFiles } from '../core/load/workspace-files';
import { detectUtf16, utf16LineEnd } from '../core/parse/decode-text';
import { FsFiles } from './fs-files';

/** Workspace-relative `periods/<id>/responses.csv` files: the ones `skm compute` and `skm lint` stream. */
export function responseFiles(root: string): string[] {
  return new FsFiles(root).list().filter((file) => /^periods\/[^/]+\/responses\.csv$/.test(file));
}

export function headerOnlyFiles(root: string, large: readonly string[]): WorkspaceFiles {
  const inner = new FsFiles(root);
  const cut = new Set(large);
  return {
    list: () => inner.list(),
    exists: (file) => inner.exists(file),
    outside: (file) => inner.outside(file),
    read: (file) => (inner.outside(file) ? undefined : cut.has(file) ? firstLine(path.join(root, file)) : inner.read(file)),
  };
}

function firstLine(absolute: string): Uint8Array {
  const handle = fs.openSync(absolute, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, read);
    // A UTF-16 header ends after a whole line feed code unit (the loader detects the encoding again).
    const utf16 = detectUtf16(bytes);
    if (utf16) return bytes.subarray(0, utf16LineEnd(bytes, utf16));
    const newline = bytes.indexOf(10);
    return bytes.subarray(0, newline === -1 ? read : newline + 1);
  } finally {
    fs.closeSync(handle);
  }
}
