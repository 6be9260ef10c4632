import { t } from '../../text/messages';
import type { LintRule } from '../rule';
import { checkSudahItems } from './sudah-items';

/** An item marked sudah must say what was done and when (seed 000 has one that does not). */
export const rtlSudahIncomplete: LintRule = {
  code: 'rtl.sudah-incomplete',
  defaultSeverity: 'warning',
  description: {
    id: 'Butir berstatus sudah tanpa uraian atau tanpa tanggal pelaksanaan.',
    en: 'An item marked sudah has no description or no date.',
  },
  check(context) {
    return checkSudahItems(context, ({ file, item, realisation, range }) => {
      const missing: string[] = [];
      if (!realisation.description?.trim()) missing.push(t('rtl.field.description'));
      if (realisation.dates.filter((date) => date !== '').length === 0) missing.push(t('rtl.field.dates'));
      if (missing.length === 0) return undefined;
      return {
        file,
        range: range('status'),
        message: t('rtl.sudah-incomplete', { id: item.id, missing: missing.join(', ') }),
        data: { id: item.id },
      };
    });
  },
};
