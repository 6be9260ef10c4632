import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { LoadCache } from '../../src/core/load/load-cache';
import { MemoryFiles } from '../../src/core/load/workspace-files';

const unit = ['unit:', '  name: Unit Uji', '  city: Samarinda', 'services:', '  - { code: rapat, label: Ruang rapat }', ''].join('\n');
const period = (size: number): string =>
  ['label: Semester I 2023', 'start: 2023-01-01', 'end: 2023-06-30', `population: { size: ${size} }`, ''].join('\n');
const csv = (rows: string[]): string => ['id,date,service,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran', ...rows, ''].join('\n');

describe('LoadCache', () => {
  it('reuses parsed responses while the CSV and the unit are unchanged, and gives the same lint result', () => {
    const files = new MemoryFiles({
      'skm.yaml': unit,
      'periods/p/period.yaml': period(10),
      'periods/p/responses.csv': csv(['r1,2023-02-01,rapat,L,3,3,3,3,3,3,3,3,4,', 'r2,2023-02-02,rapat,P,4,9,4,4,4,4,4,4,4,']),
    });
    const cache = new LoadCache();
    const first = lintWorkspace(files, { cache });
    expect(cache.hits).toBe(0);
    files.set('periods/p/period.yaml', period(20));
    const second = lintWorkspace(files, { cache });
    expect(cache.hits).toBe(1);
    expect(second.loaded.workspace?.periods[0]?.responses).toBe(first.loaded.workspace?.periods[0]?.responses);
    const uncached = lintWorkspace(files);
    expect(second.diagnostics).toEqual(uncached.diagnostics);
    // The out-of-scale score is still reported on the cached pass: diagnostics travel with the entry.
    expect(
      second.diagnostics.some((diagnostic) => diagnostic.file === 'periods/p/responses.csv' && diagnostic.range.start.line === 2),
    ).toBe(true);
  });

  it('parses again when the CSV or the unit file changes', () => {
    const files = new MemoryFiles({
      'skm.yaml': unit,
      'periods/p/period.yaml': period(10),
      'periods/p/responses.csv': csv(['r1,2023-02-01,rapat,L,3,3,3,3,3,3,3,3,4,']),
    });
    const cache = new LoadCache();
    lintWorkspace(files, { cache });
    files.set('periods/p/responses.csv', csv(['r1,2023-02-01,rapat,L,3,3,3,3,3,3,3,3,4,', 'r2,2023-02-02,rapat,P,1,1,1,1,1,1,1,1,1,']));
    const edited = lintWorkspace(files, { cache });
    expect(cache.hits).toBe(0);
    expect(edited.loaded.workspace?.periods[0]?.responses?.rows).toHaveLength(2);
    files.set('skm.yaml', `${unit}# komentar\n`);
    lintWorkspace(files, { cache });
    expect(cache.hits).toBe(0);
    lintWorkspace(files, { cache });
    expect(cache.hits).toBe(1);
  });

  it('shares the period results of the pass with its caller', () => {
    const files = new MemoryFiles({
      'skm.yaml': unit,
      'periods/p/period.yaml': period(10),
      'periods/p/responses.csv': csv(['r1,2023-02-01,rapat,L,4,4,4,4,4,4,4,4,4,']),
    });
    const result = lintWorkspace(files);
    const period1 = result.periodResult?.('p');
    expect(period1?.ikmConverted).toBe(100);
    expect(result.periodResult?.('p')).toBe(period1);
  });
});
