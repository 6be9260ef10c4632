/**
 * The content of a respondent row without its id — date, time slot, service, profile (in the
 * unit's order), every score and the saran — hashed to 64 bits (two independent 32-bit halves),
 * so `responses.duplicate-content` can remember a million rows as numbers. Both readers (the
 * in-memory rule and the streaming `RowChecks`) hash through `ContentHasher`, so their findings are
 * the same. Profile values and saran are compared case-insensitively; the saran's runs of white
 * space count as one space.
 */
import type { ResponseRow } from '../model/types';

/** The two 32-bit hashes of one text (`textHash`), written by it; read them before the next call. */
export const TEXT_HASH = new Int32Array(2);

/** Hashes one text field into `TEXT_HASH` (its length first, so no two field lists hash alike). */
export function textHash(value: string): void {
  let hash1 = Math.imul(0x811c9dc5 ^ value.length, 0x01000193);
  let hash2 = Math.imul(0x9747b28c + value.length, 0x5bd1e995);
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    hash1 = Math.imul(hash1 ^ code, 0x01000193);
    hash2 = Math.imul(hash2 + code, 0x5bd1e995) ^ (hash2 >>> 15);
  }
  TEXT_HASH[0] = hash1;
  TEXT_HASH[1] = hash2;
}

/**
 * A row's hash, built field by field: a text field enters as its `textHash` pair (which readers
 * may remember per distinct value), a score as its number.
 */
export class ContentHasher {
  hash1 = 0;
  hash2 = 0;

  reset(): this {
    this.hash1 = 0x811c9dc5;
    this.hash2 = 0x9747b28c;
    return this;
  }

  /** A text field by its `textHash` pair. */
  field(hash1: number, hash2: number): this {
    this.hash1 = Math.imul(this.hash1 ^ hash1, 0x01000193);
    this.hash2 = Math.imul(this.hash2 + hash2, 0x5bd1e995) ^ (this.hash2 >>> 15);
    return this;
  }

  /** A text field. */
  text(value: string): this {
    textHash(value);
    return this.field(TEXT_HASH[0]!, TEXT_HASH[1]!);
  }

  /** A score (null = no valid answer). */
  score(value: number | null): this {
    const code = value === null ? -1 : value;
    this.hash1 = Math.imul(this.hash1 ^ code, 0x01000193);
    this.hash2 = Math.imul(this.hash2 + code, 0x5bd1e995) ^ (this.hash2 >>> 15);
    return this;
  }
}

/** A profile value as compared: trimmed, lower case. */
export function profileKey(value: string | undefined): string {
  return (value ?? '').trim().toLowerCase();
}

/** A saran as compared: trimmed, white space runs as one space, lower case. */
export function saranKey(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** ASCII white space as `String.prototype.trim` and `\s` see it: tab, LF, VT, FF, CR, space. */
const isAsciiSpace = (byte: number): boolean => byte === 32 || (byte >= 9 && byte <= 13);

/**
 * `textHash(saranKey(text))` of an ASCII text given as bytes [start, end), without decoding it;
 * false (nothing written) when a byte is not ASCII — the caller decodes such a text.
 */
export function saranBytesHash(bytes: Uint8Array, start: number, end: number): boolean {
  while (start < end && isAsciiSpace(bytes[start]!)) start++;
  while (end > start && isAsciiSpace(bytes[end - 1]!)) end--;
  let length = 0;
  for (let index = start; index < end; index++) {
    const byte = bytes[index]!;
    if (byte >= 0x80) return false;
    if (!isAsciiSpace(byte) || !isAsciiSpace(bytes[index - 1]!)) length++;
  }
  let hash1 = Math.imul(0x811c9dc5 ^ length, 0x01000193);
  let hash2 = Math.imul(0x9747b28c + length, 0x5bd1e995);
  for (let index = start; index < end; index++) {
    let code = bytes[index]!;
    if (isAsciiSpace(code)) {
      if (isAsciiSpace(bytes[index - 1]!)) continue;
      code = 32;
    } else if (code >= 65 && code <= 90) code += 32;
    hash1 = Math.imul(hash1 ^ code, 0x01000193);
    hash2 = Math.imul(hash2 + code, 0x5bd1e995) ^ (hash2 >>> 15);
  }
  TEXT_HASH[0] = hash1;
  TEXT_HASH[1] = hash2;
  return true;
}

/** Whether a row takes part: it has a date and at least one valid score. */
export function hasContent(row: Pick<ResponseRow, 'date' | 'scores'>): boolean {
  return row.date !== undefined && row.scores.some((score) => score !== null);
}

/** Hashes a decoded row into `hasher` (reset first); `profileKeys` in the unit's order. */
export function hashRow(hasher: ContentHasher, row: ResponseRow, profileKeys: readonly string[]): ContentHasher {
  hasher
    .reset()
    .text(row.date ?? '')
    .text(row.time ?? '')
    .text(row.service ?? '');
  for (const key of profileKeys) hasher.text(profileKey(row.profile[key]));
  for (const score of row.scores) hasher.score(score);
  return hasher.text(saranKey(row.saran));
}
