import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { MemoryFiles } from '../../src/core/load/workspace-files';

const row = (id: string, service: string): string => `${id},${service},3,3,3,3,3,3,3,3,4`;

describe('sample adequacy per service', () => {
  it('judges each service against its own population when period.yaml gives one', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, index) => row(`a${index}`, 'rapat')),
      ...Array.from({ length: 3 }, (_, index) => row(`b${index}`, 'surat')),
    ];
    const files = new MemoryFiles({
      'skm.yaml':
        'unit:\n  name: U\nservices:\n  - { code: rapat, label: Rapat }\n  - { code: surat, label: Surat }\n  - { code: tamu, label: Tamu }\n',
      'periods/p/period.yaml':
        'label: P\nstart: 2024-01-01\nend: 2024-12-31\npopulation:\n  size: 40\n  byService: { rapat: 10, surat: 50 }\n',
      'periods/p/responses.csv': `id,service,U1,U2,U3,U4,U5,U6,U7,U8,U9\n${rows.join('\n')}\n`,
    });
    const result = computePeriod(loadWorkspace(files).workspace!, 'p');
    expect(result.byService).toMatchObject([
      { code: 'rapat', respondents: 10, sample: { population: 10, krejcieMorgan: 10, adequate: true } },
      { code: 'surat', respondents: 3, sample: { population: 50, krejcieMorgan: 44, adequate: false } },
      { code: 'tamu', respondents: 0, sample: null },
    ]);
  });
});
