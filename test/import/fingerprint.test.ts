import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/import/fingerprint';

describe('fingerprint', () => {
  const row = ['2024/01/02 10:00:00 AM GMT+8', 'Laki-laki', '  Sangat   Sesuai ', 'Ruang tunggu perlu air minum'];

  it('is stable across versions: re-importing an export after an upgrade must add nothing', () => {
    // Pinned value: changing the hash or the cell normalisation would duplicate every earlier import.
    expect(fingerprint(row)).toBe('imp-64bac81239ba657b');
  });

  it('ignores case and spacing of cells but not their content or order', () => {
    expect(fingerprint(row.map((cell) => ` ${cell.toUpperCase()}  `))).toBe(fingerprint(row));
    expect(fingerprint([...row.slice(0, 3), 'Ruang tunggu perlu kursi'])).not.toBe(fingerprint(row));
    expect(fingerprint([row[1]!, row[0]!, row[2]!, row[3]!])).not.toBe(fingerprint(row));
  });

  it('gives the same id with a memoising normaliser', () => {
    const cache = new Map<string, string>();
    const normalise = (cell: string): string => {
      const known = cache.get(cell) ?? cell.trim().replace(/\s+/g, ' ').toLowerCase();
      cache.set(cell, known);
      return known;
    };
    expect(fingerprint(row, normalise)).toBe(fingerprint(row));
  });
});
