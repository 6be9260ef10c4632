/**
 * A roll-up without DuckDB, for the editor: each unit workspace under a folder (its children or
 * `units/*` with a skm.yaml — a monorepo, or checkouts side by side) is aggregated in-process with
 * the streaming scanner (`aggregateUnit`, as `skm rollup` does), the rows are folded in memory
 * (`rollupInputFromRows`, held equal to the `sql/` queries by a test) and `computeRollup` makes
 * the same `RollupResult` as `skm rollup --format json`.
 */
import { computeRollup } from '../core/rollup/compute-rollup';
import type { RollupResult } from '../core/rollup/result';
import { rollupInputFromRows } from '../core/rollup/rows-input';
import type { AggregateRow } from '../core/aggregate/schema';
import { GitFacts } from './git-facts';
import { aggregateUnit } from './unit-aggregate';
import { unitRootsUnder } from './unit-roots';

export { unitRootsUnder };

/** Git facts for an untrusted workspace: no process is started; nothing counts as committed. */
export class NoGitFacts extends GitFacts {
  override revision(): Promise<string> {
    return Promise.resolve('');
  }
  override isCommitted(): Promise<boolean> {
    return Promise.resolve(false);
  }
}

export interface InMemoryRollup {
  result: RollupResult | undefined;
  /** Unit id → its workspace folder. */
  roots: Map<string, string>;
  /** Workspaces whose skm.yaml could not be read (left out). */
  unreadable: string[];
}

export async function rollupInMemory(roots: readonly string[], options: { git?: GitFacts } = {}): Promise<InMemoryRollup> {
  const git = options.git ?? new GitFacts();
  const rows: AggregateRow[] = [];
  const byUnit = new Map<string, string>();
  const unreadable: string[] = [];
  for (const root of roots) {
    const aggregated = await aggregateUnit(root, { git });
    if (!aggregated.loaded.workspace) {
      unreadable.push(root);
      continue;
    }
    byUnit.set(aggregated.unit, root);
    for (const row of aggregated.rows) rows.push(row);
  }
  const input = rollupInputFromRows(rows);
  return { result: input.unitPeriod.length === 0 ? undefined : computeRollup(input), roots: byUnit, unreadable };
}
