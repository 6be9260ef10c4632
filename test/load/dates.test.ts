import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, normaliseDate } from '../../src/core/load/dates';
import { isIsoDate } from '../../src/core/lint/rules/is-iso-date';

describe('dates', () => {
  it('counts the days of every month of years 0–9999 as Date does', () => {
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) expect([year, month]).toBe('the same');
      }
    }
    expect(daysInMonth(2024, 13)).toBe(31);
  });

  it('normalises local and ISO dates, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(normaliseDate('14/08/2023 10:00')).toBe('2023-08-14');
      expect(normaliseDate('2024-02-29')).toBe('2024-02-29');
      expect(normaliseDate('2023-02-29')).toBeUndefined();
      expect(normaliseDate('kemarin')).toBeUndefined();
    }
  });

  it('accepts as ISO exactly the strings normaliseDate returns unchanged', () => {
    const digit = fc.constantFrom(...'0123456789');
    const part = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((digits) => digits.join(''));
    const candidate = fc.oneof(
      fc.tuple(part(4), part(2), part(2)).map(([year, month, day]) => `${year}-${month}-${day}`),
      fc.string({ unit: fc.constantFrom(...'0129-/ \nT'), maxLength: 12 }),
      fc.constantFrom('2024-02-29', '2023-02-29', '0999-01-01', '2024-1-01', '2024-01-01\n', ' 2024-01-01', '2024-01-01T10:00'),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isIsoDate(value)).toBe(/^\d{4}-\d{2}-\d{2}$/.test(value) && normaliseDate(value) === value);
      }),
      { numRuns: 5000 },
    );
    expect(isIsoDate(undefined)).toBe(false);
  });
});
