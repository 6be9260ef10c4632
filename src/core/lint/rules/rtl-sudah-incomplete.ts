import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/** An item marked sudah must say what was done and when (seed 000 has one that does not). */
export const rtlSudahIncomplete: LintRule = {
  code: 'rtl.sudah-incomplete',
  defaultSeverity: 'warning',
  description: {
    id: 'Butir berstatus sudah tanpa uraian atau tanpa tanggal pelaksanaan.',
    en: 'An item marked sudah has no description or no date.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      rtl?.items.forEach((item, index) => {
        const realisation = item.realisation;
        if (realisation?.status !== 'sudah') return;
        const missing: string[] = [];
        if (!realisation.description?.trim()) missing.push(t('rtl.field.description'));
        if (realisation.dates.filter((date) => date !== '').length === 0) missing.push(t('rtl.field.dates'));
        if (missing.length === 0) return;
        findings.push({
          file: rtl.file,
          range: yamlRange(context, rtl.file, ['items', index, 'realisation', 'status']),
          message: t('rtl.sudah-incomplete', { id: item.id, missing: missing.join(', ') }),
          data: { id: item.id },
        });
      });
    }
    return findings;
  },
};
