import { CategoryList } from '../../model/categories';
import { t } from '../../text/messages';
import type { ValueRule } from './value-rule';
import { closedListCheck } from './value-rule';

/** The service column must hold a declared service code (when the unit declares services). */
export const serviceUnknown: ValueRule = {
  code: 'responses.service-unknown',
  defaultSeverity: 'error',
  description: { id: 'Jenis layanan di luar daftar layanan unit.', en: "A service outside the unit's list of services." },
  prepare(unit) {
    if (unit.services.length === 0) return [];
    return [closedListCheck('service', t('values.name.service'), new CategoryList(unit.services))];
  },
};
