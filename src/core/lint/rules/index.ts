/**
 * The ordered table of domain lint rules; each lives in its own file with a stable code, a
 * default severity and a fixture pair in `test/fixtures/lint/<code>/`. docs/lint-rules.md has a
 * section per code (a test keeps them in sync).
 */
import { BUILTIN_CODES } from '../builtin-codes';
import type { LintRule } from '../rule';
import { VALUE_RULES } from '../values/index';
import { ikmModeDisagreement } from './ikm-mode-disagreement';
import { ikmModeNotApplicable } from './ikm-mode-not-applicable';
import { lhtlNoRtlClaim } from './lhtl-no-rtl-claim';
import { lintUnknownRule } from './lint-unknown-rule';
import { narrativeUnfilledTemplate } from './narrative-unfilled-template';
import { narrativeUnknownVariable } from './narrative-unknown-variable';
import { narrativeClaimIkm } from './narrative-claim-ikm';
import { narrativeClaimNrr } from './narrative-claim-nrr';
import { narrativeClaimPercent } from './narrative-claim-percent';
import { narrativeClaimSample } from './narrative-claim-sample';
import { narrativeClaimRank } from './narrative-claim-rank';
import { narrativeLinkTarget } from './narrative-link-target';
import { narrativeRawHtml } from './narrative-raw-html';
import { periodDatesInverted } from './period-dates-inverted';
import { periodOverlap } from './period-overlap';
import { populationYearScope } from './population-year-scope';
import { responsesDateInvalid } from './responses-date-invalid';
import { responsesDuplicateContent } from './responses-duplicate-content';
import { responsesDuplicateId } from './responses-duplicate-id';
import { responsesOutsidePeriod } from './responses-outside-period';
import { rtlBelumNoStrategy } from './rtl-belum-no-strategy';
import { rtlChallengesBlank } from './rtl-challenges-blank';
import { rtlDuplicateId } from './rtl-duplicate-id';
import { rtlEvidenceMissing } from './rtl-evidence-missing';
import { rtlLowestMissing } from './rtl-lowest-missing';
import { rtlNotLowest } from './rtl-not-lowest';
import { rtlSudahContradicted } from './rtl-sudah-contradicted';
import { rtlSudahIncomplete } from './rtl-sudah-incomplete';
import { sampleBelowMinimum } from './sample-below-minimum';
import { sampleMethodMismatch } from './sample-method-mismatch';
import { serviceDuplicateCode } from './service-duplicate-code';
import { signatoryNipInvalid } from './signatory-nip-invalid';
import { signatoryNipSpaces } from './signatory-nip-spaces';
import { summaryAnsweredExceeds } from './summary-answered-exceeds';
import { summaryPercentMismatch } from './summary-percent-mismatch';
import { summaryProfileSum } from './summary-profile-sum';
import { summaryTotalImpossible } from './summary-total-impossible';
import { unsurDuplicateCode } from './unsur-duplicate-code';
import { unsurLabelMismatch } from './unsur-label-mismatch';
import { unsurUnknown } from './unsur-unknown';

export const RULES: readonly LintRule[] = [
  // The unit
  unsurDuplicateCode,
  unsurLabelMismatch,
  serviceDuplicateCode,
  signatoryNipSpaces,
  signatoryNipInvalid,
  lintUnknownRule(() => allCodes()),
  // Periods and their data
  periodDatesInverted,
  periodOverlap,
  responsesDuplicateId,
  responsesDuplicateContent,
  responsesDateInvalid,
  responsesOutsidePeriod,
  unsurUnknown,
  summaryAnsweredExceeds,
  summaryTotalImpossible,
  summaryProfileSum,
  summaryPercentMismatch,
  // Sampling and results
  populationYearScope,
  sampleBelowMinimum,
  sampleMethodMismatch,
  ikmModeNotApplicable,
  ikmModeDisagreement,
  // The follow-up plan
  rtlDuplicateId,
  rtlNotLowest,
  rtlLowestMissing,
  rtlSudahIncomplete,
  rtlSudahContradicted,
  rtlChallengesBlank,
  rtlBelumNoStrategy,
  rtlEvidenceMissing,
  // The narrative
  narrativeUnknownVariable,
  narrativeClaimIkm,
  narrativeClaimNrr,
  narrativeClaimPercent,
  narrativeClaimSample,
  narrativeClaimRank,
  narrativeUnfilledTemplate,
  lhtlNoRtlClaim,
  narrativeRawHtml,
  narrativeLinkTarget,
];

/** Every diagnostic code a workspace can get: built-in ones and the rules'. */
export function allCodes(): string[] {
  return [...BUILTIN_CODES.map((entry) => entry.code), ...VALUE_RULES.map((rule) => rule.code), ...RULES.map((rule) => rule.code)];
}
