import { describe, expect, it } from 'vitest';
import { saranBytesHash, saranKey, TEXT_HASH, textHash } from '../../src/core/lint/content-key';
import { HashTable } from '../../src/core/lint/hash-table';

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ' ',
  '  ',
  '\t',
  '\r\n',
  '\n',
  '\v',
  '\f',
  'a',
  'B',
  'z',
  'Z',
  '0',
  ',',
  '"',
  'antri',
  'LAMA',
  'Ok',
  'é',
  '–',
  '\u00a0',
  '\u2028',
];

describe('saranBytesHash', () => {
  it('hashes the bytes of an ASCII saran exactly as textHash(saranKey(text)), and declines any other', () => {
    const next = random(7);
    let ascii = 0;
    for (let round = 0; round < 20_000; round++) {
      const length = Math.floor(next() * 12);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join('');
      const bytes = new TextEncoder().encode(`xx${text}yy`);
      TEXT_HASH.fill(0);
      const hashed = saranBytesHash(bytes, 2, bytes.length - 2);
      // eslint-disable-next-line no-control-regex
      expect(hashed, JSON.stringify(text)).toBe(/^[\x00-\x7f]*$/.test(text));
      if (!hashed) continue;
      ascii++;
      const fromBytes = [...TEXT_HASH];
      textHash(saranKey(text));
      expect(fromBytes, JSON.stringify(text)).toEqual([...TEXT_HASH]);
    }
    expect(ascii).toBeGreaterThan(1_000);
  });

  it('re-spaced and re-cased sarans hash alike; another word does not', () => {
    const hash = (text: string): number[] => {
      const bytes = new TextEncoder().encode(text);
      expect(saranBytesHash(bytes, 0, bytes.length)).toBe(true);
      return [...TEXT_HASH];
    };
    expect(hash('  Antri   LAMA\t')).toEqual(hash('antri lama'));
    expect(hash('antri lama')).not.toEqual(hash('antri lama sekali'));
    expect(hash('')).toEqual(hash(' \t '));
  });
});

describe('HashTable', () => {
  it('any expected size: every key is found again with its first line and tag, new keys are new', () => {
    for (const expected of [0, 1_000, 3_333, 70_001]) {
      const table = new HashTable(expected);
      const keys = 50_000;
      const next = random(expected + 1);
      const pairs = Array.from({ length: keys }, () => [(next() * 2 ** 32) | 0, (next() * 2 ** 32) | 0] as const);
      const warmed = new Int32Array(pairs.flat());
      expect(Number.isFinite(table.warm(warmed, keys))).toBe(true);
      pairs.forEach(([hash1, hash2], index) => expect(table.addOrGet(hash1, hash2, index + 1, index * 3)).toBe(0));
      pairs.forEach(([hash1, hash2], index) => {
        expect(table.addOrGet(hash1, hash2, 999_999, -1)).toBe(index + 1);
        expect(table.earlierTag).toBe(index * 3);
        expect(table.has(hash1, hash2)).toBe(true);
      });
      expect(table.has(1, 2)).toBe(pairs.some(([hash1, hash2]) => hash1 === 1 && hash2 === 2));
    }
  });
});
