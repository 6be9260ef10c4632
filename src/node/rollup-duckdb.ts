/**
 * Runs the roll-up's `sql/` queries on DuckDB embedded and hands their rows to the core.
 */
import type { RollupInput, UnitPairRow, UnitPeriodRow, UnitUnsurRow } from '../core/rollup/rollup-input';
import { normaliseRow } from '../core/rollup/rollup-input';
import type { DuckDb } from './duckdb';
import { readSql } from './sql-files';

export async function queryRollupInput(database: DuckDb): Promise<RollupInput> {
  const run = async <T>(name: string): Promise<T[]> => (await database.rows(readSql(name))).map((row) => normaliseRow<T>(row));
  return {
    unitUnsur: await run<UnitUnsurRow>('unit-unsur'),
    unitPeriod: await run<UnitPeriodRow>('unit-period'),
    unitPairs: await run<UnitPairRow>('unit-pairs'),
  };
}
