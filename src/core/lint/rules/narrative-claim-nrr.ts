import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** An NRR quoted next to an unsur differs from the computed one. */
export const narrativeClaimNrr: LintRule = {
  code: 'narrative.claim-nrr',
  defaultSeverity: 'warning',
  description: {
    id: 'NRR yang dikutip di dekat nama unsur berbeda dengan hasil perhitungan.',
    en: 'An NRR quoted next to an unsur differs from the computed one.',
  },
  check: (context) => narrativeFindings(context, 'narrative.claim-nrr'),
};
