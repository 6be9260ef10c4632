/**
 * Dates in the workspace are ISO `YYYY-MM-DD`. Exports from Indonesian spreadsheets and Google
 * Forms write `DD/MM/YYYY` (optionally with a time); those are normalised. Returns undefined for
 * anything that is not a real calendar date.
 */
export function normaliseDate(raw: string): string | undefined {
  // A response file repeats a few hundred dates ten thousand times: each is read once.
  const known = seen.get(raw);
  if (known !== undefined) return known ?? undefined;
  const date = readDate(raw);
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(raw, date ?? null);
  return date;
}

const MAX_SEEN = 4096;
const seen = new Map<string, string | null>();

function readDate(raw: string): string | undefined {
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

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, leap years included (as `Date` counts them: years 0–99 are 1900–1999). */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  if (month === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return DAYS[month - 1]!;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
