import { t } from '../../text/messages';
import type { LintRule } from '../rule';
import { checkSudahItems } from './sudah-items';

/**
 * A realised item with no challenges written: the LHTL's Tantangan/Hambatan column is left
 * blank (seed 001). Only information: "none" is a valid answer, but it should be written.
 */
export const rtlChallengesBlank: LintRule = {
  code: 'rtl.challenges-blank',
  defaultSeverity: 'info',
  description: {
    id: 'Butir berstatus sudah tanpa tantangan/hambatan; tulis "tidak ada" bila memang tidak ada.',
    en: 'An item marked sudah has no challenges; write "none" if there were none.',
  },
  check(context) {
    return checkSudahItems(context, ({ file, item, realisation, range }) =>
      realisation.challenges?.trim()
        ? undefined
        : { file, range: range('status'), message: t('rtl.challenges-blank', { id: item.id }), data: { id: item.id } },
    );
  },
};
