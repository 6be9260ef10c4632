import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { isIsoDate } from './is-iso-date';

export const periodDatesInverted: LintRule = {
  code: 'period.dates-inverted',
  defaultSeverity: 'error',
  description: { id: 'Tanggal selesai periode lebih awal dari tanggal mulai.', en: 'A period ends before it starts.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      if (isIsoDate(period.start) && isIsoDate(period.end) && period.end < period.start) {
        findings.push({
          file: period.file,
          range: yamlRange(context, period.file, ['end']),
          message: t('period.dates-inverted', { start: period.start, end: period.end }),
        });
      }
    }
    return findings;
  },
};
