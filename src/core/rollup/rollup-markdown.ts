/**
 * The Laporan Rekapitulasi SKM as Markdown: the instansi index both ways with the one chosen,
 * units ranked per group, per-unsur NRR across units, the grade distribution, the trend per unit
 * and the compliance table. Every figure comes from the `RollupResult`; every string (from a unit's
 * files or the catalogue) goes through the report's escapers (`mdText`, table cells,
 * `mermaidLabel`). Deterministic: no timestamp unless `sourceDateEpoch` is given.
 */
import { mdText, mermaidLabel } from '../report/escape';
import { mermaid, table } from '../report/markdown';
import { joinSafe, mdt, mm } from '../report/safe';
import type { SafeMarkdown } from '../report/safe';
import { formatNumber } from '../text/format';
import { getLocale, t } from '../text/messages';
import { differingLabels, unsurSetCodes, unsurSetEntries } from '../aggregate/unsur-set';
import { findRuleSet } from '../model/rule-sets';
import { percentText } from './compliance';
import type { ComplianceRow, RollupGroup, RollupResult } from './result';

export interface RollupMarkdownOptions {
  /** Title line under the heading, e.g. the instansi's name. */
  instansi?: string;
  sourceDateEpoch?: number;
}

const number = (value: number | null, decimals = 2): string => formatNumber(value, decimals, { locale: getLocale() });
const yes = (value: boolean | null): string => (value === null ? '–' : value ? '✓' : '✗');
const text = (key: string, params: Record<string, string | number> = {}): SafeMarkdown => mdText(t(key, params));

function indexSection(group: RollupGroup): SafeMarkdown {
  const { pooled, unitMean, chosen } = group.index;
  const rows = [
    [
      t('rollup.index.pooled'),
      number(pooled.ikmConverted),
      pooled.grade ?? '–',
      t('rollup.index.pooled-basis', { respondents: number(pooled.respondents, 0) }),
    ],
    [
      t('rollup.index.unit-mean'),
      number(unitMean.ikmConverted),
      unitMean.grade ?? '–',
      t('rollup.index.mean-basis', { units: unitMean.units }),
    ],
  ];
  const value = number(chosen === 'pooled' ? pooled.ikmConverted : unitMean.ikmConverted);
  return mdt`${table([t('rollup.col.method'), 'IKM', t('rollup.col.grade'), t('rollup.col.basis')], rows, ['left', 'right', 'center', 'left'])}

${text(chosen === 'pooled' ? 'rollup.index.chosen-pooled' : 'rollup.index.chosen-mean', { value })}`;
}

/** The group's rule set, unsur codes and size; where another group has the same codes, the labels that set it apart. */
function groupHeading(group: RollupGroup, groups: readonly RollupGroup[]): SafeMarkdown {
  const codes = unsurSetCodes(group.unsurSet);
  const ruleSet = findRuleSet(group.ruleSet)?.shortTitle ?? group.ruleSet;
  const heading = text('rollup.group', { ruleSet, unsurSet: codes.split(',').join(', '), units: group.units.length });
  const twins = groups.filter((other) => other !== group && other.ruleSet === group.ruleSet && unsurSetCodes(other.unsurSet) === codes);
  if (twins.length === 0) return mdt`### ${heading}`;
  const entries = unsurSetEntries(group.unsurSet);
  const differing = [...new Set(twins.flatMap((twin) => differingLabels(group.unsurSet, twin.unsurSet)))];
  const labels = differing.map((code) => `${code} «${entries.get(code) ?? ''}»`).join(', ');
  return mdt`### ${heading} · ${text('rollup.group-labels', { labels })}`;
}

function rankingTable(group: RollupGroup): SafeMarkdown {
  const rows = group.units.map((unit) => [
    String(unit.rank),
    unit.unitName,
    number(unit.respondents, 0),
    number(unit.ikmConverted),
    unit.grade ?? '–',
    unit.confidence ? `${number(unit.confidence.low)} – ${number(unit.confidence.high)}` : t('rollup.no-interval'),
  ]);
  return table(['No', 'Unit', 'n', 'IKM', t('rollup.col.grade'), t('rollup.col.interval')], rows, [
    'right',
    'left',
    'right',
    'right',
    'center',
    'left',
  ]);
}

function unsurTable(group: RollupGroup): SafeMarkdown {
  const rows = group.unsur.map((unsur) => [
    unsur.code,
    unsur.label,
    number(unsur.nrr, 3),
    number(unsur.lowestUnitNrr, 3),
    number(unsur.highestUnitNrr, 3),
    String(unsur.lowestIn),
  ]);
  const most = Math.max(0, ...group.unsur.map((unsur) => unsur.lowestIn));
  const weakest = group.unsur.filter((unsur) => unsur.lowestIn === most && most > 0).map((unsur) => `${unsur.code} ${unsur.label}`);
  const headers = [
    t('rollup.col.unsur'),
    t('rollup.col.label'),
    t('rollup.col.nrr-pooled'),
    t('rollup.col.nrr-low'),
    t('rollup.col.nrr-high'),
    t('rollup.col.lowest-in'),
  ];
  const tableText = table(headers, rows, ['left', 'left', 'right', 'right', 'right', 'right']);
  if (weakest.length === 0) return tableText;
  return mdt`${tableText}

${text('rollup.weakest', { unsur: weakest.join('; '), units: most, total: group.units.length })}`;
}

function gradeSection(group: RollupGroup): SafeMarkdown {
  const tableText = table(
    [t('rollup.col.grade'), t('rollup.col.units')],
    group.grades.map((grade) => [grade.grade, String(grade.units)]),
    ['center', 'right'],
  );
  const nonEmpty = group.grades.filter((grade) => grade.units > 0);
  if (nonEmpty.length === 0) return tableText;
  const slices = nonEmpty.map((grade) => mm`  "${mermaidLabel(grade.grade)}" : ${grade.units}`);
  const chart = mermaid(mm`pie showData title ${mermaidLabel(t('rollup.grades.chart'))}
${joinSafe(slices)}`);
  return mdt`${tableText}

${chart}`;
}

function trendSection(result: RollupResult): SafeMarkdown {
  const rows = result.trend.map((unit) => {
    const cells = result.periods.map((period) => {
      const point = unit.points.find((candidate) => candidate.period === period);
      return point ? `${number(point.ikmConverted)} (${point.grade ?? '–'})` : '–';
    });
    const last = unit.points.at(-1);
    const change = last?.change ?? null;
    const significant = last?.significant ?? null;
    const significance = significant === null ? '–' : significant ? t('rollup.significant') : t('rollup.not-significant');
    return [unit.unitName, ...cells, change === null ? '–' : `${change > 0 ? '+' : ''}${number(change)}`, significance];
  });
  const body = table(['Unit', ...result.periods, t('rollup.col.change'), t('rollup.col.significance')], rows, [
    'left',
    ...result.periods.map(() => 'right' as const),
    'right',
    'center',
  ]);
  // A div (pandoc's native_divs): the print stylesheet keeps each figure and period id on one line.
  return mdt`<div class="skm-rekap">

${body}

</div>`;
}

function complianceSection(rows: readonly ComplianceRow[]): SafeMarkdown {
  const body = rows.map((row) => [
    row.unitName,
    t(`rollup.status.${row.status}`),
    yes(row.checks.period),
    yes(row.checks.sample),
    yes(row.checks.rtl),
    row.checks.lhtl === null ? '–' : `${yes(row.checks.lhtl)} ${percentText(row.tindakLanjutPercent)}`,
    yes(row.checks.published),
    row.reasons.join('; ') || '–',
  ]);
  const counts = ['patuh', 'belum-lengkap', 'tidak-patuh']
    .map((status) => `${t(`rollup.status.${status}`)}: ${rows.filter((row) => row.status === status).length}`)
    .join(' · ');
  const headers = [
    'Unit',
    'Status',
    t('rollup.col.has-period'),
    t('rollup.col.sample'),
    'RTL',
    'LHTL (% TL)',
    t('rollup.col.published'),
    t('rollup.col.reason'),
  ];
  return mdt`<div class="skm-rekap skm-kepatuhan">

${table(headers, body, ['left', 'left', 'center', 'center', 'center', 'left', 'center', 'left'])}

</div>

${mdText(counts)}`;
}

/** One section: its heading, then per group the group heading and `body`. */
function perGroup(number_: number, key: string, groups: readonly RollupGroup[], body: (group: RollupGroup) => SafeMarkdown): SafeMarkdown {
  const parts = groups.map(
    (group) => mdt`${groupHeading(group, groups)}

${body(group)}`,
  );
  return mdt`## ${number_}. ${text(key)}

${joinSafe(
  parts,
  mdt`

`,
)}`;
}

export function rollupMarkdown(result: RollupResult, options: RollupMarkdownOptions = {}): string {
  const periods = result.periods.join(', ');
  const parts: SafeMarkdown[] = [mdt`# ${text('rollup.title')}`];
  if (options.instansi) parts.push(mdt`**${mdText(options.instansi)}**`);
  const label = result.figures.find((figure) => figure.period === result.period)?.periodLabel ?? '';
  const period = label === '' || label === result.period ? result.period : `${label} (${result.period})`;
  parts.push(text('rollup.intro', { period, units: result.units, periods }), text('rollup.mode-note'));
  if (result.groups.length > 1) parts.push(text('rollup.groups-apart', { groups: result.groups.length }));
  parts.push(
    perGroup(1, 'rollup.section.index', result.groups, indexSection),
    perGroup(2, 'rollup.section.ranking', result.groups, rankingTable),
    perGroup(3, 'rollup.section.unsur', result.groups, unsurTable),
    perGroup(4, 'rollup.section.grades', result.groups, gradeSection),
    mdt`## 5. ${text('rollup.section.trend')}

${text('rollup.trend-note')}

${trendSection(result)}`,
    mdt`## 6. ${text('rollup.section.compliance')}

${text('rollup.compliance-note', { period: result.period })}

${complianceSection(result.compliance)}`,
  );
  if (options.sourceDateEpoch !== undefined)
    parts.push(text('rollup.built', { date: new Date(options.sourceDateEpoch * 1000).toISOString().slice(0, 10) }));
  return `${joinSafe(
    parts,
    mdt`

`,
  )}\n`;
}
