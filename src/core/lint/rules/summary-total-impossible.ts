import { findRuleSet, PERMENPANRB_14_2017 } from '../../model/rule-sets';
import type { UnsurAggregate } from '../../model/types';
import { t } from '../../text/messages';
import { yamlRange } from '../locate';
import type { LintRule, RuleFinding } from '../rule';

/** A score total no set of answers can give: above scaleMax × answered or below scaleMin × answered. */
export const summaryTotalImpossible: LintRule = {
  code: 'summary.total-impossible',
  defaultSeverity: 'error',
  description: {
    id: 'Jumlah nilai unsur di summary mustahil: lebih dari nilai maksimal × jumlah menjawab atau kurang dari nilai minimal × jumlah menjawab.',
    en: 'An unsur total in a summary is impossible: above scale maximum × answered or below scale minimum × answered.',
  },
  check(context) {
    const ruleSet = findRuleSet(context.workspace.unit.ruleSetId) ?? PERMENPANRB_14_2017;
    const findings: RuleFinding[] = [];
    const check = (file: string, path: (string | number)[], code: string, aggregate: UnsurAggregate): void => {
      const low = ruleSet.scaleMin * aggregate.answered;
      const high = ruleSet.scaleMax * aggregate.answered;
      if (aggregate.total >= low && aggregate.total <= high) return;
      findings.push({
        file,
        range: yamlRange(context, file, [...path, code, 'total']),
        message: t('summary.total-impossible', { code, total: aggregate.total, answered: aggregate.answered, low, high }),
        data: { unsur: code, low, high },
      });
    };
    for (const period of context.workspace.periods) {
      const summary = period.summary;
      if (!summary) continue;
      for (const [code, aggregate] of Object.entries(summary.unsur)) check(summary.file, ['unsur'], code, aggregate);
      for (const [service, entry] of Object.entries(summary.byService)) {
        for (const [code, aggregate] of Object.entries(entry.unsur)) check(summary.file, ['byService', service, 'unsur'], code, aggregate);
      }
    }
    return findings;
  },
};
