import type { RtlItem } from '../../model/types';
import type { Range } from '../../model/diagnostic';
import { yamlRange } from '../locate';
import type { LintContext, RuleFinding } from '../rule';

/** An RTL item marked `sudah`, with its file and where its realisation fields are. */
export interface SudahItem {
  file: string;
  item: RtlItem;
  realisation: NonNullable<RtlItem['realisation']>;
  /** The range of one field of the item's realisation (`status`, `description`, …) in rtl.yaml. */
  range: (field: string) => Range;
}

/**
 * The item loop the rules on realised items share: every item marked `sudah` of every period,
 * in file order; `check` returns the item's finding, if any.
 */
export function checkSudahItems(context: LintContext, check: (sudah: SudahItem) => RuleFinding | undefined): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const period of context.workspace.periods) {
    const rtl = period.rtl;
    rtl?.items.forEach((item, index) => {
      const realisation = item.realisation;
      if (realisation?.status !== 'sudah') return;
      const range = (field: string): Range => yamlRange(context, rtl.file, ['items', index, 'realisation', field]);
      const finding = check({ file: rtl.file, item, realisation, range });
      if (finding) findings.push(finding);
    });
  }
  return findings;
}
