/**
 * Keys seen so far, without a million strings on the heap: an open-addressing table of two
 * independent 32-bit hashes of a key, the 1-based line of its first use and a 32-bit tag,
 * interleaved in one array. Two different keys collide on both hashes with a probability around
 * n² / 2⁶⁵ (≈ 3·10⁻⁸ for a million rows), small enough to treat a match as the same key.
 */
const WIDTH = 4;

export class HashTable {
  private capacity: number;
  private size = 0;
  /** [hash1, hash2, line, tag] per slot; line 0 = empty. */
  private slots: Int32Array;
  /** The tag stored with the key `addOrGet` last found. */
  earlierTag = 0;

  /** `expected`: about how many keys will come (sizes the table once instead of growing it). */
  constructor(expected = 0) {
    this.capacity = 1 << 14;
    while (this.capacity * 3 < expected * 4 && this.capacity < 1 << 26) this.capacity *= 2;
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

  /** Whether the key was added. */
  has(hash1: number, hash2: number): boolean {
    return this.slots[this.find(hash1, hash2) + 2] !== 0;
  }

  private find(hash1: number, hash2: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let index = (hash1 ^ (hash2 >>> 7)) & mask;
    for (;;) {
      const slot = index * WIDTH;
      if (slots[slot + 2] === 0 || (slots[slot] === hash1 && slots[slot + 1] === hash2)) return slot;
      index = (index + 1) & mask;
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
