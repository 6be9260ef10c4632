import { didYouMean } from '../../text/did-you-mean';
import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/** An unsur code that the unit does not define, in an RTL item or a summary. */
export const unsurUnknown: LintRule = {
  code: 'unsur.unknown',
  defaultSeverity: 'error',
  description: {
    id: 'Kode unsur yang tidak ada di daftar unsur unit (butir RTL, kunci summary).',
    en: "An unsur code that is not in the unit's unsur list (RTL items, summary keys).",
  },
  check(context) {
    const known = context.workspace.unit.unsur.map((unsur) => unsur.code);
    const findings: RuleFinding[] = [];
    const report = (file: string, code: string, range: RuleFinding['range']): void => {
      const suggestion = didYouMean(code, known);
      findings.push({
        file,
        range,
        message: t('unsur.unknown', { code, known: known.join(', '), hint: suggestion ? t('did-you-mean', { suggestion }) : '' }),
        data: suggestion ? { code, suggestion } : { code },
      });
    };
    for (const period of context.workspace.periods) {
      const rtl = period.rtl;
      rtl?.items.forEach((item, index) => {
        if (item.unsur !== '' && !known.includes(item.unsur))
          report(rtl.file, item.unsur, yamlRange(context, rtl.file, ['items', index, 'unsur']));
      });
      const summary = period.summary;
      if (!summary) continue;
      for (const code of Object.keys(summary.unsur)) {
        if (!known.includes(code)) report(summary.file, code, yamlRange(context, summary.file, ['unsur', code], 'key'));
      }
      for (const [service, aggregate] of Object.entries(summary.byService)) {
        for (const code of Object.keys(aggregate.unsur)) {
          if (!known.includes(code))
            report(summary.file, code, yamlRange(context, summary.file, ['byService', service, 'unsur', code], 'key'));
        }
      }
    }
    return findings;
  },
};
