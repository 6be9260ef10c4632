import { normaliseDate } from '../../load/dates';
import { t } from '../../text/messages';
import type { ValueRule } from './value-rule';

/**
 * Dates are written ISO (`2024-02-05`). `05/02/2024` is read as 5 February, but whether the
 * writer meant that is a guess, so it is an error with the ISO form as the suggestion. A value
 * that is no date at all is `responses.date-invalid`'s.
 */
export const dateFormat: ValueRule = {
  code: 'responses.date-format',
  defaultSeverity: 'error',
  description: { id: 'Tanggal responden tidak ditulis YYYY-MM-DD.', en: 'A response date not written as YYYY-MM-DD.' },
  prepare() {
    return [
      {
        column: 'date',
        check(value) {
          if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
          const iso = normaliseDate(value);
          if (iso === undefined) return undefined;
          return { message: t('values.date-format', { value, suggestion: iso }), data: { column: 'date', value, suggestion: iso } };
        },
      },
    ];
  },
};
