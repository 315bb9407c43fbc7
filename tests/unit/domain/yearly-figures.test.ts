import { describe, expect, it } from 'vitest';
import {
  CARD_FEE_PENDING,
  CARD_FEES,
  PERMIT_FEE_PENDING,
  PERMIT_FEE_TARIFFS,
} from '../../../src/domain/fees';
import { MINIMUM_WAGE_PENDING, MINIMUM_WAGES } from '../../../src/domain/minimum-wage';
import {
  figureForYear,
  PENDING_CHECK_MAX_AGE_DAYS,
  uncoveredYears,
} from '../../../src/domain/yearly-figures';
import { d } from './support';

const TABLES = [
  ['minimum wage (src/domain/minimum-wage.ts)', MINIMUM_WAGES, MINIMUM_WAGE_PENDING],
  ['card fee (src/domain/fees.ts)', CARD_FEES, CARD_FEE_PENDING],
  ['permit fee tariff (src/domain/fees.ts)', PERMIT_FEE_TARIFFS, PERMIT_FEE_PENDING],
] as const;

describe('year-bound figures', () => {
  // Takes the real date on purpose: from 1 December each year this fails until next year's
  // figure is added, or a fresh "not published yet" check is recorded (at most 14 days old).
  it.each(TABLES)(
    '%s covers this year, and from December the next, or records a recent "not published yet" check',
    (_name, figures, pending) => {
      expect(uncoveredYears(figures, pending, new Date())).toEqual([]);
    },
  );

  it('falls back to the latest earlier figure, flagged, when a year is missing', () => {
    const figures = [{ year: 2025 }, { year: 2026 }];
    const pending = [{ year: 2027, checkedOn: '2026-12-05', note: 'not yet' }];
    expect(figureForYear(figures, 2026, pending)).toEqual({ kind: 'exact', figure: { year: 2026 } });
    expect(figureForYear(figures, 2027, pending)).toEqual({
      kind: 'latest-known',
      figure: { year: 2026 },
      year: 2027,
      pending: pending[0],
    });
    expect(figureForYear(figures, 2029, pending)).toEqual({
      kind: 'latest-known',
      figure: { year: 2026 },
      year: 2029,
    });
    expect(figureForYear(figures, 2024, pending)).toEqual({ kind: 'none', year: 2024 });
  });

  describe('uncoveredYears (what the real-date test relies on)', () => {
    const figures = [{ year: 2026 }];
    const pending = [{ year: 2027, checkedOn: '2026-12-05', note: 'not yet' }];

    it('asks only for the current year before December', () => {
      expect(uncoveredYears(figures, [], d('30.11.2026'))).toEqual([]);
    });

    it('asks for next year from 1 December', () => {
      expect(uncoveredYears(figures, [], d('01.12.2026'))).toEqual([2027]);
    });

    it(`accepts a "not published yet" check up to ${PENDING_CHECK_MAX_AGE_DAYS} days old, not older`, () => {
      expect(uncoveredYears(figures, pending, d('05.12.2026'))).toEqual([]);
      expect(uncoveredYears(figures, pending, d('19.12.2026'))).toEqual([]);
      expect(uncoveredYears(figures, pending, d('20.12.2026'))).toEqual([2027]);
    });

    it('does not accept a check dated in the future', () => {
      expect(uncoveredYears(figures, pending, d('01.12.2026'))).toEqual([2027]);
    });

    it('in January the missing current year needs the same recent check', () => {
      expect(uncoveredYears(figures, pending, d('02.01.2027'))).toEqual([2027]);
      expect(uncoveredYears([...figures, { year: 2027 }], [], d('02.01.2027'))).toEqual([]);
    });
  });
});
