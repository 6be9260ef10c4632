import { t } from '../../text/messages';
import { yamlRange, yamlValue } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { findDuplicates } from './find-duplicates';

export const unsurDuplicateCode: LintRule = {
  code: 'unsur.duplicate-code',
  defaultSeverity: 'error',
  description: { id: 'Dua unsur di skm.yaml memakai kode yang sama.', en: 'Two unsur in skm.yaml share the same code.' },
  check(context) {
    const file = context.workspace.unit.file;
    if (!Array.isArray(yamlValue(context, file, ['unsur']))) return [];
    const findings: RuleFinding[] = [];
    for (const duplicate of findDuplicates(context.workspace.unit.unsur.map((unsur) => unsur.code))) {
      for (const index of duplicate.repeats) {
        findings.push({
          file,
          range: yamlRange(context, file, ['unsur', index, 'code']),
          message: t('duplicate-id', { id: duplicate.value, first: duplicate.first + 1 }),
          data: { id: duplicate.value },
        });
      }
    }
    return findings;
  },
};
