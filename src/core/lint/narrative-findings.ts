/**
 * Narrative checks shared by the `narrative.*` rules: unknown `{{ variables }}`, typed claims
 * that contradict the computed result, and markup the report renders inert (raw HTML, targets). Computed once per lint pass and split by code.
 */
import { checkClaims } from '../report/claims';
import { narrativeMarkupFindings } from '../report/narrative';
import { narrativeVariables, VARIABLE_PATTERN } from '../report/variables';
import { LineIndex } from '../parse/line-index';
import { t } from '../text/messages';
import type { LintContext, RuleFinding } from './rule';

const cache = new WeakMap<LintContext, Map<string, RuleFinding[]>>();

export function narrativeFindings(context: LintContext, code: string): RuleFinding[] {
  let byCode = cache.get(context);
  if (!byCode) {
    byCode = new Map();
    for (const period of context.workspace.periods) {
      const files = [...new Set(Object.values(period.narrative))].sort();
      if (files.length === 0) continue;
      const result = context.result(period.id);
      const variables = narrativeVariables(context.workspace, period, result);
      for (const file of files) {
        const text = context.loaded.texts.get(file);
        if (text === undefined) continue;
        const lines = new LineIndex(text);
        for (const match of text.matchAll(VARIABLE_PATTERN)) {
          const name = match[1] ?? '';
          if (variables.has(name)) continue;
          const offset = match.index ?? 0;
          push(byCode, 'narrative.unknown-variable', {
            file,
            range: lines.range(offset, offset + match[0].length),
            message: t('narrative.unknown-variable', { name }),
            data: { name },
          });
        }
        for (const finding of checkClaims(text, context.workspace.unit, result)) {
          push(byCode, finding.code, { file, range: finding.range, message: finding.message, data: finding.data });
        }
        for (const finding of narrativeMarkupFindings(file, text)) {
          push(byCode, finding.code, { file, range: finding.range, message: finding.message });
        }
      }
    }
    cache.set(context, byCode);
  }
  return byCode.get(code) ?? [];
}

function push(byCode: Map<string, RuleFinding[]>, code: string, finding: RuleFinding): void {
  const list = byCode.get(code) ?? [];
  list.push(finding);
  byCode.set(code, list);
}
