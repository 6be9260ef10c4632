/**
 * The figures every breakdown prints for a set of pooled counts — per unsur (NRR, ×25, grade) and
 * for the whole (IKM, ×25, band) — computed once, exactly, and only then turned into doubles. The
 * period, per-service and per-profile results all go through here, so a grade is decided the
 * same way everywhere.
 */
import type { GradeBand, RuleSet } from '../model/rule-sets';
import { gradeOfRatio } from './grade';
import { combineCounts, exactNrr } from './modes';
import type { UnsurCounts } from './modes';
import { Ratio } from './ratio';
import type { ModeInfo } from './result';

export interface UnsurFigures {
  nrr: number | null;
  nrrConverted: number | null;
  grade: string | null;
}

export interface IkmFigures {
  ikm: number | null;
  ikmConverted: number | null;
  band: GradeBand | null;
}

export function unsurFigures(counts: UnsurCounts, ruleSet: RuleSet): UnsurFigures {
  const nrr = exactNrr(counts);
  if (nrr === null) return { nrr: null, nrrConverted: null, grade: null };
  const converted = nrr.multiply(Ratio.fromDecimal(ruleSet.conversion));
  return { nrr: nrr.toNumber(), nrrConverted: converted.toNumber(), grade: gradeOfRatio(converted, ruleSet)?.mutu ?? null };
}

export function ikmFigures(counts: readonly UnsurCounts[], mode: ModeInfo, ruleSet: RuleSet): IkmFigures {
  return ikmFiguresOf(combineCounts(counts, mode), ruleSet);
}

/** The IKM's figures from its exact value (`combineCounts`), for callers that keep the ratio. */
export function ikmFiguresOf(ikm: Ratio | null, ruleSet: RuleSet): IkmFigures {
  if (ikm === null) return { ikm: null, ikmConverted: null, band: null };
  const converted = ikm.multiply(Ratio.fromDecimal(ruleSet.conversion));
  return { ikm: ikm.toNumber(), ikmConverted: converted.toNumber(), band: gradeOfRatio(converted, ruleSet) };
}
