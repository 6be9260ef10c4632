/**
 * Dates in the workspace are ISO `YYYY-MM-DD`. Exports from Indonesian spreadsheets and Google
 * Forms write `DD/MM/YYYY` (optionally with a time); those are normalised. Returns undefined for
 * anything that is not a real calendar date.
 */
export function normaliseDate(raw: string): string | undefined {
  const text = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s.*)?$/.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (local) {
    day = Number(local[1]);
    month = Number(local[2]);
    year = Number(local[3]);
  } else {
    return undefined;
  }
  return isCalendarDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
