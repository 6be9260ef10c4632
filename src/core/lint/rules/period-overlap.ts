import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { isIsoDate } from './is-iso-date';

export const periodOverlap: LintRule = {
  code: 'period.overlap',
  defaultSeverity: 'warning',
  description: { id: 'Dua periode saling tumpang tindih.', en: 'Two periods overlap.' },
  check(context) {
    const periods = context.workspace.periods.filter(
      (period) => isIsoDate(period.start) && isIsoDate(period.end) && period.start <= period.end,
    );
    const findings: RuleFinding[] = [];
    // Periods are ordered by start: each one is reported once, against an earlier one it overlaps.
    periods.forEach((period, index) => {
      const earlier = periods.slice(0, index).find((other) => other.end >= period.start);
      if (!earlier) return;
      findings.push({
        file: period.file,
        range: yamlRange(context, period.file, ['start']),
        message: t('period.overlap', { period: period.id, other: earlier.id, start: period.start, otherEnd: earlier.end }),
        data: { other: earlier.id },
      });
    });
    return findings;
  },
};
