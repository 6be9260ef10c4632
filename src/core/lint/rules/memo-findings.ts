import { RowMemo } from '../../load/row-memo';
import type { Responses } from '../../model/types';
import { getLocale } from '../../text/messages';
import type { LintContext, RuleFinding } from '../rule';

const MEMOS = new Map<string, RowMemo<RuleFinding[]>>();

/**
 * A row rule's findings on one responses file, reused from the last pass when the rows are the
 * same array (`LoadCache`) and every other input is equal: the language of the messages, the
 * file's name and text (ranges are found in it), and the rule's own `inputs` (the period's dates,
 * the unit's profile keys…). Each pass gets its own copies, so nothing a pass does to its
 * diagnostics reaches the next.
 */
export function memoFindings(
  code: string,
  context: LintContext,
  responses: Responses,
  inputs: readonly unknown[],
  find: () => RuleFinding[],
): RuleFinding[] {
  let memo = MEMOS.get(code);
  if (!memo) {
    memo = new RowMemo();
    MEMOS.set(code, memo);
  }
  const text = context.loaded.texts.get(responses.file);
  const found = memo.get(responses.rows, [getLocale(), responses.file, text, ...inputs], find);
  return found.map(copyFinding);
}

/** Answers the row rules' memos gave from memory (for tests). */
export function memoFindingsHits(): number {
  let hits = 0;
  for (const memo of MEMOS.values()) hits += memo.hits;
  return hits;
}

function copyFinding(finding: RuleFinding): RuleFinding {
  const { start, end } = finding.range;
  const copy: RuleFinding = { file: finding.file, range: { start: { ...start }, end: { ...end } }, message: finding.message };
  if (finding.data) copy.data = { ...finding.data };
  return copy;
}
