/**
 * The roll-up's queries live in `sql/` as plain files that DuckDB and ClickHouse both run
 * (docs/scale.md). This finds the folder from the running module (the bundle in `dist/`, or the
 * sources under `src/node/`) and reads a query once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const cache = new Map<string, string>();

/** The `sql/` folder of the installation. */
export function sqlFolder(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 4; depth++) {
    const candidate = path.join(folder, 'sql');
    if (fs.existsSync(path.join(candidate, 'unit-unsur.sql'))) return candidate;
    folder = path.dirname(folder);
  }
  throw new Error(`sql/ not found above ${__dirname}`);
}

/** The text of `sql/<name>.sql`. */
export function readSql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(sqlFolder(), `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
