/**
 * Narrative variables: `{{ name }}` in a period's Markdown is replaced by a computed value, so
 * narrative text never repeats a number by hand. Unknown names are reported with their offset.
 */
import type { PeriodResult } from '../compute/result';
import type { Period, Workspace } from '../model/types';
import { formatNumber, formatPercent } from '../text/format';
import { mdText } from './escape';
import { joinList } from './markdown';
import { brand } from './safe';
import type { SafeMarkdown } from './safe';

export const VARIABLE_PATTERN = /\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g;

/** Every variable name and its formatted value for one period, escaped as Markdown text. */
export function narrativeVariables(workspace: Workspace, period: Period, result: PeriodResult): Map<string, SafeMarkdown> {
  const variables = new Map<string, string>([
    ['respondents', formatNumber(result.respondents, 0)],
    ['ikm', formatNumber(result.ikmConverted, 2)],
    ['ikm4', formatNumber(result.ikm, 3)],
    ['mutu', result.grade ?? 'tidak tersedia'],
    ['kinerja', result.performance ?? 'tidak tersedia'],
    ['lowest', joinList(result.lowest.map((unsur) => unsur.label))],
    ['highest', joinList(result.highest.map((unsur) => unsur.label))],
    ['period', period.label],
    ['unit', workspace.unit.name],
    ['rtl.percent', result.rtl.percent === null ? 'tidak tersedia' : formatPercent(result.rtl.percent, 2)],
    ['sample.krejcieMorgan', formatNumber(result.sample.krejcieMorgan, 0)],
    ['sample.slovin', formatNumber(result.sample.slovin, 0)],
    ['population', formatNumber(result.sample.population, 0)],
  ]);
  for (const unsur of result.unsur) {
    variables.set(`nrr.${unsur.code}`, formatNumber(unsur.nrr, 2));
    variables.set(`label.${unsur.code}`, unsur.label);
  }
  return new Map([...variables].map(([name, value]) => [name, mdText(value)]));
}

export interface UnknownVariable {
  name: string;
  offset: number;
  length: number;
}

/**
 * Replaces known variables in sanitised narrative (`sanitizeNarrative`); unknown ones are left in
 * place and returned. Values are escaped text, so the result stays safe.
 */
export function renderNarrative(
  text: SafeMarkdown,
  variables: ReadonlyMap<string, SafeMarkdown>,
): { text: SafeMarkdown; unknown: UnknownVariable[] } {
  const unknown: UnknownVariable[] = [];
  const rendered = text.replace(VARIABLE_PATTERN, (whole: string, name: string, offset: number) => {
    const value = variables.get(name);
    if (value === undefined) {
      unknown.push({ name, offset, length: whole.length });
      return whole;
    }
    return value;
  });
  return { text: brand<'markdown'>(rendered), unknown };
}
