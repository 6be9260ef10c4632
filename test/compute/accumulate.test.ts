import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramFits, ScoreAccumulator } from '../../src/core/compute/accumulate';

/** Every statistic of an accumulator, for comparison. */
function statistics(accumulator: ScoreAccumulator) {
  accumulator.settle();
  return {
    respondents: accumulator.respondents,
    answered: [...accumulator.answered],
    total: [...accumulator.total],
    sumSquares: [...accumulator.sumSquares],
    pairCount: [...accumulator.pairCount],
    pairSumFirst: [...accumulator.pairSumFirst],
    pairSumSecond: [...accumulator.pairSumSecond],
    pairProduct: [...accumulator.pairProduct],
    points: [...accumulator.points],
  };
}

describe('ScoreAccumulator', () => {
  it('a property: complete rows counted by histogram (cells past 255 rows, settled midway or not) give exactly the statistics of adding them one by one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        // Few distinct rows and many repeats: some histogram cells wrap past 255 several times.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 700 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 2 }),
        fc.integer(),
        (scaleMin, width, unsurCount, runs, settleAt, seed) => {
          fc.pre(histogramFits(width, unsurCount));
          let state = seed >>> 0;
          const next = (limit: number): number => {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            return state % limit;
          };
          const distinct = Array.from({ length: 4 }, () => Array.from({ length: unsurCount }, () => scaleMin + next(width)));
          const byHistogram = new ScoreAccumulator(unsurCount);
          const oneByOne = new ScoreAccumulator(unsurCount);
          let row = 0;
          for (const [which, times] of runs) {
            const scores = distinct[which]!;
            const code = scores.reduce((sum, score, index) => sum + (score - scaleMin) * width ** index, 0);
            for (let repeat = 0; repeat < times; repeat++, row++) {
              // Settling midway folds what was counted; counting then goes on from an empty histogram.
              if (settleAt.includes(row)) byHistogram.settle();
              byHistogram.addComplete(code, width, scaleMin);
              oneByOne.add(scores);
            }
          }
          expect(statistics(byHistogram)).toEqual(statistics(oneByOne));
          // Settling is idempotent.
          expect(statistics(byHistogram)).toEqual(statistics(oneByOne));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts one answer vector 100,000 times exactly (the byte-wide cell wraps 390 times)', () => {
    const byHistogram = new ScoreAccumulator(9);
    const oneByOne = new ScoreAccumulator(9);
    const scores = [4, 3, 2, 1, 4, 3, 2, 1, 4];
    const code = scores.reduce((sum, score, index) => sum + (score - 1) * 4 ** index, 0);
    for (let row = 0; row < 100_000; row++) {
      byHistogram.addComplete(code, 4, 1);
      oneByOne.add(scores);
    }
    expect(statistics(byHistogram)).toEqual(statistics(oneByOne));
    expect(byHistogram.respondents).toBe(100_000);
    expect(byHistogram.total[0]).toBe(400_000);
  });
});
