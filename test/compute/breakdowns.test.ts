import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { Z_95 } from '../../src/core/compute/confidence';
import { streamResponses } from '../../src/node/stream-responses';
import { CODES9, periodYaml, responsesCsv, summaryYaml, UNIT_YAML, workspaceOf } from './helpers';
import type { RowSpec } from './helpers';

/** A deterministic pseudo-random row set (xorshift) so the figures are reproducible. */
function generatedRows(count: number, seed: number, bias = 0): RowSpec[] {
  let state = seed;
  const next = (limit: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % limit;
  };
  return Array.from({ length: count }, () => {
    const level = 1 + next(3) + bias;
    return {
      service: next(3) === 0 ? 'arsip' : 'rapat',
      gender: next(2) ? 'L' : 'P',
      scores: CODES9.map(() => Math.min(4, Math.max(1, level + next(2)))),
    };
  });
}

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-compute-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

describe('confidence interval (normal approximation over respondents)', () => {
  it('with complete answers equals mean ± z·sd(respondent means)/√n, computed independently', () => {
    const rows = generatedRows(60, 0x1234);
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': responsesCsv(rows),
    });
    const result = computePeriod(workspace, 'p');
    const means = rows.map((row) => (row.scores as number[]).reduce((sum, value) => sum + value, 0) / 9);
    const mean = means.reduce((sum, value) => sum + value, 0) / means.length;
    const sd = Math.sqrt(means.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (means.length - 1));
    const standardError = (25 * sd) / Math.sqrt(means.length);
    expect(result.confidence).toMatchObject({ method: 'normal-approximation', level: 0.95, available: true });
    expect(result.ikmConverted).toBeCloseTo(mean * 25, 10);
    expect(result.confidence.standardError).toBeCloseTo(standardError, 10);
    expect(result.confidence.ikmConverted!.low).toBeCloseTo(mean * 25 - Z_95 * standardError, 10);
    expect(result.confidence.ikmConverted!.high).toBeCloseTo(mean * 25 + Z_95 * standardError, 10);
    const u1 = rows.map((row) => row.scores[0] as number);
    const u1Mean = u1.reduce((sum, value) => sum + value, 0) / u1.length;
    const u1Sd = Math.sqrt(u1.reduce((sum, value) => sum + (value - u1Mean) ** 2, 0) / (u1.length - 1));
    expect(result.confidence.nrr['U1']!.low).toBeCloseTo(u1Mean - (Z_95 * u1Sd) / Math.sqrt(u1.length), 10);
  });

  it('summary-only periods say "tidak tersedia" instead of inventing an interval', () => {
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/summary.yaml': summaryYaml(85, [288, 291, 281, 290, 281, 287, 297, 284, 308]),
    });
    expect(computePeriod(workspace, 'p').confidence).toEqual({
      method: 'tidak tersedia',
      level: 0.95,
      available: false,
      ikmConverted: null,
      nrr: {},
      standardError: null,
    });
  });
});

describe('trend', () => {
  const files = {
    'skm.yaml': UNIT_YAML,
    'periods/2022/period.yaml': periodYaml('2022', '2022-01-01', '2022-12-31'),
    'periods/2022/summary.yaml': summaryYaml(68, [225, 227, 221, 229, 223, 223, 234, 221, 257]),
    'periods/2023/period.yaml': periodYaml('2023', '2023-01-01', '2023-12-31'),
    'periods/2023/responses.csv': responsesCsv(generatedRows(200, 0x99)),
    'periods/2024/period.yaml': periodYaml('2024', '2024-01-01', '2024-12-31'),
    'periods/2024/responses.csv': responsesCsv(generatedRows(200, 0x77, 1)),
    'periods/2025/period.yaml': periodYaml('2025', '2025-01-01', '2025-12-31'),
    'periods/2025/responses.csv': responsesCsv(generatedRows(200, 0x55, 1)),
  };

  it('lists the periods up to the current one with changes and significance (null next to a summary)', () => {
    const workspace = workspaceOf(files);
    const result = computePeriod(workspace, '2025');
    expect(result.trend.map((point) => point.periodId)).toEqual(['2022', '2023', '2024', '2025']);
    const [first, second, third, fourth] = result.trend;
    expect(first).toMatchObject({ change: null, significant: null });
    expect(second!.change).toBeCloseTo(second!.ikmConverted! - first!.ikmConverted!, 12);
    expect(second!.significant).toBeNull();
    expect(third!.change!).toBeGreaterThan(5);
    expect(third!.significant).toBe(true);
    expect(Math.abs(fourth!.change!)).toBeLessThan(3);
    expect(fourth!.significant).toBe(false);
    expect(computePeriod(workspace, '2023').trend.map((point) => point.periodId)).toEqual(['2022', '2023']);
  });
});

describe('by service and profile', () => {
  it('uses summary.byService for summary-only periods', () => {
    const summary =
      summaryYaml(
        30,
        CODES9.map(() => 90),
      ) +
      'byService:\n  rapat: { respondents: 10, unsur: { U1: { answered: 10, total: 40 } } }\n  lain: { respondents: 20, unsur: { U1: { answered: 20, total: 50 } } }\n';
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/summary.yaml': summary,
    });
    const result = computePeriod(workspace, 'p');
    // `lain` is not a declared service: it is in no row (lint reports it), the unit's IKM keeps it.
    expect(result.byService).toMatchObject([
      { code: 'rapat', label: 'Ruang rapat', respondents: 10, ikmConverted: 100, grade: 'A' },
      { code: 'arsip', respondents: 0, ikm: null },
    ]);
    expect(result.byService).toHaveLength(2);
  });

  it('builds profile tables with counts, unrounded percentages of those who answered, and the modal category', () => {
    const rows: RowSpec[] = [
      ...Array.from({ length: 61 }, () => ({ gender: 'L', scores: CODES9.map(() => 3) })),
      ...Array.from({ length: 24 }, () => ({ gender: 'P', scores: CODES9.map(() => 3) })),
    ];
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': responsesCsv(rows),
    });
    const gender = computePeriod(workspace, 'p').profile.find((table) => table.key === 'gender');
    expect(gender).toMatchObject({
      rows: [
        { code: 'L', count: 61, percent: 6100 / 85 },
        { code: 'P', count: 24, percent: 2400 / 85 },
      ],
      answered: 85,
      modal: ['L'],
      unknown: 0,
    });
  });

  it('assesses the sample against the stated method', () => {
    const period = periodYaml('P', '2023-01-01', '2023-06-30', [
      'population: { size: 550, scope: year }',
      'sampling: { method: slovin, margin: 0.1, stated: 85 }',
    ]);
    const summary = summaryYaml(85, [288, 291, 281, 290, 281, 287, 297, 284, 308]);
    const result = computePeriod(
      workspaceOf({ 'skm.yaml': UNIT_YAML, 'periods/p/period.yaml': period, 'periods/p/summary.yaml': summary }),
      'p',
    );
    expect(result.sample).toEqual({
      population: 550,
      populationScope: 'year',
      krejcieMorgan: 226,
      slovin: 85,
      slovinMargin: 0.1,
      method: 'slovin',
      stated: 85,
      adequate: true,
    });
    const km = computePeriod(
      workspaceOf({
        'skm.yaml': UNIT_YAML,
        'periods/p/period.yaml': period.replace('method: slovin', 'method: krejcie-morgan'),
        'periods/p/summary.yaml': summary,
      }),
      'p',
    );
    expect(km.sample).toMatchObject({ method: 'krejcie-morgan', adequate: false });
  });
});

describe('streaming', () => {
  it('computes exactly the same result from a streamed file as from the loaded rows', () => {
    const csv = responsesCsv([...generatedRows(500, 0x4321), { service: 'rapat', gender: 'L', scores: ['x', 5, null, 3, 3, 3, 3, 3, 3] }]);
    const files = {
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': csv,
    };
    const workspace = workspaceOf(files);
    const file = path.join(temporary, 'responses.csv');
    fs.writeFileSync(file, csv);
    const streamed = streamResponses(file, 'periods/p/responses.csv', workspace.unit);
    expect(streamed.rows).toBe(501);
    expect(streamed.diagnostics).toMatchObject([
      { code: 'responses.score-invalid' },
      { code: 'responses.score-invalid' },
      { code: 'responses.score-missing' },
    ]);
    const fromStream = computePeriod(workspace, 'p', { statistics: new Map([['p', streamed.raw]]) });
    expect(fromStream).toEqual(computePeriod(workspace, 'p'));
    expect(fromStream.unsur.slice(0, 3).map((unsur) => unsur.excluded)).toEqual([1, 1, 1]);
  });
});

describe('by profile attribute', () => {
  it('pools each group’s answers; age groups use the ten-year bands', () => {
    const csv = [
      'id,gender,age,education,U1,U2,U3,U4,U5,U6,U7,U8,U9',
      'r1,L,24,S1,4,4,4,4,4,4,4,4,4',
      'r2,L,27,S1,2,2,2,2,2,2,2,2,',
      'r3,P,45,SMA,3,3,3,3,3,3,3,3,3',
      'r4,P,,,1,1,1,1,1,1,1,1,1',
      '',
    ].join('\n');
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/responses.csv': csv,
    });
    const result = computePeriod(workspace, 'p');
    const gender = result.byProfile.find((breakdown) => breakdown.key === 'gender');
    // L: U1..U8 have (4 + 2) / 2 = 3, U9 has 4 alone → mean of NRRs (8 × 3 + 4) / 9.
    expect(gender?.groups).toMatchObject([
      { code: 'L', respondents: 2, ikm: (8 * 3 + 4) / 9 },
      { code: 'P', respondents: 2, ikm: 2 },
    ]);
    const age = result.byProfile.find((breakdown) => breakdown.key === 'age');
    expect(age?.groups.find((group) => group.code === '20–29')).toMatchObject({ respondents: 2 });
    expect(age?.groups.find((group) => group.code === '40–49')).toMatchObject({ respondents: 1, ikmConverted: 75, grade: 'C' });
    expect(age?.groups.find((group) => group.code === '< 20')).toMatchObject({ respondents: 0, ikm: null, grade: null });
    const education = result.byProfile.find((breakdown) => breakdown.key === 'education');
    expect(education?.groups.find((group) => group.code === 'S1')).toMatchObject({ respondents: 2 });
  });

  it('is empty for summary-only periods', () => {
    const workspace = workspaceOf({
      'skm.yaml': UNIT_YAML,
      'periods/p/period.yaml': periodYaml('P', '2023-01-01', '2023-06-30'),
      'periods/p/summary.yaml': summaryYaml(85, [288, 291, 281, 290, 281, 287, 297, 284, 308]),
    });
    expect(computePeriod(workspace, 'p').byProfile).toEqual([]);
  });
});
