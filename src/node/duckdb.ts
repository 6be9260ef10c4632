/**
 * DuckDB embedded, loaded only by the commands that need it (`skm aggregate`, `skm rollup`):
 * `@duckdb/node-api` is an optional dependency with a native binary, so the rest of the CLI and
 * the extension never load it. `openDuckDb` returns null when the package is not installed; the
 * caller prints `duckdb.missing`.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

export interface DuckDb {
  connection: DuckDBConnection;
  /** Runs a query and returns its rows as plain objects (BIGINT as bigint). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
  close(): void;
}

type DuckDbModule = typeof import('@duckdb/node-api');

let loaded: Promise<DuckDbModule | null> | undefined;

/** The DuckDB module, or null when `@duckdb/node-api` cannot be loaded. */
export function loadDuckDbModule(): Promise<DuckDbModule | null> {
  loaded ??= import('@duckdb/node-api').then(
    (module) => module,
    () => null,
  );
  return loaded;
}

/** An in-memory DuckDB with one connection; null when the package is absent. */
export async function openDuckDb(): Promise<DuckDb | null> {
  const module = await loadDuckDbModule();
  if (!module) return null;
  const instance: DuckDBInstance = await module.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    connection,
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjects();
    },
    async run(sql) {
      await connection.run(sql);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A string as a SQL literal ('' doubled). */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
