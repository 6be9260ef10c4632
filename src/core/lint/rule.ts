/**
 * The shape of a domain lint rule. Each rule lives in its own file in `rules/`, has a stable code
 * (`rtl.unknown-unsur`), a default severity the unit can override in `skm.yaml` (`lint.rules`),
 * and a fixture pair in `test/fixtures/lint/<code>/{fail,pass}/`. Rules are registered in one
 * ordered table, `rules/index.ts`.
 */
import type { PeriodResult } from '../compute/result';
import type { LoadedWorkspace } from '../load/load-workspace';
import type { WorkspaceFiles } from '../load/workspace-files';
import type { Diagnostic, Range, Severity } from '../model/diagnostic';
import type { Workspace } from '../model/types';

export interface RuleFinding {
  file: string;
  range: Range;
  message: string;
  data?: Record<string, unknown>;
}

export interface LintContext {
  loaded: LoadedWorkspace;
  workspace: Workspace;
  files: WorkspaceFiles;
  /** The computed result of a period (cached; exact mode unless the unit says otherwise). */
  result(periodId: string): PeriodResult;
}

export interface LintRule {
  code: string;
  defaultSeverity: Severity;
  /** One sentence for docs/lint-rules.md and hover text. */
  description: { id: string; en: string };
  check(context: LintContext): RuleFinding[];
}

/** Applies a rule's severity (default or the unit's override) to its findings. */
export function toDiagnostics(rule: LintRule, findings: RuleFinding[], override: Severity | 'off' | undefined): Diagnostic[] {
  if (override === 'off') return [];
  const severity = override ?? rule.defaultSeverity;
  return findings.map((finding) => {
    const diagnostic: Diagnostic = { code: rule.code, severity, message: finding.message, file: finding.file, range: finding.range };
    if (finding.data) diagnostic.data = finding.data;
    return diagnostic;
  });
}
