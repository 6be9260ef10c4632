import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';
import { CategoryList, commonAliases } from '../../src/core/model/categories';
import { CODES9, periodYaml, UNIT_YAML, workspaceOf } from '../compute/helpers';

const HEADER = ['id', 'date', 'time', 'service', 'gender', 'age', 'education', 'occupation', ...CODES9].join(',');
const row = (id: string, cells: string): string => `${id},2023-02-01,${cells},3,3,3,3,3,3,3,3,3`;

/** The file: Laki-laki next to L, D3 next to D1-D4, Rapat next to rapat, Mahasiswa, 35 tahun. */
const FILES = {
  'skm.yaml': UNIT_YAML,
  'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
  'periods/p/responses.csv': [
    HEADER,
    row('r1', '08.00-12.00,rapat,L,30,D1-D4,PNS'),
    row('r2', '08.00-12.00,Rapat,Laki-laki,31,D3,PNS'),
    row('r3', '13.00-17.00,rapat,P,35 tahun,S1,Mahasiswa'),
    row('r4', '13.00-17.00,arsip,P,40,SMA/SMK,Wiraswasta'),
    '',
  ].join('\n'),
};

describe('closed categories', () => {
  it('reports every value outside the lists at its row and column, with the code to write', () => {
    const diagnostics = lintWorkspace(new MemoryFiles(FILES)).diagnostics.filter((entry) => entry.code.startsWith('responses.'));
    const found = diagnostics.map((entry) => [entry.code, entry.range.start.line + 1, entry.data?.['value'], entry.data?.['suggestion']]);
    expect(found).toEqual([
      ['responses.service-unknown', 3, 'Rapat', 'rapat'],
      ['responses.profile-unknown', 3, 'Laki-laki', 'L'],
      ['responses.profile-unknown', 3, 'D3', 'D1-D4'],
      ['responses.age-invalid', 4, '35 tahun', undefined],
      ['responses.profile-unknown', 4, 'Mahasiswa', undefined],
      ['responses.profile-unknown', 5, 'SMA/SMK', 'SMA'],
      ['responses.profile-unknown', 5, 'Wiraswasta', 'Wirausaha'],
    ]);
    expect(diagnostics.every((entry) => entry.severity === 'error')).toBe(true);
    const laki = diagnostics.find((entry) => entry.data?.['value'] === 'Laki-laki');
    // r2,2023-02-01,08.00-12.00,Rapat,|Laki-laki
    expect(laki?.range).toEqual({ start: { line: 2, column: 32 }, end: { line: 2, column: 41 } });
  });

  it('never shows a value outside the lists in tables: aliases pool with their code, the rest is unknown', () => {
    const result = computePeriod(workspaceOf(FILES), 'p');
    const gender = result.profile.find((table) => table.key === 'gender');
    expect(gender?.rows.map((entry) => [entry.code, entry.count])).toEqual([
      ['L', 2],
      ['P', 2],
    ]);
    const education = result.profile.find((table) => table.key === 'education');
    expect(education?.rows.map((entry) => entry.code)).toEqual(['SD', 'SMP', 'SMA', 'D1-D4', 'S1', 'S2', 'S3']);
    expect(education?.rows.find((entry) => entry.code === 'D1-D4')?.count).toBe(2);
    const occupation = result.profile.find((table) => table.key === 'occupation');
    expect(occupation?.unknown).toBe(1);
    expect(occupation?.rows.some((entry) => entry.code === 'Mahasiswa')).toBe(false);
    expect(result.byService.map((service) => [service.code, service.respondents])).toEqual([
      ['rapat', 3],
      ['arsip', 1],
    ]);
    expect(result.byProfile.find((entry) => entry.key === 'gender')?.groups.map((group) => group.code)).toEqual(['L', 'P']);
  });

  it('gives declared options the common labels of the 14/2017 form, never another option’s', () => {
    expect(commonAliases({ code: 'DIII', label: 'DIII' })).toContain('D3');
    expect(commonAliases({ code: 'DIII', label: 'DIII' })).not.toContain('D1');
    expect(commonAliases({ code: 'D1-D4', label: 'D1-D4' })).toEqual(expect.arrayContaining(['D1', 'D3', 'DIII']));
    expect(commonAliases({ code: 'SLTA', label: 'SLTA' })).toEqual(expect.arrayContaining(['SMA/SMK', 'SMA']));
    const list = new CategoryList([
      { code: 'SMA', label: 'SMA', aliases: ['SLTA'] },
      { code: 'SLTA', label: 'SLTA sederajat' },
    ]);
    expect(list.resolve('SLTA')).toBe('SLTA');
    expect(list.resolve('sma')).toBe('SMA');
    expect(list.resolve('Honorer')).toBeUndefined();
  });

  it('takes the unit’s declared aliases, time slots and age bounds', () => {
    const skm = `${UNIT_YAML}profile:
  - key: gender
    options:
      - { code: L, label: Laki-laki }
      - { code: P, label: Perempuan }
  - key: age
    min: 17
    max: 70
  - key: occupation
    options:
      - { code: PNS }
      - { code: Mahasiswa, aliases: [Pelajar/Mahasiswa] }
timeSlots:
  - { code: pagi, label: Pagi, aliases: [08.00-12.00] }
  - { code: siang, label: Siang }
`;
    const files = {
      'skm.yaml': skm,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': [
        'id,date,time,gender,age,occupation,' + CODES9.join(','),
        `r1,2023-02-01,pagi,L,17,Mahasiswa,${CODES9.map(() => 3).join(',')}`,
        `r2,2023-02-01,08.00-12.00,P,71,Pelajar/Mahasiswa,${CODES9.map(() => 3).join(',')}`,
        '',
      ].join('\n'),
    };
    const loaded = lintWorkspace(new MemoryFiles(files));
    expect(
      loaded.diagnostics.filter((entry) => entry.severity === 'error' && !entry.code.startsWith('responses.')).map((entry) => entry.code),
    ).toEqual([]);
    const found = loaded.diagnostics
      .filter((entry) => entry.code.startsWith('responses.'))
      .map((entry) => [entry.code, entry.range.start.line + 1, entry.data?.['suggestion']]);
    expect(found).toEqual([
      ['responses.time-unknown', 3, 'pagi'],
      ['responses.age-invalid', 3, undefined],
      ['responses.profile-unknown', 3, 'Mahasiswa'],
    ]);
  });
});
