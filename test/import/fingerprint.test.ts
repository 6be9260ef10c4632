import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprint, normaliseCell } from '../../src/core/import/fingerprint';

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

  it('hashes exactly the normalised cells joined by U+001F, ASCII or not', () => {
    /** The definition: FNV-1a in two lanes over the joined normalised text. */
    const reference = (cells: readonly string[]): string => {
      let low = 0x811c9dc5;
      let high = 0xcbf29ce4;
      const text = cells.map(normaliseCell).join('\u001f');
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        low = Math.imul(low ^ code, 0x01000193) >>> 0;
        high = Math.imul(high ^ code ^ (low >>> 7), 0x01000193) >>> 0;
      }
      return `imp-${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
    };
    const cell = fc.string({ unit: fc.constantFrom(...'aZ 09\t\n\r\v\f\u00a0\u2003\ufeffİÉé\u001f.-'), maxLength: 10 });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), (cells) => {
        expect(fingerprint(cells)).toBe(reference(cells));
      }),
      { numRuns: 3000 },
    );
  });
});
