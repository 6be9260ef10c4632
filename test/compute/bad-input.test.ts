import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import { periodYaml, UNIT_YAML, workspaceOf } from './helpers';

const HEADER = 'id,date,service,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9';

/** Every number in a value, recursively (to check that no NaN or Infinity leaks out). */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

describe('bad input', () => {
  it('a missing, non-numeric or out-of-scale score is excluded from that unsur only, counted, and reported with row and column', () => {
    const files = new MemoryFiles({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': [
        HEADER,
        'r1,2023-02-01,rapat,L,4,3,3,3,3,3,3,3,3',
        'r2,2023-02-01,rapat,L,,x,5,3,3,3,3,3,3',
        'r3,2023-02-01,rapat,P,2,3,0,3,3,3,3,3,3',
        '',
      ].join('\n'),
    });
    const loaded = loadWorkspace(files);
    const result = computePeriod(loaded.workspace!, 'p');
    expect(result.respondents).toBe(3);
    expect(result.unsur.slice(0, 4)).toMatchObject([
      { code: 'U1', answered: 2, total: 6, nrr: 3, excluded: 1 },
      { code: 'U2', answered: 2, total: 6, nrr: 3, excluded: 1 },
      { code: 'U3', answered: 1, total: 3, nrr: 3, excluded: 2 },
      { code: 'U4', answered: 3, total: 9, nrr: 3, excluded: 0 },
    ]);
    expect(result.ikm).toBe(3);
    const located = loaded.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('responses.score'));
    expect(located).toMatchObject([
      { code: 'responses.score-missing', file: 'periods/p/responses.csv', range: { start: { line: 2 } } },
      { code: 'responses.score-invalid', range: { start: { line: 2 } } },
      { code: 'responses.score-invalid', range: { start: { line: 2 } } },
      { code: 'responses.score-invalid', range: { start: { line: 3 } } },
    ]);
  });

  it('a period with zero valid responses gives nulls and a clear note, never NaN', () => {
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30', ['population: { size: 100 }']),
      'periods/p/responses.csv': [HEADER, 'r1,2023-02-01,rapat,L,,,,,,,,,', 'r2,2023-02-01,rapat,L,9,x,,,,,,,', ''].join('\n'),
    });
    const result = computePeriod(workspace, 'p');
    expect(result).toMatchObject({
      respondents: 2,
      ikm: null,
      ikmConverted: null,
      grade: null,
      performance: null,
      lowest: [],
      highest: [],
    });
    expect(result.unsur.every((unsur) => unsur.nrr === null && unsur.nrrConverted === null && unsur.grade === null)).toBe(true);
    expect(result.unsur[0]).toMatchObject({ answered: 0, excluded: 2 });
    expect(result.notes).toMatchObject([{ code: 'compute.no-valid-responses' }]);
    expect(result.confidence).toMatchObject({ available: true, ikmConverted: null, standardError: null, nrr: {} });
    expect(result.byService[0]).toMatchObject({ code: 'rapat', respondents: 2, ikm: null, grade: null });
    expect(numbers(result).every(Number.isFinite)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
  });

  it('a header-only file and a period with no data at all are handled the same way', () => {
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/a/period.yaml': periodYaml('A', '2023-01-01', '2023-06-30'),
      'periods/a/responses.csv': `${HEADER}\n`,
      'periods/b/period.yaml': periodYaml('B', '2023-07-01', '2023-12-31'),
    });
    const empty = computePeriod(workspace, 'a');
    expect(empty).toMatchObject({ source: 'responses', respondents: 0, ikm: null, notes: [{ code: 'compute.no-valid-responses' }] });
    const none = computePeriod(workspace, 'b');
    expect(none).toMatchObject({ source: 'none', respondents: 0, ikm: null, notes: [{ code: 'compute.no-data' }] });
    expect(none.trend).toMatchObject([
      { periodId: 'a', ikmConverted: null, change: null },
      { periodId: 'b', ikmConverted: null, change: null, significant: null },
    ]);
    expect(numbers(none).every(Number.isFinite)).toBe(true);
  });

  it('an unsur nobody answered is left out of the IKM with a note', () => {
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': [HEADER, 'r1,2023-02-01,rapat,L,4,4,4,4,4,4,4,4,', 'r2,2023-02-01,rapat,L,2,2,2,2,2,2,2,2,', ''].join(
        '\n',
      ),
    });
    const result = computePeriod(workspace, 'p');
    expect(result.ikm).toBe(3);
    expect(result.unsur[8]).toMatchObject({ code: 'U9', answered: 0, nrr: null, excluded: 2 });
    expect(result.notes).toMatchObject([{ code: 'compute.unsur-unanswered' }]);
  });

  it('an unknown period id gives an empty result with a note instead of throwing', () => {
    const workspace = workspaceOf({ 'skm.yaml': UNIT_YAML, 'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30') });
    expect(computePeriod(workspace, 'nope')).toMatchObject({
      periodId: 'nope',
      ikm: null,
      notes: [{ code: 'compute.no-data' }, { code: 'compute.unknown-period' }],
    });
  });
});
