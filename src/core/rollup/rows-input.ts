/**
 * The roll-up's input folded from aggregate rows in memory, for the editor's roll-up view, which
 * must not load DuckDB: the same sums as `sql/unit-unsur.sql`, `sql/unit-period.sql` and
 * `sql/unit-pairs.sql`, in their row order. A test holds this fold equal to DuckDB running those
 * files over the same rows, so the view and `skm rollup` cannot drift apart.
 */
import { ALL_SERVICES } from '../aggregate/schema';
import type { AggregateRow } from '../aggregate/schema';
import type { RollupInput, UnitPairRow, UnitPeriodRow, UnitUnsurRow } from './rollup-input';
import { unitPeriodRow } from './rollup-input';

const PAIR_MEASURES = new Set(['pair_count', 'pair_sum_first', 'pair_sum_second', 'pair_product']);

/** Code-unit order, as the SQL files' ORDER BY on text. */
const byText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
const maxText = (left: string, right: string): string => (right > left ? right : left);

export function rollupInputFromRows(rows: Iterable<AggregateRow>): RollupInput {
  const unsur = new Map<string, UnitUnsurRow>();
  const periods = new Map<string, UnitPeriodRow>();
  const pairs = new Map<string, UnitPairRow>();
  for (const row of rows) {
    const whole = row.service === ALL_SERVICES;
    if (whole && (row.measure === 'answered' || row.measure === 'score_sum' || row.measure === 'histogram')) {
      const key = [row.unit, row.period, row.unsur].join('\u0000');
      let entry = unsur.get(key);
      if (!entry) {
        entry = {
          unit: row.unit,
          period: row.period,
          unsur: row.unsur,
          label: row.label,
          answered: 0,
          score_sum: 0,
          sum_squares: 0,
          histogram_count: 0,
        };
        unsur.set(key, entry);
      }
      entry.label = maxText(entry.label, row.label);
      if (row.measure === 'answered') entry.answered += row.value;
      else if (row.measure === 'score_sum') entry.score_sum += row.value;
      else {
        entry.sum_squares += row.value * row.point * row.point;
        entry.histogram_count += row.value;
      }
    }
    if (whole && PAIR_MEASURES.has(row.measure)) {
      const key = [row.unit, row.period, row.unsur, row.unsur_pair].join('\u0000');
      let entry = pairs.get(key);
      if (!entry) {
        entry = {
          unit: row.unit,
          period: row.period,
          unsur: row.unsur,
          unsur_pair: row.unsur_pair,
          pair_count: 0,
          pair_sum_first: 0,
          pair_sum_second: 0,
          pair_product: 0,
        };
        pairs.set(key, entry);
      }
      entry[row.measure as 'pair_count' | 'pair_sum_first' | 'pair_sum_second' | 'pair_product'] += row.value;
    }
    if ((whole && row.measure === 'respondents') || row.service === '') foldPeriod(periods, row);
  }
  return {
    unitUnsur: [...unsur.values()].sort((a, b) => byText(a.unit, b.unit) || byText(a.period, b.period) || byText(a.unsur, b.unsur)),
    unitPeriod: [...periods.values()].sort((a, b) => byText(a.unit, b.unit) || byText(a.period, b.period)),
    unitPairs: [...pairs.values()].sort(
      (a, b) => byText(a.unit, b.unit) || byText(a.period, b.period) || byText(a.unsur, b.unsur) || byText(a.unsur_pair, b.unsur_pair),
    ),
  };
}

function foldPeriod(periods: Map<string, UnitPeriodRow>, row: AggregateRow): void {
  const key = [row.unit, row.period, row.rule_set, row.unsur_set].join('\u0000');
  let entry = periods.get(key);
  if (!entry) {
    entry = unitPeriodRow({
      unit: row.unit,
      period: row.period,
      rule_set: row.rule_set,
      unsur_set: row.unsur_set,
      unit_name: row.unit_name,
      period_label: row.period_label,
      period_start: row.period_start,
      period_end: row.period_end,
      source: row.source,
      revision: row.revision,
    });
    periods.set(key, entry);
  }
  entry.unit_name = maxText(entry.unit_name, row.unit_name);
  entry.period_label = maxText(entry.period_label, row.period_label);
  entry.period_start = maxText(entry.period_start, row.period_start);
  entry.period_end = maxText(entry.period_end, row.period_end);
  entry.source = maxText(entry.source, row.source);
  entry.revision = maxText(entry.revision, row.revision);
  const { value } = row;
  switch (row.measure) {
    case 'respondents':
      if (row.service === ALL_SERVICES) entry.respondents += value;
      break;
    case 'population':
      entry.population += value;
      entry.has_population += 1;
      break;
    case 'rtl_planned':
      entry.has_rtl += 1;
      entry.rtl_planned += value;
      break;
    // Counts summed as they are.
    case 'sample_minimum':
    case 'rtl_realised':
    case 'rtl_reported':
    case 'rtl_overdue':
    case 'rtl_lowest_missing':
      entry[row.measure] += value;
      break;
    case 'report':
      if (row.category === 'current') entry.report_current += value;
      else if (row.category === 'stale') entry.report_stale += value;
      else if (row.category === 'uncommitted') entry.report_uncommitted += value;
      break;
    default:
      break;
  }
}
