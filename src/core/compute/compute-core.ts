/**
 * The core figures of one period: per-unsur answered/total/NRR/grade and the IKM in a mode, from
 * raw responses (through a `PeriodAccumulator`) or from `summary.yaml` aggregates. Everything else
 * in a `PeriodResult` is derived from this.
 */
import type { GradeBand, RuleSet } from '../model/rule-sets';
import type { Period, Unit } from '../model/types';
import { t } from '../text/messages';
import { PeriodAccumulator } from './accumulate';
import { ikmFigures, unsurFigures } from './ikm-figures';
import type { ComputeNote, ModeInfo, UnsurResult } from './result';

/** Raw-response statistics of a period, however they were read (in memory or streamed). */
export interface RawStatistics {
  accumulator: PeriodAccumulator;
  /** Excluded answers per unsur code. */
  excluded: Record<string, number>;
}

export interface CoreResult {
  source: 'responses' | 'summary' | 'none';
  respondents: number;
  unsur: UnsurResult[];
  /** Weight of each unsur in the IKM (0 when it has no NRR), for the confidence interval. */
  weights: number[];
  ikm: number | null;
  ikmConverted: number | null;
  band: GradeBand | null;
  raw: RawStatistics | null;
  notes: ComputeNote[];
}

/** Feeds a period's in-memory rows into a fresh accumulator. */
export function accumulatePeriod(period: Period, unit: Unit): RawStatistics | null {
  if (!period.responses) return null;
  const accumulator = new PeriodAccumulator(
    unit.unsur.length,
    unit.profile.map((attribute) => attribute.key),
  );
  for (const row of period.responses.rows) accumulator.add(row);
  return { accumulator, excluded: period.responses.excluded };
}

export function computeCore(period: Period, unit: Unit, ruleSet: RuleSet, mode: ModeInfo, raw: RawStatistics | null): CoreResult {
  const notes: ComputeNote[] = [];
  let source: CoreResult['source'] = 'none';
  let respondents = 0;
  const counts: { answered: number; total: number; excluded: number }[] = [];
  if (raw) {
    raw.accumulator.settle();
    source = 'responses';
    respondents = raw.accumulator.pooled.respondents;
    unit.unsur.forEach((unsur, index) => {
      counts.push({
        answered: raw.accumulator.pooled.answered[index]!,
        total: raw.accumulator.pooled.total[index]!,
        excluded: raw.excluded[unsur.code] ?? 0,
      });
    });
  } else if (period.summary) {
    source = 'summary';
    respondents = period.summary.respondents;
    for (const unsur of unit.unsur) {
      const aggregate = period.summary.unsur[unsur.code];
      counts.push({ answered: aggregate?.answered ?? 0, total: aggregate?.total ?? 0, excluded: 0 });
    }
  } else {
    for (let index = 0; index < unit.unsur.length; index++) counts.push({ answered: 0, total: 0, excluded: 0 });
    notes.push({ code: 'compute.no-data', message: t('compute.no-data', { period: period.id }) });
  }
  const unsur: UnsurResult[] = unit.unsur.map((definition, index) => {
    const { answered, total, excluded } = counts[index]!;
    return { code: definition.code, label: definition.label, answered, total, ...unsurFigures({ answered, total }, ruleSet), excluded };
  });
  const answeredUnsur = unsur.filter((result) => result.nrr !== null);
  if (source !== 'none' && answeredUnsur.length === 0) {
    notes.push({ code: 'compute.no-valid-responses', message: t('compute.no-valid-responses', { period: period.id }) });
  } else if (answeredUnsur.length > 0 && answeredUnsur.length < unsur.length) {
    const missing = unsur.filter((result) => result.nrr === null).map((result) => result.code);
    notes.push({ code: 'compute.unsur-unanswered', message: t('compute.unsur-unanswered', { codes: missing.join(', ') }) });
  }
  const { ikm, ikmConverted, band } = ikmFigures(counts, mode, ruleSet);
  if (mode.refusal !== null) notes.push({ code: 'compute.mode-not-applicable', message: mode.refusal });
  else if (ikm === null && answeredUnsur.length > 0)
    notes.push({ code: 'compute.template-incomplete', message: t('compute.template-incomplete', { mode: mode.id }) });
  const usedWeight = mode.id === 'exact' ? 1 / Math.max(1, answeredUnsur.length) : mode.weight;
  const weights = unsur.map((result) => (result.nrr === null ? 0 : usedWeight));
  return { source, respondents, unsur, weights, ikm, ikmConverted, band, raw, notes };
}
