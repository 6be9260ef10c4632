/**
 * Keys seen so far, without a million strings on the heap: an open-addressing table of two
 * independent 32-bit hashes of a key, the 1-based line of its first use and a 32-bit tag,
 * interleaved in one array. Two different keys collide on both hashes with a probability around
 * n² / 2⁶⁵ (≈ 3·10⁻⁸ for a million rows), small enough to treat a match as the same key.
 */
const WIDTH = 4;

export class HashTable {
  /** Slots; a multiple of 1,024, at most 2²⁶. */
  private capacity: number;
  private size = 0;
  /** [hash1, hash2, line, tag] per slot; line 0 = empty. */
  private slots: Int32Array;
  /** The tag stored with the key `addOrGet` last found. */
  earlierTag = 0;

  /** `expected`: about how many keys will come (sizes the table once instead of growing it). */
  constructor(expected = 0) {
    // Any capacity works (a slot is picked by scaling the hash, not by a mask): size the table
    // to the expectation at the 3/4 load, not to the next power of two, which can double it.
    this.capacity = Math.min(Math.max(1 << 14, Math.ceil((expected * 4) / 3 / 1024) * 1024), 1 << 26);
    this.slots = new Int32Array(this.capacity * WIDTH);
  }

  /**
   * Adds a key first seen on `line` (≥ 1) with `tag`; returns the earlier line when the key was
   * seen before (its tag in `earlierTag`), else 0.
   */
  addOrGet(hash1: number, hash2: number, line: number, tag = 0): number {
    const slot = this.find(hash1, hash2);
    const earlier = this.slots[slot + 2]!;
    if (earlier !== 0) {
      this.earlierTag = this.slots[slot + 3]!;
      return earlier;
    }
    this.slots[slot] = hash1;
    this.slots[slot + 1] = hash2;
    this.slots[slot + 2] = line;
    this.slots[slot + 3] = tag;
    if (++this.size * 4 > this.capacity * 3) this.grow();
    return 0;
  }

  /**
   * Reads the first slot of each of the first `count` key pairs of `hashes` ([hash1, hash2, …]) in
   * one tight loop, whose cache misses overlap, so the lookups that follow find their slots in
   * the cache. The sum is returned only so the reads are not optimised away.
   */
  warm(hashes: Int32Array, count: number): number {
    const capacity = this.capacity;
    const slots = this.slots;
    let sum = 0;
    for (let index = 0; index < count; index++) {
      const hash1 = hashes[2 * index]!;
      const hash2 = hashes[2 * index + 1]!;
      sum += slots[Math.floor(((hash1 ^ (hash2 >>> 7)) >>> 0) * (capacity / 4294967296)) * WIDTH + 2]!;
    }
    return sum;
  }

  /** Whether the key was added. */
  has(hash1: number, hash2: number): boolean {
    return this.slots[this.find(hash1, hash2) + 2] !== 0;
  }

  private find(hash1: number, hash2: number): number {
    const capacity = this.capacity;
    const slots = this.slots;
    // The mixed hash as a fraction of 2³² times the capacity: an index in [0, capacity).
    let index = Math.floor(((hash1 ^ (hash2 >>> 7)) >>> 0) * (capacity / 4294967296)); // as `warm` picks it
    for (;;) {
      const slot = index * WIDTH;
      if (slots[slot + 2] === 0 || (slots[slot] === hash1 && slots[slot + 1] === hash2)) return slot;
      if (++index === capacity) index = 0;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * WIDTH);
    for (let slot = 0; slot < old.length; slot += WIDTH) {
      if (old[slot + 2] === 0) continue;
      const target = this.find(old[slot]!, old[slot + 1]!);
      this.slots.set(old.subarray(slot, slot + WIDTH), target);
    }
  }
}
