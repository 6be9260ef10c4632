import { LineIndex } from '../../parse/line-index';
import { findUnfilledTemplate } from '../../report/unfilled-template';
import { t } from '../../text/messages';
import type { LintRule, RuleFinding } from '../rule';

/** Template text never filled in: "…", "[isi]", "xxx", "{{ }}", "- . nihil" (seed 001). */
export const narrativeUnfilledTemplate: LintRule = {
  code: 'narrative.unfilled-template',
  defaultSeverity: 'warning',
  description: {
    id: 'Narasi masih memuat teks templat yang belum diisi ("…", "[isi]", "xxx", "{{ }}", butir kosong).',
    en: 'The narrative still holds unfilled template text ("…", "[isi]", "xxx", "{{ }}", an emptied item).',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const files = new Set(context.workspace.periods.flatMap((period) => Object.values(period.narrative)));
    for (const file of [...files].sort()) {
      const text = context.loaded.texts.get(file);
      if (text === undefined) continue;
      const lines = new LineIndex(text);
      for (const unfilled of findUnfilledTemplate(text)) {
        findings.push({
          file,
          range: lines.range(unfilled.offset, unfilled.offset + unfilled.length),
          message: t('narrative.unfilled-template', { text: unfilled.text }),
          data: { text: unfilled.text },
        });
      }
    }
    return findings;
  },
};
