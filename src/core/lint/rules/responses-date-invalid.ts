import { t } from '../../text/messages';
import { lineRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { CappedFindings } from './cap-findings';
import { isIsoDate } from './is-iso-date';
import { memoFindings } from './memo-findings';

/** The decoder normalises `DD/MM/YYYY`; whatever is still not a date ends up here. */
export const responsesDateInvalid: LintRule = {
  code: 'responses.date-invalid',
  defaultSeverity: 'error',
  description: { id: 'Tanggal responden bukan tanggal yang valid.', en: 'A response date is not a valid date.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      // In responses.yaml the schema already reports bad dates (schema.format).
      if (!responses || responses.file.endsWith('.yaml')) continue;
      const found = memoFindings('responses.date-invalid', context, responses, [], () => {
        const perFile = new CappedFindings('responses.date-invalid');
        for (const row of responses.rows) {
          if (row.date === undefined || isIsoDate(row.date) || !perFile.admit()) continue;
          perFile.keep({
            file: responses.file,
            range: lineRange(context, responses.file, row.line, row.date),
            message: t('responses.date-invalid', { value: row.date }),
          });
        }
        return perFile.finish();
      });
      findings.push(...found);
    }
    return findings;
  },
};
