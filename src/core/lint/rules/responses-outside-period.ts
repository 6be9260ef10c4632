import { t } from '../../text/messages';
import { lineRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { CappedFindings } from './cap-findings';
import { isIsoDate } from './is-iso-date';
import { memoFindings } from './memo-findings';

export const responsesOutsidePeriod: LintRule = {
  code: 'responses.outside-period',
  defaultSeverity: 'warning',
  description: { id: 'Tanggal responden di luar tanggal periodenya.', en: "A response is dated outside its period's dates." },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      const { start, end } = period;
      if (!responses || !isIsoDate(start) || !isIsoDate(end)) continue;
      const found = memoFindings('responses.outside-period', context, responses, [start, end], () => {
        const perFile = new CappedFindings('responses.outside-period');
        for (const row of responses.rows) {
          if (!isIsoDate(row.date) || (row.date >= start && row.date <= end) || !perFile.admit()) continue;
          perFile.keep({
            file: responses.file,
            range: lineRange(context, responses.file, row.line, row.date),
            message: t('responses.outside-period', { id: row.id, date: row.date, start, end }),
          });
        }
        return perFile.finish();
      });
      findings.push(...found);
    }
    return findings;
  },
};
