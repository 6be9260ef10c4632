import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '../../src/core/lint/lint-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';

const unit = ['unit:', '  name: Unit Uji', '  city: Samarinda', 'services:', '  - { code: rapat, label: Ruang rapat }', ''].join('\n');
const period = ['label: Semester I 2023', 'start: 2023-01-01', 'end: 2023-06-30', ''].join('\n');
// U1 is lowest (2); U2 = U3 = U4 tie at 3 and share the two remaining places; the rest are 4.
const csv = [
  'id,date,service,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran',
  'r1,2023-02-01,rapat,2,3,3,3,4,4,4,4,4,',
  'r2,2023-02-02,rapat,2,3,3,3,4,4,4,4,4,',
  '',
].join('\n');
const rtl = (codes: string[]): string =>
  [
    'year: 2023',
    'items:',
    ...codes.flatMap((code, index) => [
      `  - id: rtl-${index + 1}`,
      `    unsur: ${code}`,
      '    program: Perbaikan layanan',
      '    quarters: [3]',
      '    responsible: Subbagian Umum',
      '    realisation:',
      '      status: belum',
      '    strategy:',
      '      strategy: Menjadwalkan perbaikan',
      '      target: TW III 2023',
      '      responsible: Subbagian Umum',
      '      stakeholders: Staf',
    ]),
    '',
  ].join('\n');

function findings(codes: string[]): { message: string; data?: Record<string, unknown> }[] {
  const files = new MemoryFiles({
    'skm.yaml': unit,
    'periods/p/period.yaml': period,
    'periods/p/responses.csv': csv,
    'periods/p/rtl.yaml': rtl(codes),
  });
  return lintWorkspace(files).diagnostics.filter((diagnostic) => diagnostic.code === 'rtl.lowest-missing');
}

describe('rtl.lowest-missing with a tie at the cut-off', () => {
  it('a tie of three for two places needs two of them covered', () => {
    const found = findings(['U1', 'U2']);
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ tiedWith: ['U2', 'U3', 'U4'], places: 2, covered: 1, missing: ['U3', 'U4'] });
    expect(found[0]?.message).toMatch(/U2, U3, U4.*2 tempat.*1 di antaranya/);
  });

  it('any two of the tied group are enough, whichever the unit chose', () => {
    expect(findings(['U1', 'U2', 'U3'])).toEqual([]);
    expect(findings(['U1', 'U4', 'U3'])).toEqual([]);
  });

  it('the unsur below the tie is still required on its own', () => {
    const found = findings(['U2', 'U3']);
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ unsur: 'U1', tiedWith: [] });
  });
});
