import { addDays, differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarRangeError,
  dayInfo,
  FIRST_COVERED_YEAR,
  isWorkingDay,
  LAST_COVERED_YEAR,
  RELIGIOUS_HOLIDAYS,
  workingDaysBetween,
} from '../../../src/domain/calendar';
import { formatTrDate } from '../../../src/domain/dates';
import { d } from './support';

const coveredDay = fc
  .integer({ min: 0, max: differenceInCalendarDays(d('31.12.2030'), d('01.01.2025')) })
  .map((offset) => addDays(d('01.01.2025'), offset));

describe('working-day calendar', () => {
  it('pins the counting policy: addWorkingDays(Fri 22.05.2026, 5) is Wed 03.06.2026 (arife counts)', () => {
    expect(formatTrDate(addWorkingDays(d('22.05.2026'), 5))).toBe('03.06.2026');
  });

  it.each([
    // Fixed holidays of Law 2429
    ['01.01.2026', false, false, 'holiday.newYear'],
    ['23.04.2026', false, false, 'holiday.nationalSovereignty'],
    ['01.05.2026', false, false, 'holiday.labourDay'],
    ['19.05.2026', false, false, 'holiday.youthAndSports'],
    ['15.07.2026', false, false, 'holiday.democracyAndNationalUnity'],
    ['30.08.2027', false, false, 'holiday.victory'],
    ['29.10.2026', false, false, 'holiday.republic'],
    // Half days are working days
    ['28.10.2026', true, true, 'holiday.republicEve'],
    ['19.03.2026', true, true, 'holiday.ramadanFeastEve'],
    ['26.05.2026', true, true, 'holiday.sacrificeFeastEve'],
    // Bayram days
    ['20.03.2026', false, false, 'holiday.ramadanFeast'],
    ['27.05.2026', false, false, 'holiday.sacrificeFeast'],
    ['29.05.2026', false, false, 'holiday.sacrificeFeast'],
    ['31.03.2025', false, false, 'holiday.ramadanFeast'],
    ['09.06.2025', false, false, 'holiday.sacrificeFeast'],
    ['09.03.2027', false, false, 'holiday.ramadanFeast'],
    ['28.02.2028', false, false, 'holiday.ramadanFeast'],
    ['26.04.2029', false, false, 'holiday.sacrificeFeast'],
    ['04.02.2030', false, false, 'holiday.ramadanFeast'],
    // A bayram day that is also a fixed holiday (19 May 2027) is a holiday either way
    ['19.05.2027', false, false, 'holiday.sacrificeFeast'],
    // An arife on a fixed holiday is a full holiday (23 April 2029)
    ['23.04.2029', false, false, 'holiday.nationalSovereignty'],
  ])('%s: working=%s halfDay=%s (%s)', (date, working, halfDay, holidayName) => {
    const info = dayInfo(d(date));
    expect(info).toMatchObject({ working, halfDay });
    expect(info.holidayName).toBe(holidayName);
  });

  it.each([
    ['21.03.2026', 'Saturday'],
    ['22.03.2026', 'Sunday'],
    ['29.03.2025', 'Saturday arife (29 Mar 2025)'],
  ])('%s (%s) is not a working day', (date) => {
    expect(isWorkingDay(d(date))).toBe(false);
  });

  it.each([
    ['18.03.2026', 'day before the arife'],
    ['23.03.2026', 'Monday after Ramazan Bayramı'],
    ['02.04.2025', 'administrative leave is not a legal holiday'],
    ['30.10.2026', 'day after Republic Day'],
  ])('%s is a full working day (%s)', (date) => {
    expect(dayInfo(d(date))).toEqual({ working: true, halfDay: false, weekend: false });
  });

  it.each([
    ['Thursday before a Friday holiday', '30.04.2026', 1, '04.05.2026'],
    ['over the 2026 Kurban Bayramı', '26.05.2026', 1, '01.06.2026'],
    ['zero days returns the start', '23.05.2026', 0, '23.05.2026'],
    ['into the Ramazan Bayramı eve (half day counts)', '18.03.2026', 1, '19.03.2026'],
    ['over year end', '31.12.2025', 1, '02.01.2026'],
  ])('addWorkingDays %s', (_label, start, n, expected) => {
    expect(formatTrDate(addWorkingDays(d(start), n))).toBe(expected);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addWorkingDays(d('01.06.2026'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(d('01.06.2026'), 1.5)).toThrow(RangeError);
  });

  it('counts working days between two dates, excluding the first and including the last', () => {
    expect(workingDaysBetween(d('22.05.2026'), d('03.06.2026'))).toBe(5);
    expect(workingDaysBetween(d('03.06.2026'), d('22.05.2026'))).toBe(-5);
    expect(workingDaysBetween(d('22.05.2026'), d('22.05.2026'))).toBe(0);
  });

  it.each([
    ['31.12.2024', 2024],
    ['01.01.2031', 2031],
  ])('says it does not cover %s rather than guessing', (date, year) => {
    const call = () => dayInfo(d(date));
    expect(call).toThrow(CalendarRangeError);
    try {
      call();
    } catch (error) {
      expect((error as CalendarRangeError).year).toBe(year);
    }
  });

  it('throws when counting runs past 2030 instead of inventing 2031 holidays', () => {
    expect(() => addWorkingDays(d('27.12.2030'), 5)).toThrow(CalendarRangeError);
    expect(formatTrDate(addWorkingDays(d('27.12.2030'), 2))).toBe('31.12.2030');
  });

  it('has bayram data for every covered year, each with a source', () => {
    expect(RELIGIOUS_HOLIDAYS.map((entry) => entry.year)).toEqual(
      Array.from({ length: LAST_COVERED_YEAR - FIRST_COVERED_YEAR + 1 }, (_, i) => FIRST_COVERED_YEAR + i),
    );
    for (const entry of RELIGIOUS_HOLIDAYS) {
      expect(entry.source.reference.length).toBeGreaterThan(10);
      expect(['consultancy', 'uncertain']).toContain(entry.source.confidence);
    }
    const later = RELIGIOUS_HOLIDAYS.filter((entry) => entry.year >= 2027);
    for (const entry of later) expect(entry.source.note).toMatch(/re-check against Diyanet/);
  });

  it('gives Ramazan Bayramı 3 days and Kurban Bayramı 4 days, each after a one-day eve', () => {
    const iso = (text: string) => new Date(`${text}T00:00:00`);
    for (const entry of RELIGIOUS_HOLIDAYS) {
      for (const [bayram, length] of [
        [entry.ramadanFeast, 3],
        [entry.sacrificeFeast, 4],
      ] as const) {
        expect(differenceInCalendarDays(iso(bayram.first), iso(bayram.eve))).toBe(1);
        expect(differenceInCalendarDays(iso(bayram.last), iso(bayram.first))).toBe(length - 1);
        expect(iso(bayram.first).getFullYear()).toBe(entry.year);
      }
    }
  });

  it('keeps consecutive bayrams one lunar year (354 or 355 days) apart', () => {
    const iso = (text: string) => new Date(`${text}T00:00:00`);
    for (const [previous, next] of RELIGIOUS_HOLIDAYS.slice(0, -1).map(
      (entry, i) => [entry, RELIGIOUS_HOLIDAYS[i + 1]] as const,
    )) {
      if (!next) continue;
      for (const pick of [(e: typeof previous) => e.ramadanFeast, (e: typeof previous) => e.sacrificeFeast]) {
        const gap = differenceInCalendarDays(iso(pick(next).first), iso(pick(previous).first));
        expect([354, 355], `${previous.year}→${next.year}`).toContain(gap);
      }
    }
  });

  it('property: addWorkingDays lands on a working day after the start, and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(
        coveredDay.filter((day) => day < d('01.10.2030')),
        fc.integer({ min: 1, max: 40 }),
        (start, n) => {
          const result = addWorkingDays(start, n);
          expect(isWorkingDay(result)).toBe(true);
          expect(result > start).toBe(true);
          expect(workingDaysBetween(start, result)).toBe(n);
          // No earlier date reaches n working days.
          expect(workingDaysBetween(start, addDays(result, -1))).toBe(n - 1);
        },
      ),
    );
  });

  it('property: a weekend is never a working day and a weekday without a holiday always is', () => {
    fc.assert(
      fc.property(coveredDay, (day) => {
        const info = dayInfo(day);
        if (info.weekend) expect(info.working).toBe(false);
        if (!info.weekend && info.holidayName === undefined) expect(info.working).toBe(true);
        if (info.halfDay) expect(info.working).toBe(true);
      }),
    );
  });
});
