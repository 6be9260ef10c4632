import { Ratio } from '../../compute/ratio';
import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/** Decimals a printed number was written with (at most 4). */
function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point === -1 ? 0 : Math.min(4, text.length - point - 1);
}

/**
 * A printed percentage that its count does not give (seed 002 prints 61 L / 24 P of 85 as
 * 39% / 61%). Compared at the printed precision: 71.8 and 72 both match 71.7647…
 */
export const summaryPercentMismatch: LintRule = {
  code: 'summary.percent-mismatch',
  defaultSeverity: 'warning',
  description: { id: 'Persentase tercetak tidak sesuai dengan jumlahnya.', en: 'A printed percentage does not match its count.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const summary = period.summary;
      if (!summary || summary.respondents <= 0) continue;
      for (const [key, counts] of Object.entries(summary.profile)) {
        for (const [code, entry] of Object.entries(counts)) {
          if (entry.percent === undefined) continue;
          // The printed figure is right when it is the exact share rounded half up to its own decimals.
          const share = Ratio.of(entry.count * 100, summary.respondents);
          if (Number(share.toFixed(decimalsOf(entry.percent))) === entry.percent) continue;
          const expected = Number(share.toFixed(2));
          findings.push({
            file: summary.file,
            range: yamlRange(context, summary.file, ['profile', key, code, 'percent']),
            message: t('summary.percent-mismatch', {
              key,
              code,
              printed: formatNumber(entry.percent, decimalsOf(entry.percent)),
              count: entry.count,
              respondents: summary.respondents,
              expected: formatNumber(expected, 2),
            }),
            data: { expected },
          });
        }
      }
    }
    return findings;
  },
};
