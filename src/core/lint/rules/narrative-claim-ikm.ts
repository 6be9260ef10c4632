import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** An IKM typed in the narrative differs from the computed one. */
export const narrativeClaimIkm: LintRule = {
  code: 'narrative.claim-ikm',
  defaultSeverity: 'warning',
  description: {
    id: 'Nilai IKM yang diketik di narasi berbeda dengan hasil perhitungan.',
    en: 'An IKM typed in the narrative differs from the computed one.',
  },
  check: (context) => narrativeFindings(context, 'narrative.claim-ikm'),
};
