/**
 * What changed between two versions of a workspace, for a pull-request review: periods, IKM,
 * grades and NRRs before → after with the reasons, lowest-three changes, RTL items field by
 * field (by stable id), and lint errors introduced or fixed. Pure: both sides are already loaded.
 */
import { computePeriod } from '../compute/compute-period';
import type { PeriodResult } from '../compute/result';
import type { LintResult } from '../lint/lint-workspace';
import type { Diagnostic } from '../model/diagnostic';
import type { Period, Workspace } from '../model/types';
import { fieldChanges } from './rtl-fields';
import type { FieldChange } from './rtl-fields';

export interface Figure {
  ikmConverted: number | null;
  grade: string | null;
  respondents: number;
  mode: string;
}

export interface PeriodDiff {
  periodId: string;
  label: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  before: Figure | null;
  after: Figure | null;
  unsur: { code: string; label: string; before: number | null; after: number | null }[];
  lowest: { before: string[]; after: string[] } | null;
  reasons: string[];
}

export interface RtlItemDiff {
  periodId: string;
  itemId: string;
  status: 'added' | 'removed' | 'changed';
  changes: FieldChange[];
}

export interface LintFinding {
  code: string;
  file: string;
  line: number;
  message: string;
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

function reasons(before: Workspace, after: Workspace, left: Period, right: Period): string[] {
  const found: string[] = [];
  if (before.unit.mode !== after.unit.mode) found.push(`mode ${before.unit.mode} → ${after.unit.mode}`);
  for (const unsur of after.unit.unsur) {
    const previous = before.unit.unsur.find((candidate) => candidate.code === unsur.code);
    if (previous && previous.label !== unsur.label) found.push(`unsur ${unsur.code} diganti nama: "${previous.label}" → "${unsur.label}"`);
  }
  const leftRows = new Map(
    (left.responses?.rows ?? []).map((row) => [row.id, JSON.stringify([row.scores, row.date, row.service, row.profile, row.saran])]),
  );
  const rightRows = new Map(
    (right.responses?.rows ?? []).map((row) => [row.id, JSON.stringify([row.scores, row.date, row.service, row.profile, row.saran])]),
  );
  let added = 0;
  let removed = 0;
  let edited = 0;
  for (const [id, value] of rightRows) {
    const previous = leftRows.get(id);
    if (previous === undefined) added++;
    else if (previous !== value) edited++;
  }
  for (const id of leftRows.keys()) if (!rightRows.has(id)) removed++;
  if (added > 0) found.push(`${added} responden ditambahkan`);
  if (removed > 0) found.push(`${removed} responden dihapus`);
  if (edited > 0) found.push(`${edited} responden diubah`);
  if (
    JSON.stringify(left.summary?.unsur ?? null, dropSource) !== JSON.stringify(right.summary?.unsur ?? null, dropSource) ||
    left.summary?.respondents !== right.summary?.respondents
  )
    found.push('ringkasan (summary.yaml) diubah');
  if (left.population?.size !== right.population?.size)
    found.push(`populasi ${left.population?.size ?? '–'} → ${right.population?.size ?? '–'}`);
  return found;
}

function dropSource(key: string, value: unknown): unknown {
  return key === 'source' ? undefined : value;
}

const finding = (diagnostic: Diagnostic): LintFinding => ({
  code: diagnostic.code,
  file: diagnostic.file,
  line: diagnostic.range.start.line + 1,
  message: diagnostic.message,
});
const lintKey = (diagnostic: Diagnostic): string => `${diagnostic.code}\u0000${diagnostic.file}\u0000${diagnostic.message}`;

function resultOf(lint: LintResult, workspace: Workspace, periodId: string): PeriodResult {
  return lint.periodResult ? lint.periodResult(periodId) : computePeriod(workspace, periodId, { mode: workspace.unit.mode });
}

export function diffWorkspaces(before: LintResult, after: LintResult): WorkspaceDiff {
  const left = before.loaded.workspace;
  const right = after.loaded.workspace;
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
    const changed =
      unsur.length > 0 ||
      why.length > 0 ||
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
    });
    const leftItems = new Map((leftPeriod?.rtl?.items ?? []).map((item) => [item.id, item]));
    const rightItems = new Map((rightPeriod?.rtl?.items ?? []).map((item) => [item.id, item]));
    for (const [itemId, item] of rightItems) {
      const previous = leftItems.get(itemId);
      if (!previous) rtl.push({ periodId: id, itemId, status: 'added', changes: [] });
      else {
        const changes = fieldChanges(previous, item);
        if (changes.length > 0) rtl.push({ periodId: id, itemId, status: 'changed', changes });
      }
    }
    for (const itemId of leftItems.keys()) if (!rightItems.has(itemId)) rtl.push({ periodId: id, itemId, status: 'removed', changes: [] });
  }
  const errors = (result: LintResult): Diagnostic[] => result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const beforeKeys = new Set(errors(before).map(lintKey));
  const afterKeys = new Set(errors(after).map(lintKey));
  return {
    periods,
    rtl,
    lint: {
      introduced: errors(after)
        .filter((diagnostic) => !beforeKeys.has(lintKey(diagnostic)))
        .map(finding),
      fixed: errors(before)
        .filter((diagnostic) => !afterKeys.has(lintKey(diagnostic)))
        .map(finding),
    },
  };
}
