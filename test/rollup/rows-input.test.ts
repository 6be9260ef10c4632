import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AggregateRow } from '../../src/core/aggregate/schema';
import type { RollupResult } from '../../src/core/rollup/result';
import { rollupInputFromRows } from '../../src/core/rollup/rows-input';
import { AggregateSpool } from '../../src/node/aggregate-file';
import { openDuckDb } from '../../src/node/duckdb';
import { GitFacts } from '../../src/node/git-facts';
import { queryRollupInput } from '../../src/node/rollup-duckdb';
import { NoGitFacts, rollupInMemory, unitRootsUnder } from '../../src/node/rollup-in-memory';
import { aggregateUnit } from '../../src/node/unit-aggregate';
import { generateProvince, run } from './province';

let folder = '';
let roots: string[] = [];
const rows: AggregateRow[] = [];

beforeAll(async () => {
  folder = generateProvince('skm-rows-input-');
  roots = unitRootsUnder(folder);
  const git = new GitFacts();
  for (const root of roots) rows.push(...(await aggregateUnit(root, { git })).rows);
}, 120_000);
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('the roll-up without DuckDB (the editor view)', () => {
  it('finds the units under units/ (and under the folder itself)', () => {
    expect(roots).toHaveLength(44);
    expect(roots.every((root) => root.startsWith(path.join(folder, 'units')))).toBe(true);
    expect(unitRootsUnder(path.join(folder, 'units'))).toEqual(roots);
    expect(unitRootsUnder(path.join(folder, 'does-not-exist'))).toEqual([]);
  });

  it('folds aggregate rows into exactly the rows DuckDB gets from the sql/ files, in the same order', async () => {
    const database = (await openDuckDb())!;
    const spool = new AggregateSpool();
    try {
      spool.add(rows);
      await spool.load(database, 'aggregate');
      const expected = await queryRollupInput(database);
      const folded = rollupInputFromRows(rows);
      expect(folded.unitUnsur.length).toBeGreaterThan(700);
      expect(folded.unitPairs.length).toBeGreaterThan(1000);
      expect(folded).toEqual(expected);
    } finally {
      spool.dispose();
      database.close();
    }
  });

  it('gives the same result as skm rollup --format json', async () => {
    const cli = JSON.parse((await run(['rollup', path.join(folder, 'units'), '--format', 'json'], folder)).stdout) as RollupResult;
    const memory = await rollupInMemory(roots);
    expect(memory.result).toEqual(cli);
    expect(memory.roots.get('dinas-pendidikan')).toBe(path.join(folder, 'units', 'dinas-pendidikan'));
  });

  it('without git (untrusted workspace) nothing counts as published, and no git process is needed', async () => {
    const memory = await rollupInMemory(roots.slice(0, 3), { git: new NoGitFacts() });
    expect(memory.result!.compliance.every((row) => row.checks.published !== true)).toBe(true);
  });
});
