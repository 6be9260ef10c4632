import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { findDuplicates } from './find-duplicates';

export const rtlDuplicateId: LintRule = {
  code: 'rtl.duplicate-id',
  defaultSeverity: 'error',
  description: { id: 'Dua butir RTL memakai id yang sama.', en: 'Two RTL items share the same id.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      if (!rtl) continue;
      for (const duplicate of findDuplicates(rtl.items.map((item) => item.id))) {
        for (const index of duplicate.repeats) {
          findings.push({
            file: rtl.file,
            range: yamlRange(context, rtl.file, ['items', index, 'id']),
            message: t('duplicate-id', { id: duplicate.value, first: duplicate.first + 1 }),
            data: { id: duplicate.value },
          });
        }
      }
    }
    return findings;
  },
};
