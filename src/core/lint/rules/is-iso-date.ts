import { normaliseDate } from '../../load/dates';

/** True for a real calendar date written `YYYY-MM-DD` (the only form compared as text). */
export function isIsoDate(value: string | undefined): value is string {
  return value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value) && normaliseDate(value) === value;
}

/** Whole days from `start` to `end` (both ISO), inclusive of both ends. */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}
