/**
 * Where DuckDB and ClickHouse differ for the roll-up — and it is only the table definitions: the
 * queries in `sql/` run unchanged on both. `createTable` writes the DuckDB DDL from a column list;
 * `toClickHouseDdl` is the one rewrite (docs/scale.md): ClickHouse type names (VARCHAR → String,
 * BIGINT → Int64, INTEGER → Int32), no `NOT NULL` (ClickHouse columns are not nullable unless
 * declared `Nullable`), and the table engine clause the ClickHouse table needs.
 */
import type { AggregateColumnType } from '../core/aggregate/schema';

const CLICKHOUSE_TYPES: Record<AggregateColumnType, string> = { VARCHAR: 'String', BIGINT: 'Int64', INTEGER: 'Int32' };

/** DuckDB: `CREATE TABLE IF NOT EXISTS name (col TYPE NOT NULL, …)`. */
export function createTable(name: string, columns: readonly { name: string; type: AggregateColumnType }[]): string {
  return `CREATE TABLE IF NOT EXISTS ${name} (${columns.map((column) => `${column.name} ${column.type} NOT NULL`).join(', ')})`;
}

/** The DuckDB DDL of `createTable` rewritten for ClickHouse, with `engine` appended. */
export function toClickHouseDdl(duckDbDdl: string, engine: string): string {
  const rewritten = duckDbDdl
    .replace(/\s+NOT NULL/g, '')
    .replace(/\b(VARCHAR|BIGINT|INTEGER)\b/g, (type) => CLICKHOUSE_TYPES[type as AggregateColumnType]);
  return `${rewritten} ENGINE = ${engine}`;
}
