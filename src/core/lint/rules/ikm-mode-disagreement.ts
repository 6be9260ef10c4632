import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/** A template mode (weights 0,111 / 0,11, rounding) would grade the period differently from exact. */
export const ikmModeDisagreement: LintRule = {
  code: 'ikm.mode-disagreement',
  defaultSeverity: 'warning',
  description: {
    id: 'Mode template memberi mutu yang berbeda dari mode exact.',
    en: 'A template mode gives a different grade from exact mode.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const disagreement = context.result(period.id).modeDisagreement;
      if (!disagreement) continue;
      findings.push({
        file: period.file,
        range: yamlRange(context, period.file, ['label']),
        message: t('ikm.mode-disagreement', {
          mode: disagreement.mode,
          grade: disagreement.grade ?? '—',
          exactGrade: disagreement.exactGrade ?? '—',
        }),
        data: { ...disagreement },
      });
    }
    return findings;
  },
};
