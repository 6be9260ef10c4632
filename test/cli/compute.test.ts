import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCaptured, type CapturedRun } from './run-captured';
import type { ComputeJson } from '../../src/core/compute/compute-json';
import { periodYaml, summaryYaml, UNIT_YAML } from '../compute/helpers';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-compute-cli-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

function workspace(name: string): string {
  const root = path.join(temporary, name);
  const files: Record<string, string> = {
    'skm.yaml': UNIT_YAML,
    'periods/2022/period.yaml': periodYaml('Periode 2022', '2022-01-01', '2022-12-31'),
    'periods/2022/summary.yaml': summaryYaml(68, [225, 227, 221, 229, 223, 223, 234, 221, 257]),
    'periods/2023-s1/period.yaml': periodYaml('Semester I 2023', '2023-01-01', '2023-06-30', [
      'reportDate: 2023-07-14',
      'population: { size: 550, scope: year }',
    ]),
    'periods/2023-s1/summary.yaml': summaryYaml(85, [288, 291, 281, 290, 281, 287, 297, 284, 308]),
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

const run = (argv: string[], cwd: string, env: Record<string, string> = {}): Promise<CapturedRun> => runCaptured(argv, cwd, env);

describe('skm compute', () => {
  const root = workspace('w');

  it('--json prints the documented result at full precision; a workspace folder means its latest period', async () => {
    const result = await run(['compute', '--json'], root);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as ComputeJson;
    expect(json).toMatchObject({
      schemaVersion: 1,
      periodId: '2023-s1',
      respondents: 85,
      mode: { id: 'exact' },
      grade: 'B',
      performance: 'Baik',
      sample: { population: 550, krejcieMorgan: 226 },
    });
    // The exact 4345/51 as its nearest double.
    expect(json.ikmConverted).toBe(4345 / 51);
    expect(json.unsur[0]).toEqual({
      code: 'U1',
      label: 'Persyaratan',
      answered: 85,
      total: 288,
      nrr: 288 / 85,
      nrrConverted: (288 / 85) * 25,
      grade: 'B',
      excluded: 0,
    });
    expect(json.trend.map((point) => point.periodId)).toEqual(['2022', '2023-s1']);
  });

  it('accepts a period folder and a mode', async () => {
    const result = await run(['compute', 'w/periods/2022', '--json', '--mode', 'template-0.11'], temporary);
    const json = JSON.parse(result.stdout) as ComputeJson;
    expect(json).toMatchObject({ periodId: '2022', mode: { id: 'template-0.11', weight: 0.11 } });
  });

  it('prints a readable Indonesian table with decimal commas, the mode, and the ties', async () => {
    const latest = await run(['compute', '.', '--mode', 'template-0.11-round3'], root);
    expect(latest.code).toBe(0);
    expect(latest.stdout).toContain('84,38');
    expect(latest.stdout).toContain('template-0.11-round3');
    const annex = await run(['compute', 'periods/2022'], root);
    expect(annex.stdout).toContain('84,15');
    expect(annex.stdout).toMatch(/U6 Kompetensi Pelaksana \(3,2794\)/);
    expect(annex.stdout).not.toMatch(/\d\.\d{2}\b/);
  });

  it('speaks English with SKM_LANG=en', async () => {
    const result = await run(['compute'], root, { SKM_LANG: 'en' });
    expect(result.stdout).toContain('85.20');
    expect(result.stdout).toContain('Rule set');
  });

  it('rejects an unknown mode or period with exit 2 and no stack trace', async () => {
    const mode = await run(['compute', '--mode', 'fast'], root);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('fast');
    const period = await run(['compute', 'periods/2030'], root);
    expect(period.code).toBe(2);
    expect(period.stderr).not.toContain('    at ');
  });
});
