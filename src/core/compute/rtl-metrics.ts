/**
 * RTL metrics: % tindak lanjut = items with status `sudah` / planned items × 100, and the items
 * that are overdue — the last triwulan they were planned for ended before the reference date
 * (the caller's `referenceDate`, else the period's `reportDate`) and they are not `sudah`.
 */
import type { Rtl, RtlItem } from '../model/types';
import type { RtlMetrics } from './result';

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** ISO date of the last day of the item's last planned triwulan; null without quarters. */
export function lastQuarterEnd(item: RtlItem): string | null {
  const valid = item.quarters.filter((quarter) => quarter >= 1 && quarter <= 4);
  if (valid.length === 0 || !Number.isInteger(item.year)) return null;
  const last = Math.max(...valid);
  return `${String(item.year).padStart(4, '0')}-${QUARTER_END[last - 1]!}`;
}

export function computeRtlMetrics(rtl: Rtl | undefined, referenceDate: string | undefined): RtlMetrics {
  const items = rtl?.items ?? [];
  const planned = items.length;
  const realised = items.filter((item) => item.realisation?.status === 'sudah').length;
  const overdue =
    referenceDate === undefined
      ? []
      : items
          .filter((item) => item.realisation?.status !== 'sudah')
          .filter((item) => {
            const end = lastQuarterEnd(item);
            return end !== null && end < referenceDate;
          })
          .map((item) => item.id);
  return { planned, realised, percent: planned > 0 ? (realised / planned) * 100 : null, overdue };
}
