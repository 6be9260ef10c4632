/**
 * Timestamps as exports write them: ISO (`2023-02-06 09:41:12`), Google Forms' default
 * (`2023/02/06 9:41:12 AM GMT+8`) and the Indonesian spreadsheet locale (`06/02/2023 09:41:12`,
 * day first). Returns the calendar date and the hour (24 h), or undefined.
 */
import { isCalendarDate } from '../load/dates';

export interface Timestamp {
  date: string;
  hour: number | null;
  /** `HH:MM:SS` (24 h) when the text has a time of day. */
  clock: string | null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function parseTimestamp(raw: string): Timestamp | undefined {
  const text = raw.trim();
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?\s*(AM|PM)?)?/i.exec(text) ?? undefined;
  let year: number;
  let month: number;
  let day: number;
  let hourText: string | undefined;
  let minuteText: string | undefined;
  let secondText: string | undefined;
  let meridiem: string | undefined;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    [hourText, minuteText, secondText] = [match[4], match[5], match[6]];
    meridiem = match[7];
  } else {
    const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?\s*(AM|PM)?)?/i.exec(text);
    if (!local) return undefined;
    [day, month, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
    [hourText, minuteText, secondText] = [local[4], local[5], local[6]];
    meridiem = local[7];
  }
  if (!isCalendarDate(year, month, day)) return undefined;
  let hour = hourText === undefined ? null : Number(hourText);
  if (hour !== null && meridiem) {
    const pm = meridiem.toUpperCase() === 'PM';
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const clock = hour === null ? null : `${pad(hour)}:${minuteText ?? '00'}:${secondText ?? '00'}`;
  return { date: `${year}-${pad(month)}-${pad(day)}`, hour, clock };
}
