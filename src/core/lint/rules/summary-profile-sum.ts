import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

export const summaryProfileSum: LintRule = {
  code: 'summary.profile-sum',
  defaultSeverity: 'warning',
  description: {
    id: 'Jumlah per pilihan sebuah atribut profil tidak sama dengan jumlah responden.',
    en: 'The counts of a profile attribute do not add up to the respondents.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const summary = period.summary;
      if (!summary) continue;
      for (const [key, counts] of Object.entries(summary.profile)) {
        const sum = Object.values(counts).reduce((total, entry) => total + entry.count, 0);
        if (sum === summary.respondents) continue;
        findings.push({
          file: summary.file,
          range: yamlRange(context, summary.file, ['profile', key], 'key'),
          message: t('summary.profile-sum', { key, sum, respondents: summary.respondents, difference: summary.respondents - sum }),
          data: { key, sum, respondents: summary.respondents },
        });
      }
    }
    return findings;
  },
};
