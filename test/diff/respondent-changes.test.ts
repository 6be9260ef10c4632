import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respondentChanges, rowsSide } from '../../src/core/diff/respondent-changes';
import type { Period, ResponseRow } from '../../src/core/model/types';

const period = (rows: ResponseRow[]): Period => ({ responses: { file: 'responses.csv', rows, excluded: {} } }) as unknown as Period;

/** The definition: a respondent changed when the JSON of its answers differs. */
function reference(before: ResponseRow[], after: ResponseRow[]): string[] {
  const text = (row: ResponseRow): string => JSON.stringify([row.scores, row.date, row.service, row.profile, row.saran]);
  const left = new Map(before.map((row) => [row.id, text(row)]));
  return after.filter((row) => left.has(row.id) && left.get(row.id) !== text(row)).map((row) => row.id);
}

const row = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4'),
  line: fc.nat(9),
  date: fc.option(fc.constantFrom('2024-01-02', '2024-01-03'), { nil: undefined }),
  time: fc.option(fc.constantFrom('08:00', '09:00'), { nil: undefined }),
  service: fc.option(fc.constantFrom('KTP', 'KK'), { nil: undefined }),
  profile: fc.oneof(
    fc.constant({ gender: 'L', age: '30' }),
    fc.constant({ age: '30', gender: 'L' }),
    fc.constant({ gender: 'P', age: '30' }),
    fc.constant({ gender: 'L' }),
  ),
  scores: fc.array(fc.oneof(fc.constantFrom(1, 2, 3, 4, null, Number.NaN, 0, -0)), { minLength: 1, maxLength: 3 }),
  saran: fc.option(fc.constantFrom('', 'lebih cepat'), { nil: undefined }),
});
const rows = fc.uniqueArray(row, { selector: (item) => item.id, maxLength: 4 });

describe('respondentChanges', () => {
  it('finds added, removed and changed respondents by id, as the JSON of their answers says', () => {
    fc.assert(
      fc.property(rows, rows, (before, after) => {
        const changes = respondentChanges(rowsSide(period(before)), rowsSide(period(after)));
        const beforeIds = new Set(before.map((item) => item.id));
        const afterIds = new Set(after.map((item) => item.id));
        expect(changes.added).toEqual(after.filter((item) => !beforeIds.has(item.id)).map((item) => item.id));
        expect(changes.removed).toEqual(before.filter((item) => !afterIds.has(item.id)).map((item) => item.id));
        expect(changes.changed).toEqual(reference(before as ResponseRow[], after as ResponseRow[]));
      }),
      { numRuns: 2000 },
    );
  });
});
