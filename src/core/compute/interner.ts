/**
 * Short byte strings → small integer ids of their decoded, trimmed text, without a new string per
 * cell: the streaming scanner counts services, time slots and profile values by id. After
 * `MAX_INTERNED` distinct values it stops remembering and returns -1.
 */
export const MAX_INTERNED = 4096;
/** Values up to this many bytes are keyed by their packed bytes. */
const PACKED_BYTES = 12;

/** The decoder's type, without relying on the DOM lib's global type. */
export type BytesDecoder = { decode(input: Uint8Array): string };

export class Interner {
  /** Ids of values of 0, 1 or 2 bytes, indexed directly by their bytes; -1 = not seen yet. */
  private readonly short = new Int32Array(1 + 256 + 65536).fill(-1);
  /**
   * Open-addressing table of ids for values of 3 to 12 bytes; each entry's key is the value's
   * length and its bytes packed into three 32-bit words, compared exactly (-1 = empty).
   */
  private readonly packedIds = new Int32Array(MAX_INTERNED * 2).fill(-1);
  private readonly packedKeys = new Int32Array(MAX_INTERNED * 8);
  /** Open-addressing table of ids for longer values, keyed by a hash of a few bytes; -1 = empty. */
  private readonly slots = new Int32Array(MAX_INTERNED * 2).fill(-1);
  private readonly stored: Uint8Array[] = [];
  readonly values: string[] = [];

  constructor(private readonly decoder: BytesDecoder) {}

  id(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    if (length <= 2) {
      const key = length === 0 ? 0 : length === 1 ? 1 + bytes[start]! : 257 + ((bytes[start]! << 8) | bytes[start + 1]!);
      const known = this.short[key]!;
      if (known >= 0) return known;
      const id = this.add(bytes, start, end);
      if (id >= 0) this.short[key] = id;
      return id;
    }
    if (length <= PACKED_BYTES) return this.packedId(bytes, start, end);
    // A few sampled bytes make the hash (the values are short and few); `sameBytes` decides.
    const middle = start + (length >> 1);
    let hash = Math.imul(length, 0x9e3779b1) ^ bytes[start]!;
    hash = Math.imul(hash ^ (bytes[end - 1]! << 8) ^ (bytes[end - 2]! << 16), 0x01000193);
    hash = Math.imul(hash ^ bytes[middle]! ^ (bytes[middle - 1]! << 8) ^ (bytes[start + 1]! << 16), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (sameBytes(this.stored[id]!, bytes, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(bytes, start, end);
    if (id >= 0) this.slots[slot] = id;
    return id;
  }

  private packedId(bytes: Uint8Array, start: number, end: number): number {
    const length = end - start;
    let first = 0;
    let second = 0;
    let third = 0;
    let index = start;
    const firstEnd = end < start + 4 ? end : start + 4;
    const secondEnd = end < start + 8 ? end : start + 8;
    for (; index < firstEnd; index++) first = (first << 8) | bytes[index]!;
    for (; index < secondEnd; index++) second = (second << 8) | bytes[index]!;
    for (; index < end; index++) third = (third << 8) | bytes[index]!;
    let hash = Math.imul(first ^ length, 0x9e3779b1);
    hash = Math.imul(hash ^ second, 0x85ebca6b);
    hash = Math.imul(hash ^ third, 0xc2b2ae35);
    const ids = this.packedIds;
    const keys = this.packedKeys;
    const mask = ids.length - 1;
    let slot = (hash ^ (hash >>> 15)) & mask;
    for (;;) {
      const id = ids[slot]!;
      if (id < 0) break;
      const key = slot << 2;
      if (keys[key] === length && keys[key + 1] === first && keys[key + 2] === second && keys[key + 3] === third) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.add(bytes, start, end);
    if (id >= 0) {
      ids[slot] = id;
      const key = slot << 2;
      keys[key] = length;
      keys[key + 1] = first;
      keys[key + 2] = second;
      keys[key + 3] = third;
    }
    return id;
  }

  private add(bytes: Uint8Array, start: number, end: number): number {
    if (this.values.length >= MAX_INTERNED) return -1;
    this.stored.push(copyOf(bytes, start, end));
    this.values.push(this.decode(bytes, start, end));
    return this.values.length - 1;
  }

  decode(bytes: Uint8Array, start: number, end: number): string {
    return this.decoder.decode(bytes.subarray(start, end)).trim();
  }
}

/** A copy: `Buffer#slice` (a Uint8Array subclass) shares memory, and callers reuse their buffers. */
export function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const copy = new Uint8Array(end - start);
  copy.set(bytes.subarray(start, end));
  return copy;
}

function sameBytes(stored: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  if (stored.length !== end - start) return false;
  for (let index = 0; index < stored.length; index++) if (stored[index] !== bytes[start + index]) return false;
  return true;
}
