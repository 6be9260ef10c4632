import { describe, expect, it } from 'vitest';
import { AGGREGATE_COLUMNS, AGGREGATE_SCHEMA_VERSION } from '../../src/core/aggregate/schema';
import type { AggregateRow } from '../../src/core/aggregate/schema';
import type { RollupResult } from '../../src/core/rollup/result';
import { AggregateSpool } from '../../src/node/aggregate-file';
import { openDuckDb } from '../../src/node/duckdb';
import { queryRows } from '../../src/node/rollup-duckdb';
import { writeRollupJson } from '../../src/node/rollup-json';

const row = (label: string, value: number, unit = 'u1'): AggregateRow => ({
  schema_version: AGGREGATE_SCHEMA_VERSION,
  unit,
  unit_name: 'Dinas "Satu", Kota',
  period: '2025-s1',
  period_label: 'Semester I',
  period_start: '2025-01-01',
  period_end: '2025-06-30',
  rule_set: 'permenpanrb-14-2017',
  unsur_set: 'U1',
  mode: 'exact',
  source: 'responses',
  revision: '',
  content_hash: '',
  measure: 'answered',
  service: '*',
  unsur: 'U1',
  unsur_pair: '',
  point: 0,
  attribute: '',
  category: '',
  label,
  value,
});

describe('the aggregate spool (bulk load through one CSV file)', () => {
  it('loads every row and every text exactly: quotes, commas, newlines, empty text, big values', async () => {
    const rows = [
      row('a, "quoted" label', 1),
      row('two\nlines', 2),
      row('', 3),
      row('  spaces kept  ', 9_007_199_254_740_991),
      row('Ünïcödé — ok', 0, 'u2'),
    ];
    const database = (await openDuckDb())!;
    const spool = new AggregateSpool();
    try {
      spool.add(rows.slice(0, 2));
      spool.add(rows.slice(2));
      await spool.load(database, 'spooled');
      const back = await database.rows(`SELECT * FROM spooled`);
      expect(back).toHaveLength(rows.length);
      back.forEach((loaded, index) => {
        for (const column of AGGREGATE_COLUMNS) expect(String(loaded[column.name])).toBe(String(rows[index]![column.name]));
      });
    } finally {
      spool.dispose();
      database.close();
    }
  });

  it('an empty spool still creates the table, with no rows', async () => {
    const database = (await openDuckDb())!;
    const spool = new AggregateSpool();
    try {
      await spool.load(database, 'empty_rows');
      expect(await database.rows('SELECT count(*) AS n FROM empty_rows')).toEqual([{ n: 0n }]);
    } finally {
      spool.dispose();
      database.close();
    }
  });

  it('query rows come back normalised: numeric columns as numbers, text as the same string instance', async () => {
    const database = (await openDuckDb())!;
    try {
      const rows = await queryRows<{ unit: string; answered: number }>(
        database,
        `SELECT 'unit-' || (i % 2)::VARCHAR AS unit, (i * 3)::BIGINT AS answered FROM range(5000) t(i) ORDER BY i`,
      );
      expect(rows).toHaveLength(5000);
      expect(rows[4999]).toEqual({ unit: 'unit-1', answered: 14997 });
      expect(typeof rows[0]!.answered).toBe('number');
      expect(Object.is(rows[1]!.unit, rows[4999]!.unit)).toBe(true);
      await expect(queryRows(database, `SELECT 9007199254740993::BIGINT AS answered`)).rejects.toThrow(/safe integer/);
    } finally {
      database.close();
    }
  });
});

describe('the roll-up JSON written piece by piece', () => {
  it('is byte for byte JSON.stringify(result, null, 2) with a final newline', () => {
    const result = {
      schemaVersion: 1,
      period: '2025-s1',
      periods: ['2025-s1', '2025-s2'],
      mode: 'exact',
      units: 2,
      groups: [{ ruleSet: 'r', unsurSet: 'U1', units: [{ rank: 1, unit: 'a', nested: { x: [1, 2] } }] }],
      trend: [],
      compliance: [
        { unit: 'a', reasons: ['x "y"\nz'] },
        { unit: 'b', reasons: [] },
      ],
      figures: [{ unit: 'a', confidence: null, unsur: [{ code: 'U1', nrr: 3.25 }] }],
    } as unknown as RollupResult;
    let text = '';
    writeRollupJson(result, (piece) => (text += piece));
    expect(text).toBe(`${JSON.stringify(result, null, 2)}\n`);
  });

  it('stays byte for byte equal across slice boundaries (arrays of 511 to 1,537 elements)', () => {
    for (const length of [511, 512, 513, 1024, 1537]) {
      const figures = Array.from({ length }, (_, index) => ({
        unit: `u${index}`,
        nrr: index / 7,
        unsur: [{ code: 'U1', label: 'a\n"b"' }],
      }));
      const result = { schemaVersion: 1, figures, trend: figures.slice(0, 3), compliance: [] } as unknown as RollupResult;
      const pieces: string[] = [];
      writeRollupJson(result, (piece) => pieces.push(piece));
      expect(pieces.join('')).toBe(`${JSON.stringify(result, null, 2)}\n`);
      // Written in slices, never as one document-sized piece: the longest holds at most 512 elements.
      const longest = Math.max(...pieces.map((piece) => piece.length));
      expect(longest).toBeLessThanOrEqual(JSON.stringify(figures.slice(0, 512), null, 4).length);
    }
  });
});
