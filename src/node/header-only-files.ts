/**
 * A `WorkspaceFiles` in which the named files read as their first line only, so the loader sees
 * their header without pulling the whole file into memory; their rows are then read by a
 * streaming path. Over the file system (`headerOnlyFiles`) or over any files whose bytes are
 * already in memory (`headerOnlyView`, a revision read from git).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { WorkspaceFiles } from '../core/load/workspace-files';
import { detectUtf16, utf16LineEnd } from '../core/parse/decode-text';
import { FsFiles } from './fs-files';

const RESPONSES_CSV = /^periods\/[^/]+\/responses\.csv$/;

/** Workspace-relative `periods/<id>/responses.csv` files: the ones `skm compute` and `skm lint` stream. */
export function responseFiles(root: string): string[] {
  return responseFilesOf(new FsFiles(root));
}

/** The `periods/<id>/responses.csv` files of any workspace files. */
export function responseFilesOf(files: WorkspaceFiles): string[] {
  return files.list().filter((file) => RESPONSES_CSV.test(file));
}

export function headerOnlyFiles(root: string, large: readonly string[]): WorkspaceFiles {
  return headerOnlyView(new FsFiles(root), large, (file) => firstLine(path.join(root, file)));
}

/** `inner` with the files of `large` cut to their first line (`head` of a file: its first bytes). */
export function headerOnlyView(
  inner: WorkspaceFiles,
  large: readonly string[],
  head: (file: string) => Uint8Array | undefined = (file) => bytesOf(inner.read(file)),
): WorkspaceFiles {
  const cut = new Set(large);
  return {
    list: () => inner.list(),
    exists: (file) => inner.exists(file),
    outside: (file) => inner.outside(file),
    read: (file) => {
      if (inner.outside(file)) return undefined;
      if (!cut.has(file)) return inner.read(file);
      const bytes = head(file);
      return bytes === undefined ? undefined : firstLineOf(bytes);
    },
  };
}

function bytesOf(content: Uint8Array | string | undefined): Uint8Array | undefined {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

function firstLine(absolute: string): Uint8Array {
  const handle = fs.openSync(absolute, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(handle, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(handle);
  }
}

/** The bytes up to and with the first line break (a UTF-16 header ends after a whole line feed code unit). */
export function firstLineOf(bytes: Uint8Array): Uint8Array {
  const head = bytes.subarray(0, 64 * 1024);
  // The loader detects the encoding again.
  const utf16 = detectUtf16(head);
  if (utf16) return head.subarray(0, utf16LineEnd(head, utf16));
  const newline = head.indexOf(10);
  return head.subarray(0, newline === -1 ? head.length : newline + 1);
}
