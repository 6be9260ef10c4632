import { narrativeFindings } from '../narrative-findings';
import type { LintRule } from '../rule';

/** The narrative uses an unknown {{ variable }}. */
export const narrativeUnknownVariable: LintRule = {
  code: 'narrative.unknown-variable',
  defaultSeverity: 'error',
  description: {
    id: 'Narasi memakai variabel {{ … }} yang tidak dikenal.',
    en: 'The narrative uses an unknown {{ variable }}.',
  },
  check: (context) => narrativeFindings(context, 'narrative.unknown-variable'),
};
