import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { daysBetween, isIsoDate } from './is-iso-date';

/** A yearly population for a shorter survey period overstates the minimum sample (seed 002). */
export const populationYearScope: LintRule = {
  code: 'population.year-scope',
  defaultSeverity: 'warning',
  description: {
    id: 'Populasi setahun (scope: year) dipakai untuk periode yang lebih pendek dari setahun.',
    en: 'A yearly population (scope: year) is used for a period shorter than a year.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      if (period.population?.scope !== 'year' || !isIsoDate(period.start) || !isIsoDate(period.end)) continue;
      const days = daysBetween(period.start, period.end);
      if (days >= 365) continue;
      findings.push({
        file: period.file,
        range: yamlRange(context, period.file, ['population', 'scope']),
        message: t('population.year-scope', { days, label: period.label }),
        data: { days },
      });
    }
    return findings;
  },
};
