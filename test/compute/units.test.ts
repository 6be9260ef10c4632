import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../src/core/compute/grade';
import { roundHalfUp } from '../../src/core/compute/modes';
import { rankPriorities } from '../../src/core/compute/priorities';
import { ageBand, buildProfileTable } from '../../src/core/compute/profile';
import { Ratio } from '../../src/core/compute/ratio';
import { gradeOfRatio } from '../../src/core/compute/grade';
import { computeRtlMetrics, lastQuarterEnd } from '../../src/core/compute/rtl-metrics';
import { krejcieMorgan, slovin } from '../../src/core/compute/sample-size';
import { KEPMENPAN_25_2004, PERMENPANRB_14_2017 } from '../../src/core/model/rule-sets';
import type { RtlItem } from '../../src/core/model/types';
import { formatDate, formatNumber, formatPercent, formatQuarter, formatShare } from '../../src/core/text/format';

describe('gradeOf (half-open bands on the unrounded value)', () => {
  it.each([
    [25, 'D'],
    [64.99, 'D'],
    [64.999999, 'D'],
    [65.0, 'C'],
    [76.6, 'C'],
    [76.605, 'C'],
    [76.609999, 'C'],
    [76.61, 'B'],
    [88.3, 'B'],
    [88.305, 'B'],
    [88.31, 'A'],
    [100, 'A'],
  ])('%f → %s', (value, mutu) => {
    expect(gradeOf(value, PERMENPANRB_14_2017)?.mutu).toBe(mutu);
  });

  it('classifies exact values exactly: 3,0644 × 25 is 76,61 (B), with no tolerance below a bound', () => {
    const times25 = (decimal: number) => Ratio.fromDecimal(decimal).multiply(Ratio.of(25));
    expect(gradeOfRatio(times25(3.0644), PERMENPANRB_14_2017)?.mutu).toBe('B');
    expect(gradeOfRatio(times25(3.5324), PERMENPANRB_14_2017)?.mutu).toBe('A');
    expect(gradeOfRatio(times25(2.6), PERMENPANRB_14_2017)?.mutu).toBe('C');
    expect(gradeOfRatio(Ratio.of(76_6099_999_998n, 10_000_000_000n), PERMENPANRB_14_2017)?.mutu).toBe('C');
    expect(gradeOf(76.6099999998, PERMENPANRB_14_2017)?.mutu).toBe('C');
    expect(gradeOf(88.30999999999, PERMENPANRB_14_2017)?.mutu).toBe('B');
  });

  it('gives kinerja and null for no value', () => {
    expect(gradeOf(70, PERMENPANRB_14_2017)).toMatchObject({ mutu: 'C', kinerja: 'Kurang baik', persepsi: 2 });
    expect(gradeOf(null, PERMENPANRB_14_2017)).toBeNull();
    expect(gradeOf(Number.NaN, PERMENPANRB_14_2017)).toBeNull();
  });

  it.each([
    [43.75, 'D'],
    [43.76, 'C'],
    [62.5, 'C'],
    [62.51, 'B'],
    [81.25, 'B'],
    [81.26, 'A'],
  ])('KepmenPAN 25/2004: %f → %s', (value, mutu) => {
    expect(gradeOf(value, KEPMENPAN_25_2004)?.mutu).toBe(mutu);
  });
});

describe('sample size', () => {
  it.each([
    [10, 10],
    [50, 44],
    [100, 80],
    [200, 132],
    [300, 169],
    [500, 217],
    [550, 226],
    [1000, 278],
    [2000, 322],
    [5000, 357],
    [10000, 370],
    [100000, 384],
    [1000000, 384],
  ])('Krejcie-Morgan %i → %i', (population, minimum) => {
    expect(krejcieMorgan(population)).toBe(minimum);
  });

  it('Slovin: 550 at e = 0,10 → 85; 550 at 0,05 → 232; never above the population', () => {
    expect(slovin(550, 0.1)).toBe(85);
    expect(slovin(550, 0.05)).toBe(232);
    expect(slovin(3, 0.05)).toBe(3);
    expect(slovin(0)).toBeNull();
    expect(krejcieMorgan(0)).toBeNull();
  });
});

describe('formatShare (percentages rounded from their counts)', () => {
  it('seed 002 gender 61 L / 24 P → 71,76 / 28,24', () => {
    expect([formatShare(61, 85), formatShare(24, 85)]).toEqual(['71,76%', '28,24%']);
  });

  it('one respondent of 85 is 1,18% in every row (no largest-remainder adjustment)', () => {
    const table = buildProfileTable(
      { key: 'occupation', label: 'Pekerjaan', options: ['A', 'B', 'C'].map((code) => ({ code, label: code })) },
      new Map([
        ['A', 83],
        ['B', 1],
        ['C', 1],
      ]),
      0,
    );
    expect(table.answered).toBe(85);
    expect(table.rows.map((row) => formatShare(row.count, table.answered))).toEqual(['97,65%', '1,18%', '1,18%']);
  });

  it('rounds exact halves up where a double would not (1/800 = 0,125%; 1/1600 = 0,0625%)', () => {
    expect(formatShare(1, 800)).toBe('0,13%');
    expect(formatShare(1, 1600, 3)).toBe('0,063%');
    expect(formatShare(1, 3)).toBe('33,33%');
    expect(formatShare(0, 0)).toBe('–');
  });
});

describe('profile tables', () => {
  it('keeps declared options in order (zero counts included), pools aliases, never shows a value outside the list', () => {
    const table = buildProfileTable(
      {
        key: 'gender',
        label: 'Jenis Kelamin',
        options: [
          { code: 'L', label: 'Laki-laki', aliases: ['Pria'] },
          { code: 'P', label: 'Perempuan' },
        ],
      },
      new Map([
        ['P', 3],
        ['X', 3],
        ['Laki-laki', 1],
        ['pria', 2],
        ['perempuan', 1],
      ]),
      2,
    );
    expect(table).toMatchObject({
      rows: [
        { code: 'L', count: 3, percent: 300 / 7 },
        { code: 'P', count: 4, percent: 400 / 7 },
      ],
      answered: 7,
      unknown: 5,
      modal: ['P'],
    });
  });

  it('groups ages in ten-year bands and counts unreadable ages as unknown', () => {
    expect(ageBand('19')).toBe('< 20');
    expect(ageBand('34')).toBe('30–39');
    expect(ageBand('60')).toBe('≥ 60');
    expect(ageBand('x')).toBeNull();
    const table = buildProfileTable(
      { key: 'age', label: 'Usia', options: [] },
      new Map([
        ['34', 2],
        ['38', 1],
        ['abc', 1],
      ]),
      0,
    );
    expect(table.rows.find((row) => row.code === '30–39')).toMatchObject({ count: 3, percent: 100 });
    expect(table.unknown).toBe(1);
  });
});

describe('rankPriorities', () => {
  const unsur = (code: string, total: number, answered = 68) => ({ code, label: code, total, answered, nrr: total / answered });

  it('reports every unsur tied with the third at the cut-off, for both ends', () => {
    const result = rankPriorities([
      unsur('U1', 240),
      unsur('U2', 230),
      unsur('U3', 230),
      unsur('U4', 230),
      unsur('U5', 210),
      unsur('U6', 250),
    ]);
    expect(result.lowest.map((item) => item.code)).toEqual(['U5', 'U2', 'U3']);
    expect(result.ties.lowest.map((item) => item.code)).toEqual(['U4']);
    expect(result.highest.map((item) => item.code)).toEqual(['U6', 'U1', 'U2']);
    expect(result.ties.highest.map((item) => item.code)).toEqual(['U3', 'U4']);
  });

  it('compares NRRs as fractions: equal ratios with different denominators tie', () => {
    const result = rankPriorities([unsur('U1', 3, 1), unsur('U2', 6, 2), unsur('U3', 9, 3), unsur('U4', 12, 4)]);
    expect(result.lowest).toHaveLength(3);
    expect(result.ties.lowest).toHaveLength(1);
  });
});

describe('RTL metrics', () => {
  const item = (id: string, quarters: number[], status?: 'sudah' | 'belum'): RtlItem => ({
    id,
    unsur: 'U1',
    program: 'p',
    quarters,
    year: 2025,
    responsible: 'x',
    ...(status ? { realisation: { status, dates: [], evidence: [] } } : {}),
  });
  const rtl = { file: 'rtl.yaml', items: [item('a', [1], 'sudah'), item('b', [1, 2], 'belum'), item('c', [3]), item('d', [4], 'belum')] };

  it('% tindak lanjut = sudah / planned × 100', () => {
    expect(computeRtlMetrics(rtl, undefined)).toEqual({ planned: 4, realised: 1, percent: 25, overdue: [] });
  });

  it('overdue: last planned triwulan ended before the reference date and not sudah', () => {
    expect(lastQuarterEnd(item('b', [2, 1]))).toBe('2025-06-30');
    expect(computeRtlMetrics(rtl, '2025-06-30').overdue).toEqual([]);
    expect(computeRtlMetrics(rtl, '2025-07-01').overdue).toEqual(['b']);
    expect(computeRtlMetrics(rtl, '2026-01-01').overdue).toEqual(['b', 'c', 'd']);
  });

  it('nothing planned → percent null', () => {
    expect(computeRtlMetrics(undefined, '2025-01-01')).toEqual({ planned: 0, realised: 0, percent: null, overdue: [] });
  });
});

describe('formatting', () => {
  it('formats numbers the Indonesian way', () => {
    expect(formatNumber(85.19607843137254, 2)).toBe('85,20');
    expect(formatNumber(1234, 0)).toBe('1.234');
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
    expect(formatNumber(-2.5, 1)).toBe('-2,5');
    expect(formatNumber(null, 2)).toBe('–');
    expect(formatNumber(Number.NaN, 2)).toBe('–');
    expect(formatNumber(1234.5, 1, { locale: 'en' })).toBe('1,234.5');
  });

  it('rounds half away from zero on the decimal value, not the binary double', () => {
    expect(formatNumber(84.375, 2)).toBe('84,38');
    expect(formatNumber(3.375 * 25, 2)).toBe('84,38');
    expect(formatNumber(84.37499999999999, 2)).toBe('84,37');
    // 76,605 shows as 76,61, yet grades C: grades use the exact value.
    expect(formatNumber(76.605, 2)).toBe('76,61');
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(formatNumber(0.3355, 3)).toBe('0,336');
  });

  it('formats percentages, dates and triwulan', () => {
    expect(formatPercent(71.7647)).toBe('71,76%');
    expect(formatDate('2025-06-04')).toBe('4 Juni 2025');
    expect(formatDate('2025-12-31', { locale: 'en' })).toBe('31 December 2025');
    expect(formatDate('kemarin')).toBe('kemarin');
    expect(formatQuarter(2)).toBe('TW II');
    expect(formatQuarter(4, 2025)).toBe('TW IV 2025');
  });

  it('roundHalfUp rounds like a spreadsheet ROUND on the decimal form', () => {
    expect(roundHalfUp(0.3745, 3)).toBe(0.375);
    expect(roundHalfUp(1.0005, 3)).toBe(1.001);
    expect(roundHalfUp(3.38823529, 3)).toBe(3.388);
    expect(roundHalfUp(-0.3745, 3)).toBe(-0.375);
    // 3,05 × 0,11 is 0,33549999… as a double; ROUND of the decimal product 0,3355 is 0,336.
    expect(roundHalfUp(0.3355, 3)).toBe(0.336);
    expect(Ratio.fromDecimal(3.05).multiply(Ratio.fromDecimal(0.11)).roundHalfUp(3).toNumber()).toBe(0.336);
  });
});
