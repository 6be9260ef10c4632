import { formatNumber } from '../../text/format';
import { t } from '../../text/messages';
import { parsedCleanly, yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';
import { lowestGroup } from './lowest-group';

/**
 * One of the three lowest unsur has no RTL item. When unsur tie at the cut-off, the tied group
 * fills the places left below it (U5 = U6 for the third place: one place; U2 = U3 = U4 after one
 * lower unsur: two places), and the RTL must cover at least that many of the group — which ones is
 * the unit's choice. The finding then names the whole group, its places and how many are covered.
 */
export const rtlLowestMissing: LintRule = {
  code: 'rtl.lowest-missing',
  defaultSeverity: 'warning',
  description: { id: 'Salah satu dari tiga unsur terendah tidak punya butir RTL.', en: 'One of the three lowest unsur has no RTL item.' },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      if (!rtl || !parsedCleanly(context, rtl.file)) continue;
      const result = context.result(period.id);
      if (result.source === 'none') continue;
      const range = yamlRange(context, rtl.file, ['items'], 'key');
      const { cutOff } = lowestGroup(result);
      const tied = new Set(cutOff.map((unsur) => unsur.code));
      const covered = new Set(rtl.items.map((item) => item.unsur));
      for (const unsur of result.lowest) {
        if (covered.has(unsur.code) || tied.has(unsur.code)) continue;
        findings.push({
          file: rtl.file,
          range,
          message: t('rtl.lowest-missing', { code: unsur.code, label: unsur.label, nrr: formatNumber(unsur.nrr, 2), ties: '' }),
          data: { unsur: unsur.code, tiedWith: [] },
        });
      }
      if (cutOff.length === 0) continue;
      const places = result.lowest.filter((unsur) => tied.has(unsur.code)).length;
      const coveredTied = cutOff.filter((unsur) => covered.has(unsur.code)).length;
      if (coveredTied >= places) continue;
      const codes = cutOff.map((unsur) => unsur.code);
      const missing = cutOff.filter((unsur) => !covered.has(unsur.code)).map((unsur) => unsur.code);
      findings.push({
        file: rtl.file,
        range,
        message: t('rtl.lowest-missing.tied', {
          codes: codes.join(', '),
          nrr: formatNumber(cutOff[0]!.nrr, 2),
          places,
          covered: coveredTied,
        }),
        data: { unsur: missing[0], tiedWith: codes, places, covered: coveredTied, missing },
      });
    }
    return findings;
  },
};
