import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** An unsur is called highest/lowest but is not among those three. */
export const narrativeClaimRank: LintRule = {
  code: 'narrative.claim-rank',
  defaultSeverity: 'warning',
  description: {
    id: 'Unsur disebut tertinggi/terendah padahal tidak termasuk tiga unsur itu.',
    en: 'An unsur is called highest/lowest but is not among those three.',
  },
  check: (context) => narrativeFindings(context, 'narrative.claim-rank'),
};
