/**
 * The identity of a unit's unsur set: each unsur's code with its normalised label, sorted by code
 * and joined with commas ("U1=persyaratan,U2=sistem mekanisme dan prosedur,…"). Answers are keyed
 * by code, but a code alone does not say what was asked: a unit that put "Kemudahan penggunaan
 * aplikasi" under U4 in place of Biaya/Tarif measured something else, and pooling its U4 with
 * other units' would mix two questions. So two units share a set only when every code carries the
 * same label — compared after normalising case, accents, punctuation and spacing (`categoryKey`:
 * "Biaya / tarif" = "Biaya/Tarif") — and a roll-up keeps any other unit apart, with the labels
 * that differ printed. Codes are compared in natural order (U2 before U10).
 */
import { categoryKey } from '../model/categories';

export function unsurSetOf(unsur: readonly { code: string; label: string }[]): string {
  return [...unsur]
    .sort((left, right) => compareCodes(left.code, right.code))
    .map((item) => `${item.code}=${categoryKey(item.label)}`)
    .join(',');
}

/** The set's entries as code → normalised label, in set order. */
export function unsurSetEntries(set: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const entry of set.split(',')) {
    if (entry === '') continue;
    const at = entry.indexOf('=');
    entries.set(at === -1 ? entry : entry.slice(0, at), at === -1 ? '' : entry.slice(at + 1));
  }
  return entries;
}

/** The set's codes, comma-joined ("U1,U2,…,U9"): how a heading names the set. */
export function unsurSetCodes(set: string): string {
  return [...unsurSetEntries(set).keys()].join(',');
}

/** Codes both sets have whose labels differ, in set order. */
export function differingLabels(set: string, other: string): string[] {
  const mine = unsurSetEntries(set);
  const theirs = unsurSetEntries(other);
  return [...mine.entries()].filter(([code, label]) => theirs.has(code) && theirs.get(code) !== label).map(([code]) => code);
}

/** One collator for every comparison (`localeCompare` with options builds one per call). */
const natural = new Intl.Collator('en', { numeric: true });

/**
 * Comparisons already made, by left then right code: a roll-up sorts the same few codes for tens
 * of thousands of units, and a collator call costs more than two map look-ups. Bounded (codes
 * come from user files).
 */
const compared = new Map<string, Map<string, number>>();
let comparedSize = 0;
const COMPARED_KEPT = 4096;

/** Natural order of unsur codes: U2 < U10; ties by plain string order. */
export function compareCodes(left: string, right: string): number {
  let row = compared.get(left);
  const known = row?.get(right);
  if (known !== undefined) return known;
  const order = natural.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0);
  if (comparedSize >= COMPARED_KEPT) {
    compared.clear();
    comparedSize = 0;
    row = undefined;
  }
  if (row === undefined) {
    row = new Map<string, number>();
    compared.set(left, row);
  }
  row.set(right, order);
  comparedSize++;
  return order;
}
