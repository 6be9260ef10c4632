/**
 * What the roll-up reads: the rows of the `sql/` queries (unit-unsur, unit-period, unit-pairs),
 * whichever engine ran them (DuckDB embedded, or ClickHouse through a Distributed table). Every
 * figure is an integer sum; the roll-up divides only at the end.
 */

/** A row of sql/unit-unsur.sql (the unit-period's rule set and unsur set are on its UnitPeriodRow). */
export interface UnitUnsurRow {
  unit: string;
  period: string;
  unsur: string;
  label: string;
  answered: number;
  score_sum: number;
  sum_squares: number;
  histogram_count: number;
}

/** A row of sql/unit-period.sql. */
export interface UnitPeriodRow {
  unit: string;
  period: string;
  rule_set: string;
  unsur_set: string;
  unit_name: string;
  period_label: string;
  period_start: string;
  period_end: string;
  source: string;
  revision: string;
  respondents: number;
  population: number;
  has_population: number;
  sample_minimum: number;
  has_rtl: number;
  rtl_planned: number;
  rtl_realised: number;
  rtl_reported: number;
  rtl_overdue: number;
  rtl_lowest_missing: number;
  report_current: number;
  report_stale: number;
  report_uncommitted: number;
}

/** What names a unit-period row; the rest are counts. */
export type UnitPeriodFacts = Pick<
  UnitPeriodRow,
  'unit' | 'period' | 'rule_set' | 'unsur_set' | 'unit_name' | 'period_label' | 'period_start' | 'period_end' | 'source' | 'revision'
>;

/** A unit-period row with `facts`, its counts from `counts` and 0 for every other count. */
export function unitPeriodRow(facts: UnitPeriodFacts, counts: Partial<Omit<UnitPeriodRow, keyof UnitPeriodFacts>> = {}): UnitPeriodRow {
  return {
    ...facts,
    respondents: 0,
    population: 0,
    has_population: 0,
    sample_minimum: 0,
    has_rtl: 0,
    rtl_planned: 0,
    rtl_realised: 0,
    rtl_reported: 0,
    rtl_overdue: 0,
    rtl_lowest_missing: 0,
    report_current: 0,
    report_stale: 0,
    report_uncommitted: 0,
    ...counts,
  };
}

/** A row of sql/unit-pairs.sql. */
export interface UnitPairRow {
  unit: string;
  period: string;
  unsur: string;
  unsur_pair: string;
  pair_count: number;
  pair_sum_first: number;
  pair_sum_second: number;
  pair_product: number;
}

export interface RollupInput {
  unitUnsur: UnitUnsurRow[];
  unitPeriod: UnitPeriodRow[];
  unitPairs: UnitPairRow[];
}

/** Column names of each query's rows, for adapters that read untyped result sets. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'answered',
  'score_sum',
  'sum_squares',
  'histogram_count',
  'respondents',
  'population',
  'has_population',
  'sample_minimum',
  'has_rtl',
  'rtl_planned',
  'rtl_realised',
  'rtl_reported',
  'rtl_overdue',
  'rtl_lowest_missing',
  'report_current',
  'report_stale',
  'report_uncommitted',
  'pair_count',
  'pair_sum_first',
  'pair_sum_second',
  'pair_product',
  'units',
]);

/** Turns an engine's row (bigint or numeric strings) into plain numbers for the numeric columns. */
export function normaliseRow<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (NUMERIC_COLUMNS.has(key)) {
      const number = typeof value === 'bigint' || typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
      if (!Number.isSafeInteger(number)) throw new RangeError(`${key} is not a safe integer`);
      out[key] = number;
    } else {
      out[key] = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
    }
  }
  return out as T;
}
