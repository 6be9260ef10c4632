import { LineIndex } from '../../parse/line-index';
import { t } from '../../text/messages';
import type { LintRule, RuleFinding } from '../rule';

/** Narrative keys of the LHTL; the Laporan SKM's own sections talk about the next plan. */
const LHTL_KEYS = ['lhtlPendahuluan', 'lhtlKesimpulan'];

/** Phrases claiming follow-up was carried out (or a percentage of it). */
const CLAIMS: readonly RegExp[] = [
  /\{\{\s*rtl\.percent\s*\}\}/g,
  /\b(?:telah|sudah)\s+(?:menindaklanjuti|ditindaklanjuti|dilaksanakan|direalisasikan|merealisasikan|terlaksana)\b/gi,
  /\bseluruh\s+(?:rencana|rtl|butir)\b/gi,
  /\b100\s?%/g,
  /\b(?:has|have)\s+(?:been\s+)?(?:followed\s+up|carried\s+out|implemented|completed)\b/gi,
];

/**
 * A period with no RTL (no `rtl.yaml`, or one without items) whose LHTL narrative says the plan
 * was carried out: "0 of 0" is not "all done". The report's own conclusion says there was no plan.
 */
export const lhtlNoRtlClaim: LintRule = {
  code: 'lhtl.no-rtl-claim',
  defaultSeverity: 'warning',
  description: {
    id: 'Periode tanpa RTL, tetapi narasi LHTL menyatakan tindak lanjut telah dilaksanakan.',
    en: 'A period without an RTL whose LHTL narrative says the follow-up was carried out.',
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      if ((period.rtl?.items.length ?? 0) > 0) continue;
      const files = new Set(LHTL_KEYS.map((key) => period.narrative[key]).filter((file): file is string => file !== undefined));
      for (const file of [...files].sort()) {
        const text = context.loaded.texts.get(file);
        if (text === undefined) continue;
        const lines = new LineIndex(text);
        for (const pattern of CLAIMS) {
          for (const match of text.matchAll(pattern)) {
            const offset = match.index ?? 0;
            findings.push({
              file,
              range: lines.range(offset, offset + match[0].length),
              message: t('lhtl.no-rtl-claim', { period: period.label, phrase: match[0] }),
              data: { phrase: match[0] },
            });
          }
        }
      }
    }
    return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  },
};
