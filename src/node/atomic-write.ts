/**
 * Writes a file atomically: to a temporary sibling first, then rename. A failed or killed write
 * leaves the previous file (or none), never a half-written one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

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
 * in 1 MB batches; `commit` renames it over
 * the target, `abort` removes it. Until `commit`, the target is untouched.
 */
export class AtomicFileWriter {
  private readonly temporary: string;
  private handle: number | undefined;
  private batch: (string | Uint8Array)[] = [];
  private batchLength = 0;

  constructor(readonly target: string) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    this.temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    this.handle = fs.openSync(this.temporary, 'w');
  }

  write(content: string | Uint8Array): void {
    this.batch.push(content);
    this.batchLength += content.length;
    if (this.batchLength >= 1 << 20) this.flush();
  }

  commit(): void {
    this.flush();
    this.close();
    fs.renameSync(this.temporary, this.target);
  }

  abort(): void {
    this.close();
    fs.rmSync(this.temporary, { force: true });
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

/** `fs.writeSync` until every byte is written (a write may be partial). */
function writeAll(handle: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(handle, bytes, offset, bytes.length - offset);
}
