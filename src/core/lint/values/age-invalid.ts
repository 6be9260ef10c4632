import { t } from '../../text/messages';
import type { ValueRule } from './value-rule';

/** A numeric attribute (usia) must be a whole number within its bounds (15–100 for age by default). */
export const ageInvalid: ValueRule = {
  code: 'responses.age-invalid',
  defaultSeverity: 'error',
  description: {
    id: 'Usia (atau atribut angka lain) bukan bilangan bulat atau di luar rentang.',
    en: 'An age (or other numeric attribute) that is not a whole number or is out of range.',
  },
  prepare(unit) {
    return unit.profile
      .filter((attribute) => attribute.options.length === 0)
      .map((attribute) => {
        const min = attribute.min ?? Number.NEGATIVE_INFINITY;
        const max = attribute.max ?? Number.POSITIVE_INFINITY;
        const range = `${attribute.min ?? '…'}–${attribute.max ?? '…'}`;
        return {
          column: attribute.key,
          check(value: string) {
            const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
            if (Number.isInteger(number) && number >= min && number <= max) return undefined;
            const key = Number.isInteger(number) ? 'values.out-of-range' : 'values.not-integer';
            return { message: t(key, { value, name: attribute.label, range }), data: { column: attribute.key, value } };
          },
        };
      });
  },
};
