import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { periodFromId, responsesHeader, scaffoldPeriod, scaffoldUnit } from '../../src/core/load/scaffold';
import { MemoryFiles } from '../../src/core/load/workspace-files';

describe('scaffolds', () => {
  it('derives label and dates from the period id', () => {
    expect(periodFromId('2025-s1', 2030)).toEqual({ label: 'Semester I 2025', start: '2025-01-01', end: '2025-06-30' });
    expect(periodFromId('2024-s2', 2030)).toEqual({ label: 'Semester II 2024', start: '2024-07-01', end: '2024-12-31' });
    expect(periodFromId('2023-tw4', 2030)).toEqual({ label: 'Triwulan IV 2023', start: '2023-10-01', end: '2023-12-31' });
    expect(periodFromId('2024-tw1', 2030)).toEqual({ label: 'Triwulan I 2024', start: '2024-01-01', end: '2024-03-31' });
    expect(periodFromId('2024', 2030)).toEqual({ label: 'Tahun 2024', start: '2024-01-01', end: '2024-12-31' });
    expect(periodFromId('uji-coba', 2030)).toEqual({ label: 'uji-coba', start: '2030-01-01', end: '2030-06-30' });
  });

  it('a new unit and period load as a workspace with the 14/2017 unsur and no YAML or schema errors', () => {
    const { label, start, end } = periodFromId('2025-s1', 2025);
    const files = new MemoryFiles({
      'skm.yaml': scaffoldUnit('Unit Pelayanan Uji'),
      'periods/2025-s1/period.yaml': scaffoldPeriod(label, start, end),
      'periods/2025-s1/responses.csv': responsesHeader(
        ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'],
        ['gender', 'age', 'education', 'occupation'],
      ),
    });
    const result = lintWorkspace(files);
    const workspace = result.loaded.workspace;
    expect(workspace?.unit.name).toBe('Unit Pelayanan Uji');
    expect(workspace?.unit.unsur.map((unsur) => unsur.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(workspace?.periods[0]).toMatchObject({ id: '2025-s1', label: 'Semester I 2025', start: '2025-01-01', end: '2025-06-30' });
    const broken = result.diagnostics.filter((diagnostic) => /^(yaml|schema|csv)\./.test(diagnostic.code));
    expect(broken).toEqual([]);
  });
});
