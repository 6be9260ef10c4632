import { pointRange } from '../../model/diagnostic';
import { t } from '../../text/messages';
import type { LintRule, RuleFinding } from '../rule';

export const rtlEvidenceMissing: LintRule = {
  code: 'rtl.evidence-missing',
  defaultSeverity: 'error',
  description: { id: 'Berkas foto dokumentasi yang dirujuk tidak ada.', en: 'A referenced evidence file does not exist.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      if (!rtl) continue;
      for (const item of rtl.items) {
        for (const evidence of item.realisation?.evidence ?? []) {
          if (evidence.file === '' || evidence.file === period.folder || context.files.exists(evidence.file)) continue;
          findings.push({
            file: rtl.file,
            range: evidence.source?.range ?? pointRange(0, 0),
            message: t('rtl.evidence-missing', { file: evidence.file, id: item.id }),
            data: { path: evidence.file },
          });
        }
      }
    }
    return findings;
  },
};
