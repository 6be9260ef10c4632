/**
 * Workspace period → aggregate rows (docs/aggregate.md). Counts come from the engine's own
 * accumulator (`accumulatePeriod`) or the period's summary, so an aggregate holds exactly the
 * answers `skm compute` counts; histograms and the pair statistics (for the confidence interval)
 * need raw responses and are absent for summary-only periods.
 */
import { computePeriod, ruleSetOf } from '../compute/compute-period';
import type { RawStatistics } from '../compute/compute-core';
import { accumulatePeriod } from '../compute/compute-core';
import { POINT_SLOTS } from '../compute/accumulate';
import type { ScoreAccumulator } from '../compute/accumulate';
import { krejcieMorgan, slovin } from '../compute/sample-size';
import type { Period, Workspace } from '../model/types';
import { uncoveredLowestPlaces } from './lowest-coverage';
import { AGGREGATE_SCHEMA_VERSION, ALL_SERVICES } from './schema';
import type { AggregateRow, Measure } from './schema';
import { unsurSetOf } from './unsur-set';

/** Facts about the unit's files that only the Node layer can know. */
export interface AggregateProvenance {
  /** Stable id of the unit in a roll-up (default: the workspace folder name). */
  unit: string;
  /** `git rev-parse HEAD` of the workspace, '' outside git. */
  revision: string;
  /** sha256 of skm.yaml and the period's files. */
  contentHash: string;
  /** Whether the committed Laporan SKM is current: 'current' | 'stale' | 'missing' | 'uncommitted'. */
  report: string;
  /** Statistics already gathered (streamed huge CSVs), by period id. */
  statistics?: ReadonlyMap<string, RawStatistics>;
}

type Qualifiers = Partial<Pick<AggregateRow, 'service' | 'unsur' | 'unsur_pair' | 'point' | 'attribute' | 'category' | 'label'>>;

/** The aggregate rows of one period, in a stable order. */
export function buildAggregate(workspace: Workspace, periodId: string, provenance: AggregateProvenance): AggregateRow[] {
  const period = workspace.periods.find((candidate) => candidate.id === periodId);
  if (!period) return [];
  const { unit } = workspace;
  const ruleSet = ruleSetOf(workspace);
  const result = computePeriod(workspace, period.id, {
    mode: 'exact',
    ...(provenance.statistics ? { statistics: provenance.statistics } : {}),
  });
  const base = {
    schema_version: AGGREGATE_SCHEMA_VERSION,
    unit: provenance.unit,
    unit_name: unit.name,
    period: period.id,
    period_label: period.label,
    period_start: period.start,
    period_end: period.end,
    rule_set: ruleSet.id,
    unsur_set: unsurSetOf(unit.unsur),
    mode: unit.mode,
    source: result.source,
    revision: provenance.revision,
    content_hash: provenance.contentHash,
  };
  const rows: AggregateRow[] = [];
  // Every row is one object literal of one shape (no spread): tens of thousands per roll-up.
  const push = (measure: Measure, value: number, qualifiers: Qualifiers = {}): void => {
    rows.push({
      schema_version: base.schema_version,
      unit: base.unit,
      unit_name: base.unit_name,
      period: base.period,
      period_label: base.period_label,
      period_start: base.period_start,
      period_end: base.period_end,
      rule_set: base.rule_set,
      unsur_set: base.unsur_set,
      mode: base.mode,
      source: base.source,
      revision: base.revision,
      content_hash: base.content_hash,
      measure,
      service: qualifiers.service ?? '',
      unsur: qualifiers.unsur ?? '',
      unsur_pair: qualifiers.unsur_pair ?? '',
      point: qualifiers.point ?? 0,
      attribute: qualifiers.attribute ?? '',
      category: qualifiers.category ?? '',
      label: qualifiers.label ?? '',
      value,
    });
  };
  const serviceLabel = new Map(unit.services.map((service) => [service.code, service.label]));
  const raw = provenance.statistics?.get(period.id) ?? accumulatePeriod(period, unit);

  // Whole unit, then each service in code order.
  push('respondents', result.respondents, { service: ALL_SERVICES });
  if (result.source === 'responses') push('without_service', result.withoutService, { service: ALL_SERVICES });
  const services: {
    code: string;
    counts: { answered: number; total: number }[];
    respondents: number;
    points?: ScoreAccumulator;
  }[] = [{ code: ALL_SERVICES, counts: result.unsur, respondents: result.respondents }];
  if (raw) {
    raw.accumulator.settle();
    services[0]!.points = raw.accumulator.pooled;
    for (const code of [...raw.accumulator.byService.keys()].sort()) {
      const accumulator = raw.accumulator.byService.get(code)!;
      services.push({ code, respondents: accumulator.respondents, counts: countsOf(accumulator), points: accumulator });
    }
  } else if (period.summary) {
    for (const code of Object.keys(period.summary.byService).sort()) {
      const entry = period.summary.byService[code]!;
      services.push({
        code,
        respondents: entry.respondents,
        counts: unit.unsur.map((unsur) => ({
          answered: entry.unsur[unsur.code]?.answered ?? 0,
          total: entry.unsur[unsur.code]?.total ?? 0,
        })),
      });
    }
  }
  for (const service of services) {
    const label = service.code === ALL_SERVICES ? '' : (serviceLabel.get(service.code) ?? service.code);
    if (service.code !== ALL_SERVICES) push('respondents', service.respondents, { service: service.code, label });
    unit.unsur.forEach((unsur, index) => {
      const counts = service.counts[index]!;
      push('answered', counts.answered, { service: service.code, unsur: unsur.code, label: unsur.label });
      push('score_sum', counts.total, { service: service.code, unsur: unsur.code });
      // Raw responses: the answers at each scale point, from the accumulator (streamed or in memory).
      if (service.points)
        for (let point = ruleSet.scaleMin; point <= ruleSet.scaleMax; point++)
          push('histogram', service.points.points[index * POINT_SLOTS + point]!, { service: service.code, unsur: unsur.code, point });
    });
  }
  for (const unsur of result.unsur) if (unsur.excluded > 0) push('excluded', unsur.excluded, { service: ALL_SERVICES, unsur: unsur.code });
  if (raw)
    pushPairs(
      raw.accumulator.pooled,
      unit.unsur.map((unsur) => unsur.code),
      push,
    );

  for (const table of result.profile) {
    for (const row of table.rows) push('profile', row.count, { attribute: table.key, category: row.code, label: row.label });
    if (table.unknown > 0) push('profile', table.unknown, { attribute: table.key, category: '' });
  }
  pushCompliance(period, result, push);
  push('report', 1, { category: provenance.report });
  return rows;
}

function countsOf(accumulator: ScoreAccumulator): { answered: number; total: number }[] {
  return Array.from(accumulator.answered, (answered, index) => ({ answered, total: accumulator.total[index]! }));
}

function pushPairs(
  pooled: ScoreAccumulator,
  codes: readonly string[],
  push: (measure: Measure, value: number, qualifiers: Qualifiers) => void,
): void {
  for (let first = 0; first < codes.length; first++) {
    for (let second = first + 1; second < codes.length; second++) {
      const pair = pooled.pairIndex(first, second);
      const qualifiers = { service: ALL_SERVICES, unsur: codes[first]!, unsur_pair: codes[second]! };
      push('pair_count', pooled.pairCount[pair]!, qualifiers);
      push('pair_sum_first', pooled.pairSumFirst[pair]!, qualifiers);
      push('pair_sum_second', pooled.pairSumSecond[pair]!, qualifiers);
      push('pair_product', pooled.pairProduct[pair]!, qualifiers);
    }
  }
}

function pushCompliance(
  period: Period,
  result: ReturnType<typeof computePeriod>,
  push: (measure: Measure, value: number, qualifiers?: Qualifiers) => void,
): void {
  if (period.population) {
    push('population', period.population.size, { category: period.population.scope });
    const margin = period.sampling?.margin ?? 0.05;
    const minimum = period.sampling?.method === 'slovin' ? slovin(period.population.size, margin) : krejcieMorgan(period.population.size);
    if (minimum !== null) push('sample_minimum', minimum, { category: period.sampling?.method ?? 'krejcie-morgan' });
  }
  if (period.rtl) {
    push('rtl_planned', result.rtl.planned);
    push('rtl_realised', result.rtl.realised);
    push('rtl_reported', period.rtl.items.filter((item) => item.realisation !== undefined).length);
    push('rtl_overdue', result.rtl.overdue.length);
  }
  const uncovered = uncoveredLowestPlaces(result, period.rtl);
  if (uncovered !== null) push('rtl_lowest_missing', uncovered);
}
