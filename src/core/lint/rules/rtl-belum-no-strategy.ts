import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

export const rtlBelumNoStrategy: LintRule = {
  code: 'rtl.belum-no-strategy',
  defaultSeverity: 'warning',
  description: { id: 'Butir berstatus belum tanpa strategi penyelesaian.', en: 'An item marked belum has no strategy.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      rtl?.items.forEach((item, index) => {
        if (item.realisation?.status !== 'belum' || item.strategy?.strategy.trim()) return;
        findings.push({
          file: rtl.file,
          range: yamlRange(context, rtl.file, ['items', index, 'realisation', 'status']),
          message: t('rtl.belum-no-strategy', { id: item.id }),
          data: { id: item.id },
        });
      });
    }
    return findings;
  },
};
