import { t } from '../../text/messages';
import { lineRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { CappedFindings } from './cap-findings';
import { memoFindings } from './memo-findings';

/** Repeats are reported in row order, as the streaming reader (`RowChecks`) meets them. */
export const responsesDuplicateId: LintRule = {
  code: 'responses.duplicate-id',
  defaultSeverity: 'error',
  description: { id: 'Dua responden memakai id yang sama.', en: 'Two respondents share the same id.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      if (!responses) continue;
      const found = memoFindings('responses.duplicate-id', context, responses, [], () => {
        const firstLine = new Map<string, number>();
        const perFile = new CappedFindings('responses.duplicate-id');
        for (const row of responses.rows) {
          // Generated ids (`#12`) are row numbers and cannot repeat.
          if (row.id === '' || row.id.startsWith('#')) continue;
          const first = firstLine.get(row.id);
          if (first === undefined) {
            firstLine.set(row.id, row.line);
            continue;
          }
          if (!perFile.admit()) continue;
          perFile.keep({
            file: responses.file,
            range: lineRange(context, responses.file, row.line, row.id),
            message: t('responses.duplicate-id', { id: row.id, line: first }),
            data: { id: row.id },
          });
        }
        return perFile.finish();
      });
      findings.push(...found);
    }
    return findings;
  },
};
