import { slovin } from '../../compute/sample-size';
import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

const COMMON_MARGINS = [0.05, 0.1, 0.15, 0.2];

/** `sampling.stated` is not what the stated method gives for the stated population. */
export const sampleMethodMismatch: LintRule = {
  code: 'sample.method-mismatch',
  defaultSeverity: 'warning',
  description: {
    id: 'Sampel minimal yang dinyatakan tidak sesuai dengan metode yang disebut (mis. angka Slovin disebut Krejcie & Morgan).',
    en: 'The stated minimum sample does not match the stated method (e.g. a Slovin figure cited as Krejcie & Morgan).',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const sampling = period.sampling;
      const population = period.population?.size;
      if (!sampling || sampling.stated === undefined || population === undefined) continue;
      const sample = context.result(period.id).sample;
      const expected = sampling.method === 'slovin' ? slovin(population, sampling.margin ?? 0.05) : sample.krejcieMorgan;
      if (expected === null || expected === sampling.stated) continue;
      const methodName = t(`sample.method.${sampling.method}`);
      let hint = '';
      if (sampling.method === 'krejcie-morgan') {
        const margin = COMMON_MARGINS.find((candidate) => slovin(population, candidate) === sampling.stated);
        if (margin !== undefined) hint = t('sample.method-mismatch.slovin', { stated: sampling.stated, margin: formatNumber(margin, 2) });
      }
      findings.push({
        file: period.file,
        range: yamlRange(context, period.file, ['sampling', 'stated']),
        message: t('sample.method-mismatch', { stated: sampling.stated, method: methodName, population, expected, hint }),
        data: { stated: sampling.stated, expected, method: sampling.method },
      });
    }
    return findings;
  },
};
