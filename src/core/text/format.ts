/**
 * Indonesian number and date formatting for every user-facing output: decimal comma, thousands
 * dot (`1.234,50`), `4 Juni 2025`, `TW II`.
 *
 * Rounding convention (documented in docs/compute-json.md): decimal half away from zero on the
 * number's shortest decimal form — the value the engine computed exactly and then stored as its
 * nearest double — so 1,005 shows 1,01 and 84,375 shows 84,38, like a spreadsheet's ROUND; no
 * binary artefact decides a printed digit. Display rounding never decides a grade: 76,605 shows as
 * 76,61 but grades C, because grades use the exact value.
 */

import { Ratio } from '../compute/ratio';
import { getLocale } from './messages';

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * Options shared by the formatters; `locale` defaults to the current message language
 * (`setLocale`), which is Indonesian unless chosen otherwise and always Indonesian in reports.
 */
export interface FormatOptions {
  locale?: 'id' | 'en';
  /** Group thousands (default true). */
  grouping?: boolean;
}

/**
 * `formatNumber(85.196, 2)` → `85,20`; `formatNumber(1234, 0)` → `1.234`. Non-finite values and
 * null give `–`. English locale gives `85.20` / `1,234`.
 */
export function formatNumber(value: number | null | undefined, decimals: number, options: FormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const english = (options.locale ?? getLocale()) === 'en';
  const fixed = Ratio.fromDecimal(Math.abs(value)).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const separator = english ? ',' : '.';
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const isZero = /^[0.]*$/.test(fixed);
  const sign = value < 0 && !isZero ? '-' : '';
  return sign + grouped + (fraction === undefined ? '' : (english ? '.' : ',') + fraction);
}

/**
 * A share of a count as a percentage, rounded half up on the exact ratio: `formatShare(1, 85)` →
 * `1,18%` in every row and table it appears in. `–` when the total is not positive.
 */
export function formatShare(count: number, total: number, decimals = 2, options: FormatOptions = {}): string {
  if (!(total > 0) || !Number.isInteger(count) || !Number.isInteger(total)) return '–';
  const text = Ratio.of(count * 100, total).toFixed(decimals);
  return `${formatNumber(Number(text), decimals, options)}%`;
}

/** `formatPercent(71.7647, 2)` → `71,76%`. */
export function formatPercent(value: number | null | undefined, decimals = 2, options: FormatOptions = {}): string {
  const text = formatNumber(value, decimals, options);
  return text === '–' ? text : `${text}%`;
}

/** `formatDate('2025-06-04')` → `4 Juni 2025`; anything not an ISO date is returned unchanged. */
export function formatDate(isoDate: string, options: FormatOptions = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const months = (options.locale ?? getLocale()) === 'en' ? MONTHS_EN : MONTHS_ID;
  const name = months[Number(month) - 1];
  if (name === undefined) return isoDate;
  return `${Number(day)} ${name} ${year}`;
}

/** I–IV for quarters and semesters; other numbers stay Arabic. */
export function romanNumeral(value: number): string {
  return ROMAN[value - 1] ?? String(value);
}

/** `formatQuarter(2)` → `TW II`; `formatQuarter(2, 2025)` → `TW II 2025`. */
export function formatQuarter(quarter: number, year?: number): string {
  const roman = romanNumeral(quarter);
  return year === undefined ? `TW ${roman}` : `TW ${roman} ${year}`;
}
