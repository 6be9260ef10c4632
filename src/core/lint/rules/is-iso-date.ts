import { isCalendarDate } from '../../load/dates';

const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * True for a real calendar date written `YYYY-MM-DD` (the only form compared as text), the year
 * without a leading zero — exactly the strings `normaliseDate` returns unchanged. Read by
 * character: it runs on every response row.
 */
export function isIsoDate(value: string | undefined): value is string {
  if (value === undefined || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(0) === 48)
    return false;
  for (const index of DIGITS) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return isCalendarDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Whole days from `start` to `end` (both ISO), inclusive of both ends. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}
