import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { findDuplicates } from './find-duplicates';

export const serviceDuplicateCode: LintRule = {
  code: 'service.duplicate-code',
  defaultSeverity: 'error',
  description: { id: 'Dua jenis layanan di skm.yaml memakai kode yang sama.', en: 'Two services in skm.yaml share the same code.' },
  check(context) {
    const file = context.workspace.unit.file;
    const findings: RuleFinding[] = [];
    for (const duplicate of findDuplicates(context.workspace.unit.services.map((service) => service.code))) {
      for (const index of duplicate.repeats) {
        findings.push({
          file,
          range: yamlRange(context, file, ['services', index, 'code']),
          message: t('duplicate-id', { id: duplicate.value, first: duplicate.first + 1 }),
          data: { id: duplicate.value },
        });
      }
    }
    return findings;
  },
};
