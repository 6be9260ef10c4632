/**
 * The whole lint pass: load diagnostics (YAML/CSV/decoding), schema diagnostics for every parsed
 * YAML file, the domain rules of `rules/index.ts`, then the unit's severity overrides
 * (`skm.yaml` `lint.rules`, applied to every code, built-in ones included), sorted in the stable
 * order of `compareDiagnostics`. Never throws on bad input.
 */
import { computePeriod } from '../compute/compute-period';
import type { RawStatistics } from '../compute/compute-core';
import type { PeriodResult } from '../compute/result';
import type { LoadCache } from '../load/load-cache';
import { loadWorkspace } from '../load/load-workspace';
import type { LoadedWorkspace } from '../load/load-workspace';
import type { WorkspaceFiles } from '../load/workspace-files';
import type { Diagnostic } from '../model/diagnostic';
import { compareDiagnostics, pointRange } from '../model/diagnostic';
import type { RuleSeverityOverride, Workspace } from '../model/types';
import { t } from '../text/messages';
import { validateYaml } from '../validate/validate-yaml';
import type { LintContext } from './rule';
import { toDiagnostics } from './rule';
import { RULES } from './rules/index';

export interface LintResult {
  loaded: LoadedWorkspace;
  diagnostics: Diagnostic[];
  /** A period's result in the unit's mode, computed at most once per pass (shared with the rules). */
  periodResult?: (periodId: string) => PeriodResult;
}

export interface LintOptions {
  root?: string;
  /** Reuse parsed responses across passes (the editor); see `LoadCache`. */
  cache?: LoadCache;
}

export function lintWorkspace(files: WorkspaceFiles, options: LintOptions = {}): LintResult {
  return lintLoaded(loadWorkspace(files, options.root ?? '', options.cache), files);
}

/**
 * The lint pass over an already loaded workspace; `statistics` are periods' responses gathered
 * elsewhere (the streaming reader), used for their results instead of in-memory rows.
 */
export function lintLoaded(loaded: LoadedWorkspace, files: WorkspaceFiles, statistics?: ReadonlyMap<string, RawStatistics>): LintResult {
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  for (const { kind, parsed } of loaded.yaml.values()) diagnostics.push(...validateYaml(kind, parsed));
  const workspace = loaded.workspace;
  const context = workspace ? createContext(loaded, workspace, files, statistics) : undefined;
  if (workspace && context) {
    for (const rule of RULES) {
      try {
        diagnostics.push(...toDiagnostics(rule, rule.check(context), undefined));
      } catch (error) {
        diagnostics.push({
          code: 'lint.rule-failed',
          severity: 'error',
          message: t('lint.rule-failed', { rule: rule.code, reason: error instanceof Error ? error.message : String(error) }),
          file: workspace.unit.file,
          range: pointRange(0, 0),
        });
      }
    }
  }
  const sorted = applyOverrides(diagnostics, workspace?.unit.ruleOverrides ?? {}).sort(compareDiagnostics);
  return context ? { loaded, diagnostics: sorted, periodResult: (periodId) => context.result(periodId) } : { loaded, diagnostics: sorted };
}

/** The context handed to every rule; period results are computed at most once each. */
export function createContext(
  loaded: LoadedWorkspace,
  workspace: Workspace,
  files: WorkspaceFiles,
  statistics?: ReadonlyMap<string, RawStatistics>,
): LintContext {
  const results = new Map<string, PeriodResult>();
  return {
    loaded,
    workspace,
    files,
    result(periodId: string): PeriodResult {
      let result = results.get(periodId);
      if (!result) {
        result = computePeriod(workspace, periodId, { mode: workspace.unit.mode, ...(statistics ? { statistics } : {}) });
        results.set(periodId, result);
      }
      return result;
    },
  };
}

/** Applies `lint.rules` overrides to any diagnostic code; `off` removes the diagnostic. */
export function applyOverrides(diagnostics: Diagnostic[], overrides: Record<string, RuleSeverityOverride>): Diagnostic[] {
  if (Object.keys(overrides).length === 0) return diagnostics;
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const override = overrides[diagnostic.code];
    if (override === 'off') continue;
    result.push(override ? { ...diagnostic, severity: override } : diagnostic);
  }
  return result;
}
