/**
 * `computePeriod`: everything the reports, lint and `skm compute` need about one period, in one
 * `PeriodResult`. Pure: works on the loaded `Workspace`; the streaming path for huge files builds
 * the same result from a `RawStatistics` it accumulated itself (`computePeriodFromStatistics`).
 */
import type { RuleSet } from '../model/rule-sets';
import { findRuleSet, PERMENPANRB_14_2017 } from '../model/rule-sets';
import type { ModeId, Period, Workspace } from '../model/types';
import { buildProfileTable } from './profile';
import { computeByProfile } from './by-profile';
import { computeByService } from './by-service';
import { accumulatePeriod, computeCore } from './compute-core';
import type { CoreResult, RawStatistics } from './compute-core';
import { computeConfidence, unavailableConfidence } from './confidence';
import { resolveMode } from './modes';
import { rankPriorities } from './priorities';
import type { ConfidenceResult, PeriodResult, ProfileTable } from './result';
import { computeRtlMetrics } from './rtl-metrics';
import { assessSample } from './sample-size';
import { buildTrend } from './trend';
import type { TrendInput } from './trend';
import { t } from '../text/messages';
import { RowMemo } from '../load/row-memo';

export interface ComputeOptions {
  /** Default: the unit's mode from skm.yaml (itself `exact` by default). */
  mode?: ModeId;
  /** Date the RTL overdue check is made against; default the period's `reportDate`. */
  referenceDate?: string;
  /**
   * Statistics already gathered per period id (the streaming reader for huge files), used instead
   * of the period's in-memory `responses`.
   */
  statistics?: ReadonlyMap<string, RawStatistics>;
}

export function ruleSetOf(workspace: Workspace): RuleSet {
  return findRuleSet(workspace.unit.ruleSetId) ?? PERMENPANRB_14_2017;
}

/** Computes a period of the workspace. An unknown period id gives an empty result with a note. */
export function computePeriod(workspace: Workspace, periodId: string, options: ComputeOptions = {}): PeriodResult {
  const period = workspace.periods.find((candidate) => candidate.id === periodId);
  if (!period) {
    const placeholder: Period = {
      id: periodId,
      folder: '',
      file: '',
      label: periodId,
      start: '',
      end: '',
      schedule: [],
      team: [],
      narrative: {},
    };
    const result = computeWith(workspace, placeholder, options, null);
    result.notes.push({ code: 'compute.unknown-period', message: t('compute.unknown-period', { period: periodId }) });
    return result;
  }
  return computeWith(workspace, period, options, statisticsOf(period, workspace, options));
}

/** A period's counted rows, kept between the editor's passes (`RowMemo`): counting reads nothing else. */
const COUNTED = new RowMemo<RawStatistics | null>();

function statisticsOf(period: Period, workspace: Workspace, options: ComputeOptions): RawStatistics | null {
  const given = options.statistics?.get(period.id);
  if (given) return given;
  const responses = period.responses;
  if (!responses) return null;
  const { unit } = workspace;
  // `accumulatePeriod` reads the rows, their excluded counts, the number of unsur and the profile keys in order.
  const inputs = [responses.excluded, unit.unsur.length, JSON.stringify(unit.profile.map((attribute) => attribute.key))];
  return COUNTED.get(responses.rows, inputs, () => accumulatePeriod(period, unit));
}

/** Periods' counts answered from memory (for tests). */
export function countedStatisticsHits(): number {
  return COUNTED.hits;
}

function confidenceOf(core: CoreResult, workspace: Workspace, ruleSet: RuleSet): ConfidenceResult {
  if (!core.raw) return unavailableConfidence();
  return computeConfidence(
    core.raw.accumulator.pooled,
    workspace.unit.unsur.map((unsur) => unsur.code),
    core.weights,
    core.ikm,
    ruleSet,
  );
}

function computeWith(workspace: Workspace, period: Period, options: ComputeOptions, raw: RawStatistics | null): PeriodResult {
  const { unit } = workspace;
  const ruleSet = ruleSetOf(workspace);
  const mode = resolveMode(options.mode ?? unit.mode, unit.unsur.length);
  const core = computeCore(period, unit, ruleSet, mode, raw);
  const confidence = confidenceOf(core, workspace, ruleSet);

  const ranked = core.unsur.flatMap((result) =>
    result.nrr === null
      ? []
      : [{ code: result.code, label: result.label, nrr: result.nrr, answered: result.answered, total: result.total }],
  );
  const priorities = rankPriorities(ranked);

  let modeDisagreement: PeriodResult['modeDisagreement'] = null;
  if (mode.id !== 'exact') {
    const exact = computeCore(period, unit, ruleSet, resolveMode('exact', unit.unsur.length), raw);
    const exactGrade = exact.band?.mutu ?? null;
    const grade = core.band?.mutu ?? null;
    if (grade !== null && exactGrade !== grade) modeDisagreement = { mode: mode.id, grade, exactGrade };
  }

  const index = workspace.periods.indexOf(period);
  const trendInputs: TrendInput[] = (index < 0 ? [] : workspace.periods.slice(0, index)).map((earlier) => {
    const earlierCore = computeCore(earlier, unit, ruleSet, mode, statisticsOf(earlier, workspace, options));
    return {
      periodId: earlier.id,
      label: earlier.label,
      ikmConverted: earlierCore.ikmConverted,
      grade: earlierCore.band?.mutu ?? null,
      standardError: confidenceOf(earlierCore, workspace, ruleSet).standardError,
    };
  });
  if (index >= 0)
    trendInputs.push({
      periodId: period.id,
      label: period.label,
      ikmConverted: core.ikmConverted,
      grade: core.band?.mutu ?? null,
      standardError: confidence.standardError,
    });

  const referenceDate = options.referenceDate ?? period.reportDate;
  return {
    periodId: period.id,
    label: period.label,
    ruleSet: ruleSet.id,
    mode,
    source: core.source,
    respondents: core.respondents,
    unsur: core.unsur,
    ikm: core.ikm,
    ikmConverted: core.ikmConverted,
    grade: core.band?.mutu ?? null,
    performance: core.band?.kinerja ?? null,
    lowest: priorities.lowest,
    highest: priorities.highest,
    ties: priorities.ties,
    byService: computeByService(period, unit, ruleSet, mode, raw),
    profile: profileTables(workspace, period, raw),
    byProfile: computeByProfile(unit, ruleSet, mode, raw),
    sample: assessSample(period, core.respondents),
    trend: buildTrend(trendInputs),
    confidence,
    rtl: computeRtlMetrics(period.rtl, referenceDate),
    modeDisagreement,
    withoutService: raw?.accumulator.withoutService ?? 0,
    notes: core.notes,
  };
}

function profileTables(workspace: Workspace, period: Period, raw: RawStatistics | null): ProfileTable[] {
  const { unit } = workspace;
  if (raw) {
    return unit.profile.map((attribute) => {
      const counter = raw.accumulator.profile.get(attribute.key);
      return buildProfileTable(attribute, counter?.counts ?? new Map(), counter?.unknown ?? 0);
    });
  }
  if (period.summary) {
    const summary = period.summary;
    return unit.profile
      .filter((attribute) => summary.profile[attribute.key] !== undefined)
      .map((attribute) => {
        const counts = new Map(Object.entries(summary.profile[attribute.key] ?? {}).map(([code, value]) => [code, value.count]));
        const counted = [...counts.values()].reduce((sum, value) => sum + value, 0);
        return buildProfileTable(attribute, counts, Math.max(0, summary.respondents - counted));
      });
  }
  return [];
}
