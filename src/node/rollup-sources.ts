/**
 * What `skm rollup` reads: unit workspaces (a folder with skm.yaml, or a folder whose children or
 * `units/*` hold one — a monorepo, or several checkouts side by side) and aggregate files
 * (.parquet, .csv, .jsonl). Everything is queryable as one DuckDB relation `aggregate`. The same unit
 * and period from two sources is refused, never added twice.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AGGREGATE_COLUMNS, AGGREGATE_SCHEMA_VERSION } from '../core/aggregate/schema';
import type { Diagnostic } from '../core/model/diagnostic';
import { AGGREGATE_TABLE, AggregateSpool, readAggregateExpression } from './aggregate-file';
import type { DuckDb } from './duckdb';
import { GitFacts } from './git-facts';
import { aggregateUnit } from './unit-aggregate';
import { unitRootsUnder } from './unit-roots';

export interface RollupSource {
  kind: 'workspace' | 'file';
  path: string;
}

export class RollupSourceError extends Error {
  constructor(
    message: string,
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(message);
  }
}

/** Where the rows of workspaces go; `aggregate` is a view over it and the files. */
const WORKSPACE_TABLE = 'aggregate_rows';

const AGGREGATE_FILE = /\.(parquet|csv|jsonl|ndjson|json)$/i;

/** Expands the command's paths into workspaces and aggregate files, in a stable order. */
export function resolveSources(paths: readonly string[]): RollupSource[] {
  const sources: RollupSource[] = [];
  for (const given of paths) {
    const stat = fs.statSync(given);
    if (stat.isFile()) {
      if (!AGGREGATE_FILE.test(given)) throw new RollupSourceError(given, 'rollup.not-aggregate', { path: given });
      sources.push({ kind: 'file', path: given });
      continue;
    }
    if (fs.existsSync(path.join(given, 'skm.yaml'))) {
      sources.push({ kind: 'workspace', path: given });
      continue;
    }
    const found = unitRootsUnder(given);
    if (found.length === 0) throw new RollupSourceError(given, 'rollup.no-units', { path: given });
    sources.push(...found.map((folder) => ({ kind: 'workspace' as const, path: folder })));
  }
  return sources;
}

export interface LoadedSources {
  /** Load diagnostics of workspaces whose skm.yaml could not be read (they are left out). */
  diagnostics: { root: string; diagnostics: Diagnostic[] }[];
  workspaces: number;
  files: number;
}

/**
 * Makes every source queryable as `aggregate` in `database`: workspaces' rows go into a table
 * `aggregate_rows`; aggregate files are read in place (a view over `read_parquet`/`read_csv`, so a
 * national file is streamed by each query, never copied into memory).
 */
export async function loadSources(database: DuckDb, sources: readonly RollupSource[]): Promise<LoadedSources> {
  const columns = AGGREGATE_COLUMNS.map((column) => column.name).join(', ');
  const parts = [`SELECT ${columns} FROM ${WORKSPACE_TABLE}`];
  const seen = new Map<string, string>();
  const claim = (unit: string, period: string, source: string): void => {
    const key = `${unit}\u0000${period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== source)
      throw new RollupSourceError(key, 'rollup.duplicate', { unit, period, first: earlier, second: source });
    seen.set(key, source);
  };
  const result: LoadedSources = { diagnostics: [], workspaces: 0, files: 0 };
  const git = new GitFacts();
  const spool = new AggregateSpool();
  try {
    await loadEach();
    await spool.load(database, WORKSPACE_TABLE);
  } finally {
    spool.dispose();
  }
  await database.run(`CREATE VIEW ${AGGREGATE_TABLE} AS ${parts.join(' UNION ALL ')}`);
  return result;

  async function loadEach(): Promise<void> {
    for (const source of sources) {
      if (source.kind === 'workspace') {
        const aggregated = await aggregateUnit(source.path, { git });
        if (!aggregated.loaded.workspace) {
          result.diagnostics.push({ root: source.path, diagnostics: aggregated.loaded.diagnostics });
          continue;
        }
        for (const period of new Set(aggregated.rows.map((row) => row.period))) claim(aggregated.unit, period, source.path);
        spool.add(aggregated.rows);
        result.workspaces++;
        continue;
      }
      const expression = readAggregateExpression(source.path);
      // One scan: the schema version and the unit-periods the file holds (a file read alone
      // cannot repeat another source's unit-period: only its version is read).
      const alone = sources.length === 1;
      let found: Record<string, unknown>[];
      try {
        found = await database.rows(`SELECT DISTINCT schema_version AS version${alone ? '' : ', unit, period'} FROM ${expression}`);
      } catch (error) {
        throw new RollupSourceError(source.path, 'rollup.unreadable-file', {
          path: source.path,
          message: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        });
      }
      const other = found.map((row) => Number(row['version'])).find((version) => version !== AGGREGATE_SCHEMA_VERSION);
      if (other !== undefined)
        throw new RollupSourceError(source.path, 'rollup.bad-version', {
          path: source.path,
          version: other,
          expected: AGGREGATE_SCHEMA_VERSION,
        });
      if (!alone) for (const row of found) claim(String(row['unit']), String(row['period']), source.path);
      parts.push(`SELECT ${columns} FROM ${expression}`);
      result.files++;
    }
  }
}
