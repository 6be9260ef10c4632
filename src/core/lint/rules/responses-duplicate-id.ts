import { t } from '../../text/messages';
import { lineRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { findDuplicates } from './find-duplicates';
import { capFindings } from './cap-findings';

export const responsesDuplicateId: LintRule = {
  code: 'responses.duplicate-id',
  defaultSeverity: 'error',
  description: { id: 'Dua responden memakai id yang sama.', en: 'Two respondents share the same id.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const responses = period.responses;
      if (!responses) continue;
      const rows = responses.rows;
      // Generated ids (`#12`) are row numbers and cannot repeat.
      const perFile: RuleFinding[] = [];
      for (const duplicate of findDuplicates(rows.map((row) => (row.id.startsWith('#') ? '' : row.id)))) {
        const firstLine = rows[duplicate.first]?.line ?? 0;
        for (const index of duplicate.repeats) {
          const row = rows[index];
          if (!row) continue;
          perFile.push({
            file: responses.file,
            range: lineRange(context, responses.file, row.line, row.id),
            message: t('responses.duplicate-id', { id: duplicate.value, line: firstLine }),
            data: { id: duplicate.value },
          });
        }
      }
      findings.push(...capFindings(perFile, 'responses.duplicate-id'));
    }
    return findings;
  },
};
