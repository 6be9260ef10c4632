import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/core/compute/compute-period';
import { Ratio } from '../../src/core/compute/ratio';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import type { Workspace } from '../../src/core/model/types';
import { unsurSetCodes, unsurSetOf } from '../../src/core/aggregate/unsur-set';
import { PERMENPANRB_14_2017 } from '../../src/core/model/rule-sets';
import type { RollupResult } from '../../src/core/rollup/result';
import { FsFiles } from '../../src/node/fs-files';
import { generateProvince, run } from './province';

let folder = '';
let units = '';
let result: RollupResult;
const workspaces = new Map<string, Workspace>();

beforeAll(async () => {
  folder = generateProvince('skm-rollup-');
  units = path.join(folder, 'units');
  for (const name of fs.readdirSync(units)) {
    const root = path.join(units, name);
    workspaces.set(name, loadWorkspace(new FsFiles(root), root).workspace!);
  }
  const json = await run(['rollup', units, '--format', 'json'], folder);
  expect(json.code).toBe(0);
  result = JSON.parse(json.stdout) as RollupResult;
}, 120_000);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('skm rollup over the synthetic province', () => {
  it('reads every unit and both semesters; ranks 2025-s2 by default', () => {
    expect(result.units).toBe(44);
    expect(result.periods).toEqual(['2025-s1', '2025-s2']);
    expect(result.period).toBe('2025-s2');
    expect(result.mode).toBe('exact');
  });

  it('agrees with skm compute on every unit and period: counts, sums, IKM to the last digit, grade', () => {
    expect(result.figures.length).toBeGreaterThanOrEqual(86);
    for (const figure of result.figures) {
      const computed = computePeriod(workspaces.get(figure.unit)!, figure.period, { mode: 'exact' });
      expect(figure.respondents).toBe(computed.respondents);
      expect(figure.ikmConverted).toBe(computed.ikmConverted);
      expect(figure.grade).toBe(computed.grade);
      const byCode = new Map(computed.unsur.map((unsur) => [unsur.code, unsur]));
      for (const unsur of figure.unsur) {
        expect(unsur.answered).toBe(byCode.get(unsur.code)!.answered);
        expect(unsur.scoreSum).toBe(byCode.get(unsur.code)!.total);
      }
      if (computed.confidence.available) {
        expect(figure.standardError).toBeCloseTo(computed.confidence.standardError!, 9);
        expect(figure.confidence!.low).toBeCloseTo(computed.confidence.ikmConverted!.low, 9);
      } else {
        expect(figure.confidence).toBeNull();
      }
    }
  });

  it('keeps units with another rule set or unsur set apart, and pools answers within a group exactly', () => {
    expect(result.groups.map((group) => [group.ruleSet, group.units.length])).toEqual([
      ['permenpanrb-14-2017', expect.any(Number)],
      ['kepmenpan-25-2004', expect.any(Number)],
      ['permenpanrb-14-2017', expect.any(Number)],
    ]);
    const renamed = result.groups.find((group) => unsurSetCodes(group.unsurSet).includes('U4A'))!;
    const standard = result.groups[0]!;
    expect(unsurSetCodes(standard.unsurSet)).toBe('U1,U2,U3,U4,U5,U6,U7,U8,U9');
    expect(standard.unsurSet).toBe(unsurSetOf(PERMENPANRB_14_2017.unsur));
    expect(renamed.units.length + standard.units.length + result.groups[1]!.units.length).toBe(
      result.figures.filter((figure) => figure.period === '2025-s2').length,
    );
    for (const group of result.groups) {
      // Independent pooled IKM: Σ total / Σ answered per unsur over skm compute's results, exact.
      const sums = new Map<string, { answered: number; total: number }>();
      for (const unit of group.units) {
        for (const unsur of computePeriod(workspaces.get(unit.unit)!, '2025-s2').unsur) {
          const sum = sums.get(unsur.code) ?? { answered: 0, total: 0 };
          sum.answered += unsur.answered;
          sum.total += unsur.total;
          sums.set(unsur.code, sum);
        }
      }
      const nrrs = [...sums.values()].map((sum) => Ratio.of(sum.total, sum.answered));
      const pooled = nrrs
        .reduce((total, nrr) => total.add(nrr))
        .divide(Ratio.of(nrrs.length))
        .multiply(Ratio.of(25));
      expect(group.index.pooled.ikmConverted).toBe(pooled.toNumber());
      const ikms = group.units.map((unit) => unit.ikmConverted!);
      expect(group.index.unitMean.ikmConverted).toBeCloseTo(ikms.reduce((total, ikm) => total + ikm, 0) / ikms.length, 10);
      expect(group.index.chosen).toBe('pooled');
      expect(group.grades.reduce((total, grade) => total + grade.units, 0)).toBe(group.units.length);
      for (let index = 1; index < group.units.length; index++)
        expect(group.units[index - 1]!.ikmConverted!).toBeGreaterThanOrEqual(group.units[index]!.ikmConverted!);
      const lowestIn = group.unsur.reduce((total, unsur) => total + unsur.lowestIn, 0);
      expect(lowestIn).toBeGreaterThanOrEqual(3 * group.units.length);
    }
  });

  it('tests changes between semesters only where both have respondent data', () => {
    const tested = result.trend.flatMap((unit) => unit.points.filter((point) => point.significant !== null));
    expect(tested.length).toBeGreaterThan(20);
    expect(tested.some((point) => point.significant === true)).toBe(true);
    const summaryUnits = new Set(result.figures.filter((figure) => figure.source === 'summary').map((figure) => figure.unit));
    for (const unit of result.trend.filter((candidate) => summaryUnits.has(candidate.unit)))
      expect(unit.points.every((point) => point.significant === null)).toBe(true);
  });

  it('compliance: a status and the reasons for every unit', () => {
    const byUnit = new Map(result.compliance.map((row) => [row.unit, row]));
    expect(byUnit.size).toBe(44);
    expect(byUnit.get('dinas-koperasi-dan-ukm')).toMatchObject({ status: 'tidak-patuh', checks: { period: false } });
    expect(byUnit.get('dinas-pariwisata')).toMatchObject({ status: 'belum-lengkap', checks: { sample: false } });
    expect(byUnit.get('dinas-kebudayaan')).toMatchObject({ checks: { rtl: false } });
    expect(byUnit.get('dinas-pertanian')).toMatchObject({ checks: { lhtl: false } });
    // Nothing is published in a fresh, uncommitted sample.
    expect([...byUnit.values()].every((row) => row.checks.period === false || row.checks.published === false)).toBe(true);
    for (const row of byUnit.values()) expect(row.status === 'patuh' ? row.reasons.length === 0 : row.reasons.length > 0).toBe(true);
  });

  it('the Markdown report has its six sections, the index choice and the groups kept apart', async () => {
    const markdown = await run(['rollup', units, '--index', 'unit-mean'], folder);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout.match(/^## \d\. /gm)).toHaveLength(6);
    expect(markdown.stdout).toMatch(/rata-rata IKM unit; setiap unit berbobot sama/);
    expect(markdown.stdout).toMatch(/dipisah menjadi 3 kelompok/);
  });
});

describe('skm rollup sources', () => {
  it('aggregate files and workspaces give the same figures; the same unit twice is refused', async () => {
    const parquet = path.join(folder, 'a.parquet');
    const csv = path.join(folder, 'b.csv');
    expect((await run(['aggregate', path.join(units, 'dinas-pendidikan'), '--out', parquet], folder)).code).toBe(0);
    expect((await run(['aggregate', path.join(units, 'dinas-kesehatan'), '--out', csv], folder)).code).toBe(0);
    const mixed = await run(['rollup', parquet, csv, path.join(units, 'dinas-sosial'), '--json'], folder);
    expect(mixed.code).toBe(0);
    const figures = (JSON.parse(mixed.stdout) as RollupResult).figures;
    expect(figures.map((figure) => figure.unit).sort()).toEqual([
      'dinas-kesehatan',
      'dinas-kesehatan',
      'dinas-pendidikan',
      'dinas-pendidikan',
      'dinas-sosial',
      'dinas-sosial',
    ]);
    for (const figure of figures) {
      const full = result.figures.find((candidate) => candidate.unit === figure.unit && candidate.period === figure.period)!;
      expect(figure).toEqual(full);
    }
    const twice = await run(['rollup', parquet, path.join(units, 'dinas-pendidikan')], folder);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('dinas-pendidikan');
  });

  it('refuses a folder without units, a non-aggregate file and an unknown period', async () => {
    expect((await run(['rollup', path.join(folder, 'README.md')], folder)).code).toBe(2);
    fs.mkdirSync(path.join(folder, 'empty'), { recursive: true });
    expect((await run(['rollup', path.join(folder, 'empty')], folder)).code).toBe(2);
    expect((await run(['rollup', units, '--period', '1999'], folder)).code).toBe(2);
  });
});

describe('skm rollup: the unsur set is codes with their labels', () => {
  it('a unit that renamed U4 under the same code is kept apart and named; a label differing only in case and spacing pools', async () => {
    const standard = result.groups[0]!.units.slice(0, 3).map((unit) => unit.unit);
    const pair = path.join(folder, 'labels', 'units');
    for (const unit of standard) fs.cpSync(path.join(units, unit), path.join(pair, unit), { recursive: true });
    const relabel = (unit: string, label: string): void => {
      const file = path.join(pair, unit, 'skm.yaml');
      const list = [
        'unsur:',
        ...PERMENPANRB_14_2017.unsur.map((item) =>
          item.code === 'U4' ? `  - { code: U4, label: ${label} }` : `  - { code: ${item.code} }`,
        ),
      ];
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('mode: exact\n', `mode: exact\n${list.join('\n')}\n`));
    };
    relabel(standard[1]!, 'Kemudahan Penggunaan Aplikasi');
    relabel(standard[2]!, 'BIAYA  /  TARIF');
    const json = await run(['rollup', pair, '--format', 'json', '--period', '2025-s2'], folder);
    expect(json.code).toBe(0);
    const grouped = JSON.parse(json.stdout) as RollupResult;
    expect(grouped.groups.map((group) => group.units.map((unit) => unit.unit).sort())).toEqual(
      expect.arrayContaining([[standard[0], standard[2]].sort(), [standard[1]]]),
    );
    expect(grouped.groups).toHaveLength(2);
    expect(new Set(grouped.groups.map((group) => unsurSetCodes(group.unsurSet)))).toEqual(new Set(['U1,U2,U3,U4,U5,U6,U7,U8,U9']));
    const markdown = await run(['rollup', pair, '--period', '2025-s2'], folder, { SKM_LANG: 'en' });
    expect(markdown.stdout).toContain('unsur labels differ: U4 «kemudahan penggunaan aplikasi»');
    expect(markdown.stdout).toContain('unsur labels differ: U4 «biaya tarif»');
  });
});
