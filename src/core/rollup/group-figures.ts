/**
 * A group of units that share a rule set and an unsur set: ranking, the instansi's index both ways
 * (pooled over every answer; the equal-weight mean of unit IKMs), per-unsur NRR across units with
 * how often each is among a unit's lowest three, and the grade distribution.
 */
import { gradeOf, gradeOfRatio } from '../compute/grade';
import { ikmFigures, unsurFigures } from '../compute/ikm-figures';
import { resolveMode } from '../compute/modes';
import { Ratio } from '../compute/ratio';
import { compareCodes } from '../aggregate/unsur-set';
import { compareIkm, exactIkm } from './exact-ikm';
import type { RankedUnit, RollupGroup, UnitPeriodFigures, UnsurAcrossUnits } from './result';
import { ruleSetById } from './unit-figures';

/** Up to this many units the equal-weight mean is computed as an exact ratio. */
export const EXACT_MEAN_LIMIT = 500;

export function groupFigures(units: readonly UnitPeriodFigures[], chosen: 'pooled' | 'unit-mean'): RollupGroup {
  const first = units[0]!;
  const ruleSet = ruleSetById(first.ruleSet);
  const ordered = [...units].sort((left, right) => -compareIkm(left, right) || (left.unit < right.unit ? -1 : 1));
  const ranked: RankedUnit[] = [];
  ordered.forEach((unit, index) => {
    const previous = ordered[index - 1];
    const tied = previous !== undefined && compareIkm(previous, unit) === 0;
    ranked.push({
      rank: tied ? ranked[index - 1]!.rank : index + 1,
      unit: unit.unit,
      unitName: unit.unitName,
      respondents: unit.respondents,
      ikmConverted: unit.ikmConverted,
      grade: unit.grade,
      confidence: unit.confidence,
    });
  });

  const codes = [...new Set(units.flatMap((unit) => unit.unsur.map((item) => item.code)))].sort(compareCodes);
  const unsur: UnsurAcrossUnits[] = codes.map((code) => {
    let answered = 0;
    let scoreSum = 0;
    let label = '';
    const nrrs: number[] = [];
    let lowestIn = 0;
    for (const unit of units) {
      const item = unit.unsur.find((candidate) => candidate.code === code);
      if (!item) continue;
      answered += item.answered;
      scoreSum += item.scoreSum;
      label ||= item.label;
      if (item.nrr !== null) nrrs.push(item.nrr);
      if (unit.lowest.includes(code)) lowestIn++;
    }
    return {
      code,
      label,
      answered,
      scoreSum,
      nrr: unsurFigures({ answered, total: scoreSum }, ruleSet).nrr,
      lowestUnitNrr: nrrs.length > 0 ? Math.min(...nrrs) : null,
      highestUnitNrr: nrrs.length > 0 ? Math.max(...nrrs) : null,
      lowestIn,
    };
  });
  const pooled = ikmFigures(
    unsur.map((item) => ({ answered: item.answered, total: item.scoreSum })),
    resolveMode('exact', unsur.length),
    ruleSet,
  );
  // The equal-weight mean of the unit IKMs (×25). Exact ratios for a province-sized group; beyond
  // that the common denominator of thousands of fractions grows without need, and the mean of the
  // correctly rounded unit values is used (it can differ only in the last bits).
  const withIkm = units.filter((unit) => unit.ikmConverted !== null);
  let meanConverted: number | null = null;
  let meanGrade: string | null = null;
  if (withIkm.length > 0 && withIkm.length <= EXACT_MEAN_LIMIT) {
    const ratios = withIkm.map((unit) => exactIkm(unit.unsur)!);
    const mean = ratios
      .reduce((sum, ratio) => sum.add(ratio))
      .divide(Ratio.of(ratios.length))
      .multiply(Ratio.fromDecimal(ruleSet.conversion));
    meanConverted = mean.toNumber();
    meanGrade = gradeOfRatio(mean, ruleSet)?.mutu ?? null;
  } else if (withIkm.length > 0) {
    meanConverted = withIkm.reduce((sum, unit) => sum + unit.ikmConverted!, 0) / withIkm.length;
    meanGrade = gradeOf(meanConverted, ruleSet)?.mutu ?? null;
  }
  const grades = ruleSet.bands.map((band) => ({ grade: band.mutu, units: units.filter((unit) => unit.grade === band.mutu).length }));
  return {
    ruleSet: first.ruleSet,
    unsurSet: first.unsurSet,
    units: ranked,
    index: {
      pooled: {
        ikmConverted: pooled.ikmConverted,
        grade: pooled.band?.mutu ?? null,
        respondents: units.reduce((sum, unit) => sum + unit.respondents, 0),
      },
      unitMean: { ikmConverted: meanConverted, grade: meanGrade, units: withIkm.length },
      chosen,
    },
    unsur,
    grades,
  };
}
