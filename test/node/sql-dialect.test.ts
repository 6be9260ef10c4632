import { describe, expect, it } from 'vitest';
import { AGGREGATE_COLUMNS, RAW_RESPONSE_COLUMNS } from '../../src/core/aggregate/schema';
import { createTable, toClickHouseDdl } from '../../src/node/sql-dialect';

describe('the one DuckDB → ClickHouse rewrite: table definitions', () => {
  it('maps every column type and drops NOT NULL, keeping names and order', () => {
    const ddl = toClickHouseDdl(createTable('aggregate_local', AGGREGATE_COLUMNS), 'MergeTree() ORDER BY (unit, period)');
    expect(ddl).not.toMatch(/VARCHAR|BIGINT|INTEGER|NOT NULL/);
    const columns = /\((.*)\) ENGINE/.exec(ddl)![1]!.split(', ');
    expect(columns).toEqual(
      AGGREGATE_COLUMNS.map((column) => `${column.name} ${{ VARCHAR: 'String', BIGINT: 'Int64', INTEGER: 'Int32' }[column.type]}`),
    );
    expect(ddl).toMatch(/ENGINE = MergeTree\(\) ORDER BY \(unit, period\)$/);
  });

  it('a column name containing a type word is left alone', () => {
    expect(toClickHouseDdl(createTable('t', [{ name: 'integer_count', type: 'BIGINT' }]), 'Memory')).toBe(
      'CREATE TABLE IF NOT EXISTS t (integer_count Int64) ENGINE = Memory',
    );
    expect(toClickHouseDdl(createTable('responses_local', RAW_RESPONSE_COLUMNS), 'Memory')).toContain('score Int32');
  });
});
