/**
 * `computeRollup`: the `sql/` query rows → the roll-up result. Units are grouped by rule set and
 * unsur set (never pooled across groups); the ranking, the instansi index and the compliance view
 * are for one period (default: the latest period id most units have); the trend covers every
 * period, with the engine's significance test between consecutive periods of a unit.
 */
import { isSignificantChange } from '../compute/confidence';
import { complianceRow } from './compliance';
import { groupFigures } from './group-figures';
import type { RollupInput, UnitPairRow, UnitUnsurRow } from './rollup-input';
import type { RollupGroup, RollupResult, UnitPeriodFigures, UnitTrend } from './result';
import { unitFigures } from './unit-figures';

export interface RollupOptions {
  period?: string;
  /** Which index the report headlines (default pooled). */
  index?: 'pooled' | 'unit-mean';
}

const key = (unit: string, period: string): string => `${unit}\u0000${period}`;

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const name = keyOf(row);
    const list = groups.get(name);
    if (list) list.push(row);
    else groups.set(name, [row]);
  }
  return groups;
}

/** The period most units have, latest by start date on a tie. */
export function defaultPeriod(figures: readonly UnitPeriodFigures[]): string {
  const counts = new Map<string, { units: number; start: string }>();
  for (const figure of figures) {
    const entry = counts.get(figure.period) ?? { units: 0, start: figure.periodStart };
    entry.units++;
    counts.set(figure.period, entry);
  }
  return (
    [...counts.entries()].sort((left, right) => right[1].start.localeCompare(left[1].start) || right[1].units - left[1].units)[0]?.[0] ?? ''
  );
}

export function computeRollup(input: RollupInput, options: RollupOptions = {}): RollupResult {
  const unsurByUnit = groupBy<UnitUnsurRow>(input.unitUnsur, (row) => key(row.unit, row.period));
  const pairsByUnit = groupBy<UnitPairRow>(input.unitPairs, (row) => key(row.unit, row.period));
  const figures = input.unitPeriod
    .map((row) => unitFigures(row, unsurByUnit.get(key(row.unit, row.period)) ?? [], pairsByUnit.get(key(row.unit, row.period)) ?? []))
    .sort((left, right) => (left.unit < right.unit ? -1 : left.unit > right.unit ? 1 : left.periodStart.localeCompare(right.periodStart)));
  const period = options.period ?? defaultPeriod(figures);
  const periods = [...new Map(figures.map((figure) => [figure.period, figure.periodStart])).entries()]
    .sort((left, right) => left[1].localeCompare(right[1]) || left[0].localeCompare(right[0]))
    .map(([id]) => id);

  const inPeriod = figures.filter((figure) => figure.period === period);
  const groups: RollupGroup[] = [...groupBy(inPeriod, (figure) => `${figure.ruleSet}\u0000${figure.unsurSet}`).values()]
    .map((units) => groupFigures(units, options.index ?? 'pooled'))
    .sort(
      (left, right) =>
        right.units.length - left.units.length || left.ruleSet.localeCompare(right.ruleSet) || left.unsurSet.localeCompare(right.unsurSet),
    );

  const byUnit = groupBy(figures, (figure) => figure.unit);
  const trend: UnitTrend[] = [...byUnit.entries()].map(([unit, points]) => ({
    unit,
    unitName: points[0]!.unitName,
    points: points.map((point, index) => {
      const previous = index > 0 ? points[index - 1]! : undefined;
      const comparable = previous !== undefined && previous.ruleSet === point.ruleSet && previous.unsurSet === point.unsurSet;
      return {
        period: point.period,
        ikmConverted: point.ikmConverted,
        grade: point.grade,
        change:
          comparable && point.ikmConverted !== null && previous.ikmConverted !== null ? point.ikmConverted - previous.ikmConverted : null,
        significant: comparable
          ? isSignificantChange(point.ikmConverted, point.standardError, previous.ikmConverted, previous.standardError)
          : null,
      };
    }),
  }));

  const periodRows = new Map(input.unitPeriod.filter((row) => row.period === period).map((row) => [row.unit, row]));
  const compliance = [...byUnit.entries()].map(([unit, points]) => complianceRow(unit, points[0]!.unitName, periodRows.get(unit), period));

  return { schemaVersion: 1, period, periods, mode: 'exact', units: byUnit.size, groups, trend, compliance, figures };
}
