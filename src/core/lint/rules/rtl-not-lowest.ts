import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import { parsedCleanly, yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { lowestGroup } from './lowest-group';

export const rtlNotLowest: LintRule = {
  code: 'rtl.not-lowest',
  defaultSeverity: 'warning',
  description: {
    id: 'Butir RTL untuk unsur yang bukan tiga terendah.',
    en: 'An RTL item for an unsur that is not among the three lowest.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const known = new Set(context.workspace.unit.unsur.map((unsur) => unsur.code));
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      if (!rtl || !parsedCleanly(context, rtl.file) || rtl.items.length === 0) continue;
      const result = context.result(period.id);
      if (result.source === 'none' || result.lowest.length === 0) continue;
      const { members } = lowestGroup(result);
      const lowestText = members.map((unsur) => `${unsur.code} (${formatNumber(unsur.nrr, 2)})`).join(', ');
      rtl.items.forEach((item, index) => {
        if (!known.has(item.unsur) || members.some((unsur) => unsur.code === item.unsur)) return;
        const nrr = result.unsur.find((unsur) => unsur.code === item.unsur)?.nrr;
        findings.push({
          file: rtl.file,
          range: yamlRange(context, rtl.file, ['items', index, 'unsur']),
          message: t('rtl.not-lowest', {
            code: item.unsur,
            nrr: nrr === null || nrr === undefined ? '—' : formatNumber(nrr, 2),
            lowest: lowestText,
          }),
          data: { unsur: item.unsur, lowest: members.map((unsur) => unsur.code) },
        });
      });
    }
    return findings;
  },
};
