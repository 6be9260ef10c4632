import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';

const unit = ['unit:', '  name: Unit Uji', '  city: Samarinda', 'services:', '  - { code: rapat, label: Ruang rapat }', ''].join('\n');
const period = (start: string, end: string): string =>
  [`label: P ${start}`, `start: ${start}`, `end: ${end}`, 'narrative:', '  kesimpulan: narrative/kesimpulan.md', ''].join('\n');
const header = 'id,date,service,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';

describe('loadWorkspace', () => {
  it('builds the model with defaults from the 14/2017 rule set, periods ordered by start', () => {
    const files = new MemoryFiles({
      'skm.yaml': unit,
      'periods/b/period.yaml': period('2023-07-01', '2023-12-31'),
      'periods/b/responses.csv': `${header}\nr1,2023-08-01,rapat,L,3,3,3,3,3,3,3,3,4,"Air minum, mohon"\nr2,2023-08-02,rapat,P,4,,4,4,4,4,4,4,4,\n`,
      'periods/b/narrative/kesimpulan.md': 'IKM {{ ikm }}',
      'periods/a/period.yaml': period('2023-01-01', '2023-06-30'),
      'periods/a/summary.yaml': 'respondents: 2\nunsur:\n  U1: { answered: 2, total: 7 }\n',
    });
    const loaded = loadWorkspace(files);
    const workspace = loaded.workspace;
    expect(workspace?.unit).toMatchObject({
      name: 'Unit Uji',
      ruleSetId: 'permenpanrb-14-2017',
      mode: 'exact',
      services: [{ code: 'rapat' }],
    });
    expect(workspace?.unit.unsur.map((unsur) => unsur.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
    expect(workspace?.periods.map((item) => item.id)).toEqual(['a', 'b']);
    const responses = workspace?.periods[1]?.responses;
    expect(responses?.rows).toMatchObject([
      { id: 'r1', line: 2, service: 'rapat', profile: { gender: 'L' }, scores: [3, 3, 3, 3, 3, 3, 3, 3, 4], saran: 'Air minum, mohon' },
      { id: 'r2', line: 3, scores: [4, null, 4, 4, 4, 4, 4, 4, 4] },
    ]);
    expect(responses?.excluded).toMatchObject({ U1: 0, U2: 1 });
    expect(loaded.diagnostics).toMatchObject([
      { code: 'responses.score-missing', file: 'periods/b/responses.csv', range: { start: { line: 2, column: 24 } } },
    ]);
    expect(workspace?.periods[0]?.summary).toMatchObject({ respondents: 2, unsur: { U1: { answered: 2, total: 7 } } });
    expect(loaded.texts.get('periods/b/narrative/kesimpulan.md')).toBe('IKM {{ ikm }}');
  });

  it('reports bad scores with row and column and excludes them from that unsur only', () => {
    const files = new MemoryFiles({
      'skm.yaml': unit,
      'periods/p/period.yaml': period('2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': `${header}\nr1,2023-02-01,rapat,L,5,x,3,3,3,3,3,3,3,\n`,
    });
    const loaded = loadWorkspace(files);
    expect(loaded.diagnostics).toMatchObject([
      { code: 'responses.score-invalid', severity: 'error', range: { start: { line: 1, column: 22 } } },
      { code: 'responses.score-invalid', range: { start: { line: 1, column: 24 } } },
    ]);
    expect(loaded.workspace?.periods[0]?.responses?.rows[0]?.scores).toEqual([null, null, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('reads a Windows-1252 file and says so', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('unit:\n  name: Caf'), 0xe9, 10]);
    const loaded = loadWorkspace(new MemoryFiles({ 'skm.yaml': bytes }));
    expect(loaded.workspace?.unit.name).toBe('Café');
    expect(loaded.diagnostics).toMatchObject([{ code: 'file.encoding', file: 'skm.yaml' }]);
  });

  it('reports a missing unit file', () => {
    expect(loadWorkspace(new MemoryFiles({})).diagnostics).toMatchObject([{ code: 'workspace.no-unit', file: 'skm.yaml' }]);
  });
});
