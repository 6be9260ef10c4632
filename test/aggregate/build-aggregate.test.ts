import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAggregate } from '../../src/core/aggregate/build-aggregate';
import { ALL_SERVICES } from '../../src/core/aggregate/schema';
import type { AggregateRow } from '../../src/core/aggregate/schema';
import { differingLabels, unsurSetCodes, unsurSetEntries, unsurSetOf } from '../../src/core/aggregate/unsur-set';
import { computePeriod } from '../../src/core/compute/compute-period';
import { loadWorkspace } from '../../src/core/load/load-workspace';
import { FsFiles } from '../../src/node/fs-files';

const SAMPLES = ['biro-pbj-kaltim', 'biro-umum-kaltim', 'setda-surakarta'];
const provenance = { unit: 'u', revision: 'r', contentHash: 'h', report: 'missing' };

function load(sample: string) {
  const root = path.join(__dirname, '../../samples', sample);
  const workspace = loadWorkspace(new FsFiles(root), root).workspace;
  if (!workspace) throw new Error(`sample ${sample} does not load`);
  return workspace;
}

const value = (rows: AggregateRow[], filter: Partial<AggregateRow>): number =>
  rows
    .filter((row) => Object.entries(filter).every(([key, expected]) => row[key as keyof AggregateRow] === expected))
    .reduce((sum, row) => sum + row.value, 0);

describe('buildAggregate: conservation against computePeriod', () => {
  for (const sample of SAMPLES) {
    const workspace = load(sample);
    for (const period of workspace.periods) {
      it(`${sample} ${period.id}: every respondent and every answer is kept`, () => {
        const rows = buildAggregate(workspace, period.id, provenance);
        const result = computePeriod(workspace, period.id, { mode: 'exact' });
        expect(value(rows, { measure: 'respondents', service: ALL_SERVICES })).toBe(result.respondents);
        for (const unsur of result.unsur) {
          expect(value(rows, { measure: 'answered', service: ALL_SERVICES, unsur: unsur.code })).toBe(unsur.answered);
          expect(value(rows, { measure: 'score_sum', service: ALL_SERVICES, unsur: unsur.code })).toBe(unsur.total);
          if (result.source === 'responses') {
            const histogram = rows.filter((row) => row.measure === 'histogram' && row.service === ALL_SERVICES && row.unsur === unsur.code);
            expect(histogram.reduce((sum, row) => sum + row.value, 0)).toBe(unsur.answered);
            expect(histogram.reduce((sum, row) => sum + row.value * row.point, 0)).toBe(unsur.total);
            expect(value(rows, { measure: 'excluded', unsur: unsur.code })).toBe(unsur.excluded);
          }
        }
        for (const service of result.byService) {
          expect(value(rows, { measure: 'respondents', service: service.code })).toBe(service.respondents);
          for (const unsur of service.unsur)
            expect(value(rows, { measure: 'answered', service: service.code, unsur: unsur.code })).toBe(unsur.answered);
        }
        if (result.source === 'responses') {
          const perService = rows.filter((row) => row.measure === 'respondents' && row.service !== ALL_SERVICES);
          expect(perService.reduce((sum, row) => sum + row.value, 0) + value(rows, { measure: 'without_service' })).toBe(
            result.respondents,
          );
        }
        for (const table of result.profile)
          expect(value(rows, { measure: 'profile', attribute: table.key })).toBe(
            table.rows.reduce((sum, row) => sum + row.count, 0) + table.unknown,
          );
        expect(value(rows, { measure: 'rtl_planned' })).toBe(result.rtl.planned);
        expect(value(rows, { measure: 'rtl_realised' })).toBe(result.rtl.realised);
        expect(new Set(rows.map((row) => row.unsur_set))).toEqual(new Set([unsurSetOf(workspace.unit.unsur)]));
        expect(rows.every((row) => Number.isSafeInteger(row.value) && row.value >= 0)).toBe(true);
      });
    }
  }

  it('raw responses carry the pair statistics of every unsur pair', () => {
    const workspace = load('biro-umum-kaltim');
    const period = workspace.periods.find((candidate) => candidate.responses)!;
    const rows = buildAggregate(workspace, period.id, provenance);
    const count = workspace.unit.unsur.length;
    expect(rows.filter((row) => row.measure === 'pair_count')).toHaveLength((count * (count - 1)) / 2);
  });

  it('an unknown period gives no rows', () => {
    expect(buildAggregate(load('setda-surakarta'), 'nope', provenance)).toEqual([]);
  });
});

const unsur = (code: string, label = code): { code: string; label: string } => ({ code, label });

describe('unsurSetOf', () => {
  it('sorts codes naturally, so order in skm.yaml does not matter', () => {
    expect(unsurSetCodes(unsurSetOf([unsur('U10'), unsur('U2'), unsur('U1')]))).toBe('U1,U2,U10');
    expect(unsurSetOf([unsur('U9'), unsur('U8')])).toBe(unsurSetOf([unsur('U8'), unsur('U9')]));
  });

  it('carries each code with its normalised label: case, accents, punctuation and spacing do not count', () => {
    expect(unsurSetOf([unsur('U4', 'Biaya / tarif'), unsur('U1', 'Persyaratan')])).toBe('U1=persyaratan,U4=biaya tarif');
    expect(unsurSetOf([unsur('U4', 'Biaya/Tarif')])).toBe(unsurSetOf([unsur('U4', '  BIAYA  /  Tarif. ')]));
  });

  it('a renamed unsur under the same code is another set, and the differing code is named', () => {
    const standard = unsurSetOf([unsur('U1', 'Persyaratan'), unsur('U4', 'Biaya/Tarif')]);
    const renamed = unsurSetOf([unsur('U1', 'Persyaratan'), unsur('U4', 'Kemudahan penggunaan aplikasi')]);
    expect(renamed).not.toBe(standard);
    expect(unsurSetCodes(renamed)).toBe(unsurSetCodes(standard));
    expect(differingLabels(renamed, standard)).toEqual(['U4']);
    expect(unsurSetEntries(renamed).get('U4')).toBe('kemudahan penggunaan aplikasi');
  });
});
