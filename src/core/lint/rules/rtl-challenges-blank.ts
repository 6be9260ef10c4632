import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/**
 * A realised item with no challenges written: the LHTL's Tantangan/Hambatan column is left
 * blank (seed 001). Only information: "none" is a valid answer, but it should be written.
 */
export const rtlChallengesBlank: LintRule = {
  code: 'rtl.challenges-blank',
  defaultSeverity: 'info',
  description: {
    id: 'Butir berstatus sudah tanpa tantangan/hambatan; tulis "tidak ada" bila memang tidak ada.',
    en: 'An item marked sudah has no challenges; write "none" if there were none.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      rtl?.items.forEach((item, index) => {
        const realisation = item.realisation;
        if (realisation?.status !== 'sudah' || realisation.challenges?.trim()) return;
        findings.push({
          file: rtl.file,
          range: yamlRange(context, rtl.file, ['items', index, 'realisation', 'status']),
          message: t('rtl.challenges-blank', { id: item.id }),
          data: { id: item.id },
        });
      });
    }
    return findings;
  },
};
