import { CategoryList } from '../../model/categories';
import { t } from '../../text/messages';
import type { ValueRule } from './value-rule';
import { closedListCheck } from './value-rule';

/** The time column must hold one of the unit's time slots (08.00-12.00 / 13.00-17.00 by default). */
export const timeUnknown: ValueRule = {
  code: 'responses.time-unknown',
  defaultSeverity: 'error',
  description: { id: 'Jam layanan di luar daftar jam unit.', en: "A time slot outside the unit's list." },
  prepare(unit) {
    if (unit.timeSlots.length === 0) return [];
    return [closedListCheck('time', t('values.name.time'), new CategoryList(unit.timeSlots))];
  },
};
