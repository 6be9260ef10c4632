/**
 * What changed between two versions of a workspace, for a pull-request review, per period:
 * figures before → after with the reasons, respondents added/removed/changed by id, NRRs,
 * lowest-three changes, narrative paragraphs, RTL items field by field (by stable id), and lint
 * findings of every severity introduced or resolved. Pure: both sides are already loaded.
 * Language-neutral data: `render-diff.ts` writes it in the current language.
 */
import { computePeriod } from '../compute/compute-period';
import type { PeriodResult } from '../compute/result';
import type { LintResult } from '../lint/lint-workspace';
import type { Diagnostic } from '../model/diagnostic';
import type { Period, Workspace } from '../model/types';
import { narrativeChanges } from './narrative-diff';
import type { NarrativeChange } from './narrative-diff';
import { respondentChanges, rowsSide } from './respondent-changes';
import type { RespondentChanges, RespondentSide } from './respondent-changes';
import { fieldChanges } from './rtl-fields';
import type { FieldChange } from './rtl-fields';

export interface Figure {
  ikmConverted: number | null;
  grade: string | null;
  respondents: number;
  mode: string;
}

export type Reason =
  | { kind: 'mode'; before: string; after: string }
  | { kind: 'unsur-renamed'; code: string; before: string; after: string }
  | { kind: 'summary-edited' }
  | { kind: 'population'; before: number | null; after: number | null };

export interface PeriodDiff {
  periodId: string;
  label: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: Figure | null;
  after: Figure | null;
  unsur: { code: string; label: string; before: number | null; after: number | null }[];
  lowest: { before: string[]; after: string[] } | null;
  reasons: Reason[];
  respondents: RespondentChanges;
  narrative: NarrativeChange[];
}

export interface RtlItemDiff {
  periodId: string;
  itemId: string;
  status: 'added' | 'removed' | 'changed';
  changes: FieldChange[];
}

export interface LintFinding {
  severity: Diagnostic['severity'];
  code: string;
  file: string;
  line: number;
  message: string;
  /** The period whose folder holds the file; null for workspace files (skm.yaml). */
  periodId: string | null;
}

export interface WorkspaceDiff {
  periods: PeriodDiff[];
  rtl: RtlItemDiff[];
  lint: { introduced: LintFinding[]; fixed: LintFinding[] };
}

const figure = (result: PeriodResult): Figure => ({
  ikmConverted: result.ikmConverted,
  grade: result.grade,
  respondents: result.respondents,
  mode: result.mode.id,
});

function reasons(before: Workspace, after: Workspace, left: Period, right: Period): Reason[] {
  const found: Reason[] = [];
  if (before.unit.mode !== after.unit.mode) found.push({ kind: 'mode', before: before.unit.mode, after: after.unit.mode });
  for (const unsur of after.unit.unsur) {
    const previous = before.unit.unsur.find((candidate) => candidate.code === unsur.code);
    if (previous && previous.label !== unsur.label)
      found.push({ kind: 'unsur-renamed', code: unsur.code, before: previous.label, after: unsur.label });
  }
  if (
    JSON.stringify(left.summary?.unsur ?? null, dropSource) !== JSON.stringify(right.summary?.unsur ?? null, dropSource) ||
    left.summary?.respondents !== right.summary?.respondents
  )
    found.push({ kind: 'summary-edited' });
  if (left.population?.size !== right.population?.size)
    found.push({ kind: 'population', before: left.population?.size ?? null, after: right.population?.size ?? null });
  return found;
}

function dropSource(key: string, value: unknown): unknown {
  return key === 'source' ? undefined : value;
}

const finding = (diagnostic: Diagnostic): LintFinding => ({
  severity: diagnostic.severity,
  code: diagnostic.code,
  file: diagnostic.file,
  line: diagnostic.range.start.line + 1,
  message: diagnostic.message,
  periodId: /^periods\/([^/]+)\//.exec(diagnostic.file)?.[1] ?? null,
});
/** Findings match by code, file and message, so a line shift is not a change. */
const lintKey = (diagnostic: Diagnostic): string => `${diagnostic.code}\u0000${diagnostic.file}\u0000${diagnostic.message}`;

function resultOf(lint: LintResult, workspace: Workspace, periodId: string): PeriodResult {
  return lint.periodResult ? lint.periodResult(periodId) : computePeriod(workspace, periodId, { mode: workspace.unit.mode });
}

function narrativeTexts(result: LintResult, period: Period | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of Object.values(period?.narrative ?? {})) {
    const text = result.loaded.texts.get(file);
    if (text !== undefined) texts.set(file, text);
  }
  return texts;
}

function rtlDiff(periodId: string, left: Period | undefined, right: Period | undefined): RtlItemDiff[] {
  const rtl: RtlItemDiff[] = [];
  const leftItems = new Map((left?.rtl?.items ?? []).map((item) => [item.id, item]));
  const rightItems = new Map((right?.rtl?.items ?? []).map((item) => [item.id, item]));
  for (const [itemId, item] of rightItems) {
    const previous = leftItems.get(itemId);
    if (!previous) rtl.push({ periodId, itemId, status: 'added', changes: [] });
    else {
      const changes = fieldChanges(previous, item);
      if (changes.length > 0) rtl.push({ periodId, itemId, status: 'changed', changes });
    }
  }
  for (const itemId of leftItems.keys()) if (!rightItems.has(itemId)) rtl.push({ periodId, itemId, status: 'removed', changes: [] });
  return rtl;
}

/**
 * Where a side's respondents of a period come from, when its rows were not loaded (a streamed
 * responses.csv); by default, the period's decoded rows.
 */
export interface RespondentSources {
  before?: (period: Period) => RespondentSide | undefined;
  after?: (period: Period) => RespondentSide | undefined;
}

function sideOf(source: RespondentSources['before'], period: Period | undefined): RespondentSide {
  return (period && source?.(period)) ?? rowsSide(period);
}

export function diffWorkspaces(before: LintResult, after: LintResult, sources: RespondentSources = {}): WorkspaceDiff {
  const left = before.loaded.workspace;
  const right = after.loaded.workspace;
  const beforeKeys = new Set(before.diagnostics.map(lintKey));
  const afterKeys = new Set(after.diagnostics.map(lintKey));
  const lint = {
    introduced: after.diagnostics.filter((diagnostic) => !beforeKeys.has(lintKey(diagnostic))).map(finding),
    fixed: before.diagnostics.filter((diagnostic) => !afterKeys.has(lintKey(diagnostic))).map(finding),
  };
  const periods: PeriodDiff[] = [];
  const rtl: RtlItemDiff[] = [];
  const ids = [...new Set([...(left?.periods ?? []), ...(right?.periods ?? [])].map((period) => period.id))];
  for (const id of ids) {
    const leftPeriod = left?.periods.find((period) => period.id === id);
    const rightPeriod = right?.periods.find((period) => period.id === id);
    // The lint pass computed each period once already (in the unit's mode): reuse it.
    const leftResult = left && leftPeriod ? resultOf(before, left, id) : null;
    const rightResult = right && rightPeriod ? resultOf(after, right, id) : null;
    const codes = [...new Set([...(leftResult?.unsur ?? []), ...(rightResult?.unsur ?? [])].map((unsur) => unsur.code))];
    const unsur = codes
      .map((code) => {
        const a = leftResult?.unsur.find((item) => item.code === code);
        const b = rightResult?.unsur.find((item) => item.code === code);
        return { code, label: b?.label ?? a?.label ?? code, before: a?.nrr ?? null, after: b?.nrr ?? null };
      })
      .filter((item) => item.before !== item.after);
    const lowestBefore = leftResult?.lowest.map((item) => item.code) ?? [];
    const lowestAfter = rightResult?.lowest.map((item) => item.code) ?? [];
    const why = left && right && leftPeriod && rightPeriod ? reasons(left, right, leftPeriod, rightPeriod) : [];
    const leftSide = sideOf(sources.before, leftPeriod);
    const rightSide = sideOf(sources.after, rightPeriod);
    const respondents =
      leftPeriod && rightPeriod
        ? respondentChanges(leftSide, rightSide)
        : { added: [...rightSide.ids], removed: [...leftSide.ids], changed: [] };
    const narrative = narrativeChanges(narrativeTexts(before, leftPeriod), narrativeTexts(after, rightPeriod));
    const periodRtl = rtlDiff(id, leftPeriod, rightPeriod);
    rtl.push(...periodRtl);
    const changed =
      unsur.length > 0 ||
      why.length > 0 ||
      respondents.added.length + respondents.removed.length + respondents.changed.length > 0 ||
      narrative.length > 0 ||
      periodRtl.length > 0 ||
      [...lint.introduced, ...lint.fixed].some((item) => item.periodId === id) ||
      leftResult?.ikmConverted !== rightResult?.ikmConverted ||
      leftPeriod?.label !== rightPeriod?.label;
    periods.push({
      periodId: id,
      label: rightPeriod?.label ?? leftPeriod?.label ?? id,
      status: !leftPeriod ? 'added' : !rightPeriod ? 'removed' : changed ? 'changed' : 'unchanged',
      before: leftResult ? figure(leftResult) : null,
      after: rightResult ? figure(rightResult) : null,
      unsur,
      lowest: lowestBefore.join() === lowestAfter.join() ? null : { before: lowestBefore, after: lowestAfter },
      reasons: why,
      respondents,
      narrative,
    });
  }
  return { periods, rtl, lint };
}
