/**
 * Exact ordering of exact-mode IKMs with the engine's `combineCounts` (a `Ratio` of big
 * integers): two units whose IKMs agree to the last digit tie, and any real difference orders
 * them. The doubles decide whenever they are more than a hair apart, so the exact path runs only
 * for near-ties.
 */
import { combineCounts, resolveMode } from '../compute/modes';
import type { Ratio } from '../compute/ratio';
import type { RollupUnsur } from './result';

interface Comparable {
  ikm: number | null;
  unsur: readonly RollupUnsur[];
}

/** Exact IKMs already computed, by the unit's unsur list (a sort compares each unit many times). */
const computed = new WeakMap<readonly RollupUnsur[], Ratio | null>();

/** The exact IKM (1–4) of a unit's counts; null without answers. */
export function exactIkm(unsur: readonly RollupUnsur[]): Ratio | null {
  if (computed.has(unsur)) return computed.get(unsur)!;
  const ikm = combineCounts(
    unsur.map((item) => ({ answered: item.answered, total: item.scoreSum })),
    resolveMode('exact', unsur.length),
  );
  computed.set(unsur, ikm);
  return ikm;
}

const HAIR = 1e-9;

/** Orders two IKMs ascending: by value, exactly when the doubles are within 1e-9. Nulls last. */
export function compareIkm(left: Comparable, right: Comparable): number {
  if (left.ikm === null || right.ikm === null) return left.ikm === null ? (right.ikm === null ? 0 : 1) : -1;
  if (Math.abs(left.ikm - right.ikm) > HAIR) return left.ikm < right.ikm ? -1 : 1;
  const a = exactIkm(left.unsur);
  const b = exactIkm(right.unsur);
  return a && b ? a.compare(b) : 0;
}
