import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import type { ModeId } from '../../src/core/model/types';
import { CODES9, periodYaml, responsesCsv, UNIT_YAML, workspaceOf } from './helpers';
import type { RowSpec } from './helpers';

const score = fc.integer({ min: 1, max: 4 });
const maybeScore = fc.option(score, { freq: 6, nil: null });
const row = fc.record({
  service: fc.constantFrom('rapat', 'arsip'),
  gender: fc.constantFrom('L', 'P'),
  scores: fc.array(maybeScore, { minLength: 9, maxLength: 9 }),
});
const rows = fc.array(row, { minLength: 1, maxLength: 40 });
const modes: ModeId[] = ['exact', 'template-0.111', 'template-0.11', 'template-0.111-round3', 'template-0.11-round3'];

function workspaceFrom(specs: readonly RowSpec[]) {
  return workspaceOf({
    'skm.yaml': UNIT_YAML,
    'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
    'periods/p/responses.csv': responsesCsv(specs),
  });
}

describe('properties', () => {
  it('the IKM lies in [1, 4] (×25 in [25, 100]) in exact mode, and in [X·w, 4·X·w] in template modes', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom(...modes), (specs, mode) => {
        const result = computePeriod(workspaceFrom(specs), 'p', { mode });
        const answered = result.unsur.filter((unsur) => unsur.nrr !== null).length;
        if (answered === 0) return result.ikm === null && result.ikmConverted === null && result.grade === null;
        if (mode === 'exact')
          return (
            result.ikm! >= 1 - 1e-12 && result.ikm! <= 4 + 1e-12 && result.ikmConverted! >= 25 - 1e-9 && result.ikmConverted! <= 100 + 1e-9
          );
        // A template cannot do without an unsur: no IKM then, and a note says why.
        if (answered < 9) return result.ikm === null && result.notes.some((note) => note.code === 'compute.template-incomplete');
        const weight = result.mode.weight;
        return result.ikm! >= 9 * weight - 0.01 && result.ikm! <= 36 * weight + 0.01;
      }),
      { numRuns: 200 },
    );
  });

  it('respondent order does not matter', () => {
    fc.assert(
      fc.property(
        rows.chain((specs) =>
          fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length, maxLength: specs.length })),
        ),
        ([specs, shuffled]) => {
          const first = computePeriod(workspaceFrom(specs), 'p');
          const second = computePeriod(workspaceFrom(shuffled), 'p');
          expect(second).toEqual(first);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('exact mode equals the mean of the NRRs', () => {
    fc.assert(
      fc.property(rows, (specs) => {
        const result = computePeriod(workspaceFrom(specs), 'p');
        const nrrs = result.unsur.flatMap((unsur) => (unsur.nrr === null ? [] : [unsur.nrr]));
        if (nrrs.length === 0) return result.ikm === null;
        const mean = nrrs.reduce((sum, value) => sum + value, 0) / nrrs.length;
        return Math.abs(result.ikm! - mean) < 1e-12;
      }),
      { numRuns: 150 },
    );
  });

  it('pooling is the answer-weighted mean of the services, and differs from averaging their averages when sizes differ', () => {
    const sized = fc.tuple(
      fc.integer({ min: 1, max: 15 }),
      fc.integer({ min: 1, max: 15 }),
      fc.array(score, { minLength: 30, maxLength: 30 }),
    );
    fc.assert(
      fc.property(sized, ([small, large, values]) => {
        fc.pre(small !== large);
        const specs: RowSpec[] = [];
        for (let index = 0; index < small + large; index++) {
          const value = values[index % values.length]!;
          specs.push({ service: index < small ? 'rapat' : 'arsip', scores: CODES9.map((_, unsurIndex) => (unsurIndex === 0 ? value : 3)) });
        }
        const result = computePeriod(workspaceFrom(specs), 'p');
        const [first, second] = result.byService;
        const pooled = result.unsur[0]!.nrr!;
        const a = first!.unsur[0]!;
        const b = second!.unsur[0]!;
        const weighted = (a.nrr! * a.answered + b.nrr! * b.answered) / (a.answered + b.answered);
        expect(pooled).toBeCloseTo(weighted, 12);
        const averageOfAverages = (a.nrr! + b.nrr!) / 2;
        if (a.nrr !== b.nrr) expect(Math.abs(pooled - averageOfAverages)).toBeGreaterThan(1e-12);
      }),
      { numRuns: 150 },
    );
  });
});
