import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** A percentage next to a profile category differs from the computed one. */
export const narrativeClaimPercent: LintRule = {
  code: 'narrative.claim-percent',
  defaultSeverity: 'warning',
  description: {
    id: 'Persentase di dekat kategori profil berbeda dengan hasil perhitungan.',
    en: 'A percentage next to a profile category differs from the computed one.',
  },
  check: (context) => narrativeFindings(context, 'narrative.claim-percent'),
};
