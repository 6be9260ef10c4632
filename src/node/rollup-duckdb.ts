/**
 * Runs the roll-up's `sql/` queries on DuckDB embedded and hands their rows to the core. Results
 * are read column by column (one conversion per column, not per cell), and each row object is
 * built once, already normalised.
 */
import type { RollupInput, UnitPairRow, UnitPeriodRow, UnitUnsurRow } from '../core/rollup/rollup-input';
import { NUMERIC_COLUMNS } from '../core/rollup/rollup-input';
import type { DuckDb } from './duckdb';
import { readSql } from './sql-files';

/**
 * The rows of a query as plain objects: numeric columns as safe integers, the rest as text. The
 * result is streamed chunk by chunk (DuckDB keeps no second copy), and repeated text (unit,
 * period, rule set, unsur set: the same in many rows) is interned, so each distinct value is
 * held once.
 */
export async function queryRows<T>(database: DuckDb, sql: string): Promise<T[]> {
  const result = await database.connection.stream(sql);
  const names = result.columnNames();
  const numeric = names.map((name) => NUMERIC_COLUMNS.has(name));
  const interned = new Map<string, string>();
  const rows: T[] = [];
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const columns = names.map((name, index) => {
      const values = chunk.getColumnValues(index);
      if (numeric[index]) return values.map((value) => safeInteger(name, value));
      return values.map((value) => {
        const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : '';
        const known = interned.get(text);
        if (known !== undefined) return known;
        interned.set(text, text);
        return text;
      });
    });
    for (let row = 0; row < chunk.rowCount; row++) {
      const out: Record<string, unknown> = {};
      for (let column = 0; column < names.length; column++) out[names[column]!] = columns[column]![row];
      rows.push(out as T);
    }
  }
  return rows;
}

function safeInteger(name: string, value: unknown): number {
  const number = typeof value === 'bigint' || typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number)) throw new RangeError(`${name} is not a safe integer`);
  return number;
}

export async function queryRollupInput(database: DuckDb): Promise<RollupInput> {
  return {
    unitUnsur: await queryRows<UnitUnsurRow>(database, readSql('unit-unsur')),
    unitPeriod: await queryRows<UnitPeriodRow>(database, readSql('unit-period')),
    unitPairs: await queryRows<UnitPairRow>(database, readSql('unit-pairs')),
  };
}
