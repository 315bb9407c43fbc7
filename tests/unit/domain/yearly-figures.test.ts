import { describe, expect, it } from 'vitest';
import { dueFigures, YEAR_BOUND_TABLES } from '../../../src/domain/figure-freshness';
import {
  figureForYear,
  PENDING_CHECK_MAX_AGE_DAYS,
  uncoveredYears,
} from '../../../src/domain/yearly-figures';
import { d } from './support';

describe('year-bound figures', () => {
  // The freshness of the real tables is `npm run check:figures`, run by a person: a test that
  // read today's date would fail on this same commit next year.
  it('lists every table with figures and the file that keeps them', () => {
    expect(YEAR_BOUND_TABLES.map((table) => table.name)).toEqual([
      'minimum wage',
      'card fee',
      'permit fee tariff',
    ]);
    for (const table of YEAR_BOUND_TABLES) expect(table.figures.length).toBeGreaterThan(0);
  });

  it('check:figures names the tables that lack a year, on the day it is given', () => {
    const covered = { name: 'covered', file: 'a.ts', figures: [{ year: 2026 }, { year: 2027 }], pending: [] };
    const gap = { name: 'gap', file: 'b.ts', figures: [{ year: 2026 }], pending: [] };
    expect(dueFigures(d('30.11.2026'), [covered, gap])).toEqual([]);
    expect(dueFigures(d('01.12.2026'), [covered, gap])).toEqual([{ table: gap, years: [2027] }]);
  });

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

  describe('uncoveredYears (what check:figures relies on)', () => {
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
