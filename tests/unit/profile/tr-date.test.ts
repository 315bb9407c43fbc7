import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrDate, parseTrDate } from '../../../src/domain/dates';
import { trDateProblem, trDateSortKey, trDateToDate } from '../../../src/profile/tr-date';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('trDateProblem (fast strict dd.MM.yyyy)', () => {
  it('agrees with the strict date-fns parser for any two-digit day and month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 1900, max: 2100 }),
        (d, m, y) => {
          const text = `${pad(d, 2)}.${pad(m, 2)}.${y}`;
          const strict = parseTrDate(text);
          expect(trDateProblem(text) === undefined).toBe(strict.ok);
          if (strict.ok) expect(trDateToDate(text).getTime()).toBe(strict.date.getTime());
        },
      ),
    );
  });

  it('refuses other shapes, as parseTrDate does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        if (parseTrDate(text).ok) return;
        expect(trDateProblem(text)).toBeDefined();
      }),
    );
  });

  it('round-trips through formatTrDate and sorts as dates do', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }),
        (date) => {
          const text = formatTrDate(date);
          expect(trDateProblem(text)).toBeUndefined();
          expect(formatTrDate(trDateToDate(text))).toBe(text);
        },
      ),
    );
    expect(trDateSortKey('01.02.2026')).toBeLessThan(trDateSortKey('31.01.2027'));
    expect(trDateProblem('29.02.2024')).toBeUndefined();
    expect(trDateProblem('29.02.2100')).toBe('calendar');
  });
});
