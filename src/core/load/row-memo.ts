/**
 * Work derived from a period's parsed response rows, remembered between the editor's lint passes.
 * While a CSV's text, the unit's text and the language are unchanged, `LoadCache` hands back the
 * same rows array, so a memo is keyed on that array's identity plus a list of every other input
 * the work reads, given by the caller and compared one by one (`Object.is`: strings by value).
 * One entry per rows array — the latest inputs — in a WeakMap, so entries go with their rows.
 * Pure: no clock, no I/O. The remembered value is shared: callers must not mutate it.
 */
export class RowMemo<V> {
  private readonly entries = new WeakMap<object, { inputs: readonly unknown[]; value: V }>();
  /** Answers given from memory since the memo was made (for tests and speed figures). */
  hits = 0;

  /** The value remembered for `rows` under equal `inputs`, else `compute()`'s (then remembered). */
  get(rows: object, inputs: readonly unknown[], compute: () => V): V {
    const known = this.entries.get(rows);
    if (known && sameInputs(known.inputs, inputs)) {
      this.hits++;
      return known.value;
    }
    const value = compute();
    this.entries.set(rows, { inputs, value });
    return value;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}
