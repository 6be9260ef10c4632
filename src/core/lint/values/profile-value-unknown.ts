import { CategoryList } from '../../model/categories';
import type { ValueRule } from './value-rule';
import { closedListCheck } from './value-rule';

/** Jenis kelamin, pendidikan, pekerjaan, … must be one of the unit's declared codes. */
export const profileValueUnknown: ValueRule = {
  code: 'responses.profile-unknown',
  defaultSeverity: 'error',
  description: {
    id: 'Nilai profil responden (jenis kelamin, pendidikan, pekerjaan, …) di luar daftar unit.',
    en: "A respondent profile value (gender, education, occupation, …) outside the unit's list.",
  },
  prepare(unit) {
    return unit.profile
      .filter((attribute) => attribute.options.length > 0)
      .map((attribute) => closedListCheck(attribute.key, attribute.label, new CategoryList(attribute.options)));
  },
};
