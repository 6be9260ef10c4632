/**
 * The identity of a unit's unsur set: its unsur codes, sorted and joined with commas
 * ("U1,U2,…,U9"). Answers are keyed by code, so two units whose codes agree measure the same
 * unsur whatever their printed labels say (labels vary in wording and case between reports); a
 * unit that replaces an unsur gives it a new code, and then its set differs and a roll-up keeps it
 * apart. Codes are compared in natural order (U2 before U10).
 */
export function unsurSetOf(codes: readonly string[]): string {
  return [...codes].sort(compareCodes).join(',');
}

/** One collator for every comparison (`localeCompare` with options builds one per call). */
const natural = new Intl.Collator('en', { numeric: true });

/** Natural order of unsur codes: U2 < U10; ties by plain string order. */
export function compareCodes(left: string, right: string): number {
  return natural.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0);
}
