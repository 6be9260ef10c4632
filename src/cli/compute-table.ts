/**
 * The readable form of a `PeriodResult` for `skm compute`: Indonesian labels (English with
 * SKM_LANG=en), decimal commas, one table of unsur and a few summary lines.
 */
import type { PeriodResult, RankedUnsur } from '../core/compute/result';
import type { Period } from '../core/model/types';
import { formatNumber, formatPercent } from '../core/text/format';
import { getLocale, t } from '../core/text/messages';

const LABEL_WIDTH = 38;

function number(value: number | null, decimals: number): string {
  return formatNumber(value, decimals, { locale: getLocale() });
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}

function ranked(list: readonly RankedUnsur[]): string {
  return list.map((unsur) => `${unsur.code} ${unsur.label} (${number(unsur.nrr, 4)})`).join('; ');
}

export function renderComputeTable(result: PeriodResult, period: Period): string {
  const lines: string[] = [];
  lines.push(t('compute.table.title', { label: result.label, folder: period.folder }));
  lines.push(t('compute.table.mode', { ruleSet: result.ruleSet, mode: result.mode.id, description: result.mode.description }));
  lines.push(t(`compute.table.source.${result.source}`, { respondents: number(result.respondents, 0) }));
  lines.push('');
  const header = [
    'compute.col.unsur',
    'compute.col.answered',
    'compute.col.total',
    'compute.col.nrr',
    'compute.col.converted',
    'compute.col.grade',
    'compute.col.excluded',
  ].map((key) => t(key));
  const rows = result.unsur.map((unsur) => [
    cut(`${unsur.code} ${unsur.label}`, LABEL_WIDTH),
    number(unsur.answered, 0),
    number(unsur.total, 0),
    number(unsur.nrr, 4),
    number(unsur.nrrConverted, 2),
    unsur.grade ?? '–',
    number(unsur.excluded, 0),
  ]);
  lines.push(...table(header, rows, new Set([1, 2, 3, 4, 6])));
  lines.push('');
  lines.push(
    t('compute.table.ikm', {
      ikm: number(result.ikm, 4),
      converted: number(result.ikmConverted, 2),
      grade: result.grade ?? '–',
      performance: result.performance ?? '–',
    }),
  );
  if (result.modeDisagreement)
    lines.push(
      t('compute.table.disagreement', {
        mode: result.modeDisagreement.mode,
        grade: result.modeDisagreement.grade ?? '–',
        exact: result.modeDisagreement.exactGrade ?? '–',
      }),
    );
  const interval = result.confidence.ikmConverted;
  lines.push(
    result.confidence.available && interval
      ? t('compute.table.confidence', { low: number(interval.low, 2), high: number(interval.high, 2), method: result.confidence.method })
      : t('compute.table.confidence-unavailable'),
  );
  if (result.lowest.length > 0) {
    lines.push(
      t('compute.table.lowest', { list: ranked(result.lowest) }) +
        (result.ties.lowest.length > 0 ? t('compute.table.ties', { list: ranked(result.ties.lowest) }) : ''),
    );
    lines.push(
      t('compute.table.highest', { list: ranked(result.highest) }) +
        (result.ties.highest.length > 0 ? t('compute.table.ties', { list: ranked(result.ties.highest) }) : ''),
    );
  }
  const sample = result.sample;
  if (sample.population === null) {
    lines.push(t('compute.table.sample-unknown', { respondents: number(result.respondents, 0) }));
  } else {
    lines.push(
      t('compute.table.sample', {
        population: number(sample.population, 0),
        scope: t(`compute.scope.${sample.populationScope ?? 'period'}`),
        km: number(sample.krejcieMorgan, 0),
        slovin: number(sample.slovin, 0),
        margin: number(sample.slovinMargin, 2),
        adequate: t(sample.adequate ? 'compute.yes' : 'compute.no'),
      }),
    );
  }
  if (result.byService.length > 0) {
    lines.push(
      t('compute.table.services', {
        list: result.byService
          .map(
            (service) =>
              `${service.label} ${number(service.ikmConverted, 2)} (${service.grade ?? '–'}, n = ${number(service.respondents, 0)}${service.sample ? `, min K&M ${number(service.sample.krejcieMorgan, 0)}: ${service.sample.adequate ? 'cukup' : 'kurang'}` : ''})`,
          )
          .join('; '),
      }),
    );
  }
  for (const breakdown of result.byProfile) {
    const groups = breakdown.groups.filter((group) => group.respondents > 0);
    if (groups.length === 0) continue;
    lines.push(
      t('compute.table.profile', {
        label: breakdown.label,
        list: groups
          .map((group) => `${group.label} ${number(group.ikmConverted, 2)} (${group.grade ?? '–'}, n = ${number(group.respondents, 0)})`)
          .join('; '),
      }),
    );
  }
  if (result.trend.length > 1) {
    const points = result.trend.map((point) => {
      const change =
        point.change === null
          ? ''
          : ` (${point.change > 0 ? '+' : ''}${number(point.change, 2)}${point.significant === null ? '' : `, ${t(point.significant ? 'compute.significant' : 'compute.not-significant')}`})`;
      return `${point.label} ${number(point.ikmConverted, 2)}${change}`;
    });
    lines.push(t('compute.table.trend', { list: points.join(' → ') }));
  }
  if (result.rtl.planned > 0) {
    lines.push(
      t('compute.table.rtl', {
        realised: result.rtl.realised,
        planned: result.rtl.planned,
        percent: formatPercent(result.rtl.percent, 2, { locale: getLocale() }),
        overdue: result.rtl.overdue.length > 0 ? result.rtl.overdue.join(', ') : '–',
      }),
    );
  }
  for (const note of result.notes) lines.push(`! ${note.message}`);
  return `${lines.join('\n')}\n`;
}
