/**
 * Mermaid charts of a period. The same source is rendered by GitHub in pull requests and by the
 * PDF pipeline. Numbers use a decimal point (mermaid syntax); labels are quoted and sanitised.
 */
import type { PeriodResult } from '../compute/result';
import type { RuleSet } from '../model/rule-sets';
import { mermaid } from './markdown';

const quote = (text: string): string => `"${text.replace(/["\\\n\r]/g, ' ').trim()}"`;
const number = (value: number): string => String(Math.round(value * 10000) / 10000);

/** Bars of NRR per unsur with the B and A grade thresholds as lines. */
export function nrrChart(result: PeriodResult, ruleSet: RuleSet): string {
  const answered = result.unsur.filter((unsur) => unsur.nrr !== null);
  if (answered.length === 0) return '';
  const thresholds = ruleSet.bands
    .filter((band) => Number.isFinite(band.min) && band.mutu !== 'C')
    .map((band) => ({ mutu: band.mutu, value: band.min / ruleSet.conversion }));
  const lines = [
    'xychart-beta',
    `  title ${quote(`NRR per unsur (garis: batas mutu ${thresholds.map((threshold) => threshold.mutu).join(' dan ')})`)}`,
    `  x-axis [${answered.map((unsur) => quote(unsur.code)).join(', ')}]`,
    `  y-axis ${quote('NRR')} ${ruleSet.scaleMin} --> ${ruleSet.scaleMax}`,
    `  bar [${answered.map((unsur) => number(unsur.nrr ?? 0)).join(', ')}]`,
    ...thresholds.map((threshold) => `  line [${answered.map(() => number(threshold.value)).join(', ')}]`),
  ];
  return mermaid(lines.join('\n'));
}

/** The IKM (×25) of every period of the workspace, oldest first. */
export function trendChart(result: PeriodResult): string {
  const points = result.trend.filter((point) => point.ikmConverted !== null);
  if (points.length === 0) return '';
  const values = points.map((point) => point.ikmConverted ?? 0);
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  return mermaid(
    [
      'xychart-beta',
      `  title ${quote('Nilai SKM per periode')}`,
      `  x-axis [${points.map((point) => quote(point.label)).join(', ')}]`,
      `  y-axis ${quote('IKM')} ${low} --> 100`,
      `  bar [${values.map(number).join(', ')}]`,
      `  line [${values.map(number).join(', ')}]`,
    ].join('\n'),
  );
}

/** One pie per profile attribute with counts. */
export function profileChart(title: string, rows: { label: string; count: number }[]): string {
  const nonEmpty = rows.filter((row) => row.count > 0);
  if (nonEmpty.length === 0) return '';
  return mermaid(
    [`pie showData title ${title.replace(/["\n]/g, ' ')}`, ...nonEmpty.map((row) => `  ${quote(row.label)} : ${row.count}`)].join('\n'),
  );
}

/** Realised versus unfinished RTL items. */
export function rtlChart(result: PeriodResult): string {
  if (result.rtl.planned === 0) return '';
  return mermaid(
    [
      'pie showData title Realisasi rencana tindak lanjut',
      `  "Sudah" : ${result.rtl.realised}`,
      `  "Belum" : ${result.rtl.planned - result.rtl.realised}`,
    ].join('\n'),
  );
}
