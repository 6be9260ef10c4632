import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import { parsedCleanly, yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { lowestGroup } from './lowest-group';

/**
 * One of the three lowest unsur has no RTL item. When the third place is a tie, an item for any
 * of the tied unsur is enough, and the message names all of them.
 */
export const rtlLowestMissing: LintRule = {
  code: 'rtl.lowest-missing',
  defaultSeverity: 'warning',
  description: { id: 'Salah satu dari tiga unsur terendah tidak punya butir RTL.', en: 'One of the three lowest unsur has no RTL item.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      if (!rtl || !parsedCleanly(context, rtl.file)) continue;
      const result = context.result(period.id);
      if (result.source === 'none') continue;
      const { cutOff } = lowestGroup(result);
      const covered = new Set(rtl.items.map((item) => item.unsur));
      const cutOffCovered = cutOff.some((unsur) => covered.has(unsur.code));
      for (const unsur of result.lowest) {
        if (covered.has(unsur.code)) continue;
        const tied = cutOff.some((member) => member.code === unsur.code);
        if (tied && cutOffCovered) continue;
        const ties = tied ? t('rtl.lowest-missing.tie', { codes: cutOff.map((member) => member.code).join(', ') }) : '';
        findings.push({
          file: rtl.file,
          range: yamlRange(context, rtl.file, ['items'], 'key'),
          message: t('rtl.lowest-missing', { code: unsur.code, label: unsur.label, nrr: formatNumber(unsur.nrr, 2), ties }),
          data: { unsur: unsur.code, tiedWith: tied ? cutOff.map((member) => member.code) : [] },
        });
      }
    }
    return findings;
  },
};
