/**
 * Writes a file atomically: to a temporary sibling first, then rename. A failed or killed write
 * leaves the previous file (or none), never a half-written one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The streaming form of `writeFileAtomic`, for output too large to build in memory (an import of
 * a million rows): text goes to the temporary sibling in 1 MB batches; `commit` renames it over
 * the target, `abort` removes it. Until `commit`, the target is untouched.
 */
export class AtomicFileWriter {
  private readonly temporary: string;
  private handle: number | undefined;
  private batch: string[] = [];
  private batchLength = 0;

  constructor(readonly target: string) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    this.temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    this.handle = fs.openSync(this.temporary, 'w');
  }

  write(text: string): void {
    this.batch.push(text);
    this.batchLength += text.length;
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
    if (this.handle === undefined || this.batch.length === 0) return;
    fs.writeSync(this.handle, this.batch.join(''));
    this.batch = [];
    this.batchLength = 0;
  }

  private close(): void {
    if (this.handle === undefined) return;
    fs.closeSync(this.handle);
    this.handle = undefined;
  }
}
