import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

export const summaryAnsweredExceeds: LintRule = {
  code: 'summary.answered-exceeds',
  defaultSeverity: 'error',
  description: {
    id: 'Jumlah yang menjawab sebuah unsur melebihi jumlah responden.',
    en: 'More answers to an unsur than there are respondents.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const summary = period.summary;
      if (!summary) continue;
      const groups: { path: (string | number)[]; respondents: number; unsur: typeof summary.unsur }[] = [
        { path: ['unsur'], respondents: summary.respondents, unsur: summary.unsur },
        ...Object.entries(summary.byService).map(([service, entry]) => ({
          path: ['byService', service, 'unsur'],
          respondents: entry.respondents,
          unsur: entry.unsur,
        })),
      ];
      for (const group of groups) {
        for (const [code, aggregate] of Object.entries(group.unsur)) {
          if (aggregate.answered <= group.respondents) continue;
          findings.push({
            file: summary.file,
            range: yamlRange(context, summary.file, [...group.path, code, 'answered']),
            message: t('summary.answered-exceeds', { code, answered: aggregate.answered, respondents: group.respondents }),
            data: { unsur: code, respondents: group.respondents },
          });
        }
      }
    }
    return findings;
  },
};
