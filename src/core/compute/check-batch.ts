/**
 * The id and content keys of the scanner's last fast-lane rows, looked up in `RowChecks`' tables
 * a batch at a time. A million-row table is far bigger than the caches, so each lookup waits for
 * memory; one tight loop over a batch lets those waits overlap, where a lookup between two rows'
 * scanning waits alone (lint of 1,000,000 rows: ≈ 0,9 s of its CPU time). Findings come out
 * exactly as row-by-row lookups give them: every table sees its keys in row order, and the batch
 * is flushed before the general parser's next row and before the scanned bytes are let go.
 */
import type { RowChecks, RowText } from '../lint/row-checks';

const SIZE = 256;
const NEWLINE = 10;
const RETURN = 13;

/** The text of the first line of the record [start, end) of `bytes`, without its line break. */
export function firstLineOf(decoder: { decode(bytes: Uint8Array): string }, bytes: Uint8Array, start: number, end: number): string {
  let stop = bytes.indexOf(NEWLINE, start);
  if (stop === -1 || stop > end) stop = end;
  if (stop > start && bytes[stop - 1] === RETURN) stop--;
  return decoder.decode(bytes.subarray(start, stop));
}

export class CheckBatch {
  private size = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  /** Per queued row: its line, record bounds, id field bounds (-1: no id column) and ordinal. */
  private readonly lines = new Int32Array(SIZE);
  private readonly starts = new Int32Array(SIZE);
  private readonly ends = new Int32Array(SIZE);
  private readonly idStarts = new Int32Array(SIZE);
  private readonly idEnds = new Int32Array(SIZE);
  private readonly ordinals = new Int32Array(SIZE);
  /** Per queued row: 1 = its id is looked up, 2 = its content is, both bits for both. */
  private readonly flags = new Uint8Array(SIZE);
  private readonly idHashes = new Int32Array(2 * SIZE);
  private readonly contentHashes = new Int32Array(2 * SIZE);
  private readonly idTags = new Int32Array(SIZE);
  /** What warming the tables read (kept so the reads stay). */
  warmth = 0;
  /** The queued row a finding is being reported for. */
  private current = 0;
  private readonly text: RowText = {
    id: () => {
      const start = this.idStarts[this.current]!;
      const text = start < 0 ? '' : this.decoder.decode(this.bytes.subarray(start, this.idEnds[this.current])).trim();
      return text || `#${this.ordinals[this.current]!}`;
    },
    firstLine: () => firstLineOf(this.decoder, this.bytes, this.starts[this.current]!, this.ends[this.current]!),
  };

  constructor(
    private readonly checks: RowChecks,
    private readonly decoder: { decode(bytes: Uint8Array): string },
  ) {}

  /**
   * Queues a row of `bytes` (the same bytes until the next `flush`); `idStart` -1 when there is no
   * id column; its id and content keys are set with `id` and `content` before the next `queue`.
   */
  queue(bytes: Uint8Array, line: number, start: number, end: number, idStart: number, idEnd: number, ordinal: number): void {
    if (this.size === SIZE || (this.size > 0 && bytes !== this.bytes)) this.flush();
    this.bytes = bytes;
    const index = this.size++;
    this.lines[index] = line;
    this.starts[index] = start;
    this.ends[index] = end;
    this.idStarts[index] = idStart;
    this.idEnds[index] = idEnd;
    this.ordinals[index] = ordinal;
    this.flags[index] = 0;
  }

  /** The last queued row's id, by its two hashes (`idHash1`/`idHash2`). */
  id(hash1: number, hash2: number): void {
    const index = this.size - 1;
    this.idHashes[2 * index] = hash1;
    this.idHashes[2 * index + 1] = hash2;
    this.flags[index]! |= 1;
  }

  /** The last queued row's content hash, with the `idHash1` of its id. */
  content(hash1: number, hash2: number, idTag: number): void {
    const index = this.size - 1;
    this.contentHashes[2 * index] = hash1;
    this.contentHashes[2 * index + 1] = hash2;
    this.idTags[index] = idTag;
    this.flags[index]! |= 2;
  }

  /** Looks every queued key up, ids first, then contents, each in row order. */
  flush(): void {
    const { checks, flags, size } = this;
    this.warmth = checks.warmIds(this.idHashes, size) + checks.warmContents(this.contentHashes, size);
    for (let index = 0; index < size; index++) {
      if ((flags[index]! & 1) === 0) continue;
      this.current = index;
      checks.id(this.idHashes[2 * index]!, this.idHashes[2 * index + 1]!, this.lines[index]!, this.text);
    }
    for (let index = 0; index < size; index++) {
      if ((flags[index]! & 2) === 0) continue;
      this.current = index;
      checks.content(
        this.contentHashes[2 * index]!,
        this.contentHashes[2 * index + 1]!,
        this.idTags[index]!,
        this.lines[index]!,
        this.text,
      );
    }
    this.size = 0;
  }
}
