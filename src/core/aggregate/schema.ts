/**
 * The partial aggregate: the exact, mergeable interchange between a unit and whoever rolls units
 * up (docs/aggregate.md). One long table: every row is one integer `value` of one `measure` for
 * one unit and period, qualified by service, unsur, scale point, profile attribute/category as the
 * measure needs. Counts and sums are integers, so adding rows from any number of units (or
 * shards) never loses a respondent or a digit. `service = '*'` is the whole unit; never add the
 * '*' rows to the per-service rows.
 */

/** Bumped whenever a column or a measure changes meaning; readers refuse other versions. */
export const AGGREGATE_SCHEMA_VERSION = 2;

/** Service value of the rows that cover the whole unit (every respondent, with or without a service). */
export const ALL_SERVICES = '*';

export type AggregateColumnType = 'INTEGER' | 'BIGINT' | 'VARCHAR';

/** Columns in file order, with their SQL type (DuckDB and ClickHouse names are mapped in sql/). */
export const AGGREGATE_COLUMNS = [
  { name: 'schema_version', type: 'INTEGER' },
  { name: 'unit', type: 'VARCHAR' },
  { name: 'unit_name', type: 'VARCHAR' },
  { name: 'period', type: 'VARCHAR' },
  { name: 'period_label', type: 'VARCHAR' },
  { name: 'period_start', type: 'VARCHAR' },
  { name: 'period_end', type: 'VARCHAR' },
  { name: 'rule_set', type: 'VARCHAR' },
  { name: 'unsur_set', type: 'VARCHAR' },
  { name: 'mode', type: 'VARCHAR' },
  { name: 'source', type: 'VARCHAR' },
  { name: 'revision', type: 'VARCHAR' },
  { name: 'content_hash', type: 'VARCHAR' },
  { name: 'measure', type: 'VARCHAR' },
  { name: 'service', type: 'VARCHAR' },
  { name: 'unsur', type: 'VARCHAR' },
  { name: 'unsur_pair', type: 'VARCHAR' },
  { name: 'point', type: 'INTEGER' },
  { name: 'attribute', type: 'VARCHAR' },
  { name: 'category', type: 'VARCHAR' },
  { name: 'label', type: 'VARCHAR' },
  { name: 'value', type: 'BIGINT' },
] as const satisfies readonly { name: string; type: AggregateColumnType }[];

export type AggregateColumn = (typeof AGGREGATE_COLUMNS)[number]['name'];

/**
 * Measures. Which qualifiers each one uses is in docs/aggregate.md; unused qualifiers are ''
 * (text) or 0 (point).
 */
export const MEASURES = [
  'respondents',
  'without_service',
  'answered',
  'score_sum',
  'histogram',
  'excluded',
  'pair_count',
  'pair_sum_first',
  'pair_sum_second',
  'pair_product',
  'profile',
  'population',
  'sample_minimum',
  'rtl_planned',
  'rtl_realised',
  'rtl_reported',
  'rtl_overdue',
  'rtl_lowest_missing',
  'report',
] as const;

export type Measure = (typeof MEASURES)[number];

/** One row of the aggregate table. */
export interface AggregateRow {
  schema_version: number;
  unit: string;
  unit_name: string;
  period: string;
  period_label: string;
  period_start: string;
  period_end: string;
  rule_set: string;
  unsur_set: string;
  mode: string;
  source: string;
  revision: string;
  content_hash: string;
  measure: Measure;
  service: string;
  unsur: string;
  unsur_pair: string;
  point: number;
  attribute: string;
  category: string;
  label: string;
  value: number;
}

/**
 * Columns of the raw-answer table `responses` (one row per valid answer) that `sql/raw-*.sql` read,
 * for a province that collects raw responses centrally (docs/scale.md).
 */
export const RAW_RESPONSE_COLUMNS = [
  { name: 'unit', type: 'VARCHAR' },
  { name: 'period', type: 'VARCHAR' },
  { name: 'rule_set', type: 'VARCHAR' },
  { name: 'unsur_set', type: 'VARCHAR' },
  { name: 'service', type: 'VARCHAR' },
  { name: 'respondent', type: 'VARCHAR' },
  { name: 'unsur', type: 'VARCHAR' },
  { name: 'score', type: 'INTEGER' },
] as const satisfies readonly { name: string; type: AggregateColumnType }[];
