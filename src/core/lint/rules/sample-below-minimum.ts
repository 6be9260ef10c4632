import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import type { LintRule, RuleFinding } from '../rule';

/**
 * Fewer respondents than the Krejcie & Morgan table (the one 14/2017 points to) requires for the
 * stated population. The message prints Slovin's figure too, since many units use it.
 */
export const sampleBelowMinimum: LintRule = {
  code: 'sample.below-minimum',
  defaultSeverity: 'warning',
  description: {
    id: 'Jumlah responden di bawah sampel minimal Krejcie & Morgan untuk populasi yang dinyatakan.',
    en: 'Fewer respondents than the Krejcie & Morgan minimum for the stated population.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const source = period.population?.source;
      if (!source) continue;
      const result = context.result(period.id);
      const minimum = result.sample.krejcieMorgan;
      // No respondents at all means the data did not load (reported elsewhere) or is not in yet.
      if (result.source === 'none' || result.respondents === 0 || minimum === null || result.respondents >= minimum) continue;
      findings.push({
        file: source.file,
        range: source.range,
        message: t('sample.below-minimum', {
          respondents: result.respondents,
          minimum,
          population: result.sample.population ?? 0,
          slovin: result.sample.slovin ?? '—',
          margin: formatNumber(result.sample.slovinMargin, 2),
        }),
        data: {
          respondents: result.respondents,
          krejcieMorgan: minimum,
          slovin: result.sample.slovin,
          slovinMargin: result.sample.slovinMargin,
        },
      });
    }
    return findings;
  },
};
