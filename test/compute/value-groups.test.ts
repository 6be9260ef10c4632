import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValueGroups } from '../../src/core/compute/value-groups';

describe('ValueGroups', () => {
  it('a property: row counts and score totals per value equal the direct sums, for any scale and unsur count', () => {
    const scale = fc
      .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 9 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(
        scale,
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer(),
        (range, unsurCount, rowCount, seed) => {
          const [scaleMin, scaleMax] = range;
          const width = scaleMax - scaleMin + 1;
          const groups = new ValueGroups(unsurCount, width, scaleMin, true);
          const parts = new Int32Array(groups.parts);
          const expectedRows = new Map<number, number>();
          const expectedTotals = new Map<number, number[]>();
          let state = seed >>> 0;
          const next = (limit: number): number => {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            return state % limit;
          };
          for (let row = 0; row < rowCount; row++) {
            const id = next(7) * next(3);
            const scores = Array.from({ length: unsurCount }, () => scaleMin + next(width));
            const code = scores.reduce((sum, score, index) => sum + (score - scaleMin) * width ** index, 0);
            if (groups.packed) {
              groups.splitCode(code, parts);
              groups.add(id, parts);
            } else groups.addScores(id, scores);
            expectedRows.set(id, (expectedRows.get(id) ?? 0) + 1);
            const totals = expectedTotals.get(id) ?? new Array<number>(unsurCount).fill(0);
            scores.forEach((score, index) => (totals[index]! += score));
            expectedTotals.set(id, totals);
          }
          expect(groups.ids()).toEqual([...expectedRows.keys()].sort((a, b) => a - b));
          for (const [id, rows] of expectedRows) {
            expect(groups.rows(id)).toBe(rows);
            expect(Array.from(groups.totals(id))).toEqual(expectedTotals.get(id));
          }
          expect(groups.rows(1000)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adds scores one by one when the code would not fit 31 bits', () => {
    expect(new ValueGroups(9, 4, 1, true).packed).toBe(true);
    expect(new ValueGroups(14, 4, 1, true).packed).toBe(true);
    expect(new ValueGroups(14, 5, 1, true).packed).toBe(false);
    expect(new ValueGroups(10, 10, 0, true).packed).toBe(false);
  });

  it('keeps each part at most 256 answer combinations, and counts rows only without totals', () => {
    const groups = new ValueGroups(9, 4, 1, true);
    expect(groups.partSize).toBe(4);
    expect(groups.parts).toBe(3);
    expect(groups.cells).toBe(256);
    const counts = new ValueGroups(9, 4, 1, false);
    expect(counts.parts).toBe(0);
    counts.add(3, new Int32Array(0));
    counts.add(3, new Int32Array(0));
    expect(counts.rows(3)).toBe(2);
    expect(counts.ids()).toEqual([3]);
  });
});
