/**
 * Writes a file atomically and durably: to a temporary sibling first (named `.skm-tmp-…`), which
 * is fsynced, renamed over the target, and then the folder is fsynced. A failed or killed write
 * leaves the previous file (or none), never a half-written one. A temporary file left by a killed
 * run is removed by the next write into the same folder; SIGINT/SIGTERM remove the live ones
 * (`removeLiveTemporaryFiles`, wired in the CLI's entry point).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every temporary file starts with this, so it is recognisable and never mistaken for output. */
export const TEMPORARY_PREFIX = '.skm-tmp-';

// `.skm-tmp-<name>.<pid>.<n>`, and the form before this prefix existed, `.<name>.<pid>.<time>.tmp`.
const TEMPORARY = /^\.skm-tmp-.+\.(\d+)\.\d+$/;
const LEGACY_TEMPORARY = /^\..+\.(\d+)\.\d{13}\.tmp$/;

/** Temporary files this process has open, for removal on a signal. */
const live = new Set<string>();
let sequence = 0;

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  const writer = new AtomicFileWriter(target);
  try {
    writer.write(content);
    writer.commit();
  } catch (error) {
    writer.abort();
    throw error;
  }
}

/**
 * The streaming form of `writeFileAtomic`, for output too large to build in memory (an import of
 * a million rows; `writeFileAtomic` is its one-write case): content goes to the temporary sibling
 * in 1 MB batches; `commit` fsyncs it and renames it over the target, `abort` removes it. Until
 * `commit`, the target is untouched.
 */
export class AtomicFileWriter {
  readonly temporary: string;
  private handle: number | undefined;
  private batch: (string | Uint8Array)[] = [];
  private batchLength = 0;

  constructor(readonly target: string) {
    const folder = path.dirname(target);
    fs.mkdirSync(folder, { recursive: true });
    removeStaleTemporaryFiles(folder);
    this.temporary = path.join(folder, `${TEMPORARY_PREFIX}${path.basename(target)}.${process.pid}.${sequence++}`);
    this.handle = fs.openSync(this.temporary, 'w');
    live.add(this.temporary);
  }

  write(content: string | Uint8Array): void {
    this.batch.push(content);
    this.batchLength += content.length;
    if (this.batchLength >= 1 << 20) this.flush();
  }

  commit(): void {
    this.flush();
    if (this.handle !== undefined) fs.fsyncSync(this.handle);
    this.close();
    fs.renameSync(this.temporary, this.target);
    live.delete(this.temporary);
    syncFolder(path.dirname(this.target));
  }

  abort(): void {
    this.close();
    fs.rmSync(this.temporary, { force: true });
    live.delete(this.temporary);
  }

  private flush(): void {
    const handle = this.handle;
    if (handle === undefined || this.batch.length === 0) return;
    // Runs of text are joined into one write; bytes are written as they are.
    let text: string[] = [];
    const writeText = (): void => {
      if (text.length > 0) writeAll(handle, Buffer.from(text.join(''), 'utf8'));
      text = [];
    };
    for (const content of this.batch) {
      if (typeof content === 'string') {
        text.push(content);
      } else {
        writeText();
        writeAll(handle, content);
      }
    }
    writeText();
    this.batch = [];
    this.batchLength = 0;
  }

  private close(): void {
    if (this.handle === undefined) return;
    fs.closeSync(this.handle);
    this.handle = undefined;
  }
}

/**
 * Removes the temporary files in `folder` left by processes that no longer run (a killed build
 * or import). Files of a live process — a concurrent run — are left alone.
 */
export function removeStaleTemporaryFiles(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name) ?? LEGACY_TEMPORARY.exec(name);
    const file = path.join(folder, name);
    if (!match || isRunning(Number(match[1]), file)) continue;
    fs.rmSync(file, { force: true });
  }
}

/** Removes this process's unfinished temporary files (on SIGINT/SIGTERM, before exiting). */
export function removeLiveTemporaryFiles(): void {
  for (const file of live) fs.rmSync(file, { force: true });
  live.clear();
}

/** Whether the process that made `file` may still be writing it. */
function isRunning(pid: number, file: string): boolean {
  if (pid === process.pid) return live.has(file);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename durable; file systems that cannot fsync a folder are skipped quietly. */
function syncFolder(folder: string): void {
  let handle: number | undefined;
  try {
    handle = fs.openSync(folder, 'r');
    fs.fsyncSync(handle);
  } catch {
    // EISDIR / EINVAL / EPERM on some platforms and file systems: nothing more can be done.
  } finally {
    if (handle !== undefined) fs.closeSync(handle);
  }
}

/** `fs.writeSync` until every byte is written (a write may be partial). */
function writeAll(handle: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(handle, bytes, offset, bytes.length - offset);
}
