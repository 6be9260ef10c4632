import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** A Krejcie & Morgan minimum typed in the narrative differs from the formula. */
export const narrativeClaimSample: LintRule = {
  code: 'narrative.claim-sample',
  defaultSeverity: 'warning',
  description: {
    id: 'Sampel minimal Krejcie & Morgan yang diketik berbeda dengan rumusnya.',
    en: 'A Krejcie & Morgan minimum typed in the narrative differs from the formula.',
  },
  check: (context) => narrativeFindings(context, 'narrative.claim-sample'),
};
