/**
 * Mermaid charts of a period. The same source is rendered by GitHub in pull requests and by the
 * PDF pipeline. Numbers use a decimal point (mermaid syntax); every label goes through
 * `mermaidLabel`, which keeps only inert characters.
 */
import type { PeriodResult } from '../compute/result';
import type { RuleSet } from '../model/rule-sets';
import { t } from '../text/messages';
import { mermaidLabel } from './escape';
import { joinList, mermaid } from './markdown';
import { EMPTY_MARKDOWN, joinSafe, mm } from './safe';
import type { SafeMarkdown, SafeMermaid } from './safe';

const number = (value: number): number => Math.round(value * 10000) / 10000;
const list = (items: readonly SafeMermaid[]): SafeMermaid => joinSafe(items, mm`, `);
const numbers = (values: readonly number[]): SafeMermaid => list(values.map((value) => mm`${number(value)}`));

/**
 * The grade thresholds drawn as lines on the NRR chart, on the NRR scale (band minimum ÷
 * conversion), highest first: A and B in reports; every finite band (A, B, C) in the preview.
 */
export function nrrThresholds(ruleSet: RuleSet, allBands = false): { mutu: string; value: number }[] {
  return ruleSet.bands
    .filter((band) => Number.isFinite(band.min) && (allBands || band.mutu !== 'C'))
    .map((band) => ({ mutu: band.mutu, value: band.min / ruleSet.conversion }));
}

/** Bars of NRR per unsur with the grade thresholds as lines (B and A; with `allBands`, C too). */
export function nrrChart(result: PeriodResult, ruleSet: RuleSet, allBands = false): SafeMarkdown {
  const answered = result.unsur.filter((unsur) => unsur.nrr !== null);
  if (answered.length === 0) return EMPTY_MARKDOWN;
  const thresholds = nrrThresholds(ruleSet, allBands);
  const title = t('chart.nrr.title', {
    grades: joinList(
      thresholds.map((threshold) => threshold.mutu),
      t('chart.and'),
    ),
  });
  const lines = [
    mm`xychart-beta`,
    mm`  title "${mermaidLabel(title)}"`,
    mm`  x-axis [${list(answered.map((unsur) => mm`"${mermaidLabel(unsur.code)}"`))}]`,
    mm`  y-axis "${mermaidLabel('NRR')}" ${ruleSet.scaleMin} --> ${ruleSet.scaleMax}`,
    mm`  bar [${numbers(answered.map((unsur) => unsur.nrr ?? 0))}]`,
    ...thresholds.map((threshold) => mm`  line [${numbers(answered.map(() => threshold.value))}]`),
  ];
  return mermaid(joinSafe(lines));
}

/** The IKM (×25) of every period of the workspace, oldest first. */
export function trendChart(result: PeriodResult): SafeMarkdown {
  const points = result.trend.filter((point) => point.ikmConverted !== null);
  if (points.length === 0) return EMPTY_MARKDOWN;
  const values = points.map((point) => point.ikmConverted ?? 0);
  const low = Math.max(0, Math.floor(Math.min(...values) / 5) * 5 - 5);
  return mermaid(
    joinSafe([
      mm`xychart-beta`,
      mm`  title "${mermaidLabel(t('chart.trend.title'))}"`,
      mm`  x-axis [${list(points.map((point) => mm`"${mermaidLabel(point.label)}"`))}]`,
      mm`  y-axis "${mermaidLabel('IKM')}" ${low} --> 100`,
      mm`  bar [${numbers(values)}]`,
      mm`  line [${numbers(values)}]`,
    ]),
  );
}

/** One pie per profile attribute with counts. */
export function profileChart(title: string, rows: { label: string; count: number }[]): SafeMarkdown {
  const nonEmpty = rows.filter((row) => row.count > 0);
  if (nonEmpty.length === 0) return EMPTY_MARKDOWN;
  return mermaid(
    joinSafe([mm`pie showData title ${mermaidLabel(title)}`, ...nonEmpty.map((row) => mm`  "${mermaidLabel(row.label)}" : ${row.count}`)]),
  );
}

/** Realised versus unfinished RTL items. */
export function rtlChart(result: PeriodResult): SafeMarkdown {
  if (result.rtl.planned === 0) return EMPTY_MARKDOWN;
  return mermaid(
    joinSafe([
      mm`pie showData title ${mermaidLabel(t('chart.rtl.title'))}`,
      mm`  "${mermaidLabel(t('chart.rtl.done'))}" : ${result.rtl.realised}`,
      mm`  "${mermaidLabel(t('chart.rtl.open'))}" : ${result.rtl.planned - result.rtl.realised}`,
    ]),
  );
}
