import { dateFromDayNumber, dayNumber } from '../dates';
import {
  FIRST_COVERED_YEAR,
  FIXED_HOLIDAYS,
  type HolidayNameKey,
  LAST_COVERED_YEAR,
  RELIGIOUS_HOLIDAYS,
} from './holidays';

/**
 * Turkish working days (docs/sources.md#working-days): Monday–Friday minus the holidays of Law 2429.
 * Bayram eves (arife) and 28 October are half days and count as working days, which gives the
 * earlier, conservative deadline. Administrative-leave days (idari izin) count as working days.
 *
 * Only 2025–2030 are covered: religious holidays move every year, so outside that range the
 * functions throw `CalendarRangeError` instead of guessing.
 */
export class CalendarRangeError extends Error {
  override readonly name = 'CalendarRangeError';
  constructor(readonly year: number) {
    super(`The working-day calendar covers ${FIRST_COVERED_YEAR}–${LAST_COVERED_YEAR}, not ${year}`);
  }
}

export interface DayInfo {
  readonly working: boolean;
  /** Offices close at 13:00 (bayram eve or 28 October); still a working day. */
  readonly halfDay: boolean;
  readonly weekend: boolean;
  /** Set for holidays and half days. A bayram day that is also a fixed holiday shows the bayram. */
  readonly holidayName?: HolidayNameKey;
}

interface HolidayMark {
  readonly name: HolidayNameKey;
  readonly halfDay: boolean;
}

function isoDayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return dayNumber(new Date(year ?? 0, (month ?? 1) - 1, day ?? 1));
}

/** Religious holidays by day number; built once from the data table (pure, no I/O). */
function indexReligiousHolidays(): ReadonlyMap<number, HolidayMark> {
  const index = new Map<number, HolidayMark>();
  for (const entry of RELIGIOUS_HOLIDAYS) {
    const feasts = [
      [entry.ramadanFeast, 'holiday.ramadanFeastEve', 'holiday.ramadanFeast'],
      [entry.sacrificeFeast, 'holiday.sacrificeFeastEve', 'holiday.sacrificeFeast'],
    ] as const;
    for (const [bayram, eveName, dayName] of feasts) {
      index.set(isoDayNumber(bayram.eve), { name: eveName, halfDay: true });
      for (let day = isoDayNumber(bayram.first); day <= isoDayNumber(bayram.last); day += 1) {
        index.set(day, { name: dayName, halfDay: false });
      }
    }
  }
  return index;
}

const RELIGIOUS_BY_DAY = /* @__PURE__ */ indexReligiousHolidays();

function infoForDayNumber(day: number): DayInfo {
  const utc = new Date(day * 86_400_000);
  const year = utc.getUTCFullYear();
  if (year < FIRST_COVERED_YEAR || year > LAST_COVERED_YEAR) throw new CalendarRangeError(year);
  const weekday = utc.getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const month = utc.getUTCMonth() + 1;
  const date = utc.getUTCDate();
  const religious = RELIGIOUS_BY_DAY.get(day);
  const fixed = FIXED_HOLIDAYS.find((holiday) => holiday.month === month && holiday.day === date);
  // A full holiday beats a half day falling on the same date (e.g. an arife on 23 April).
  const fullHoliday = [religious, fixed].find((holiday) => holiday !== undefined && !holiday.halfDay);
  if (fullHoliday) return { working: false, halfDay: false, weekend, holidayName: fullHoliday.name };
  const half = religious ?? fixed;
  if (half) return { working: !weekend, halfDay: !weekend, weekend, holidayName: half.name };
  return { working: !weekend, halfDay: false, weekend };
}

/** Whether the calendar can answer for this date (2025–2030). */
export function isCoveredDate(date: Date): boolean {
  const year = date.getFullYear();
  return year >= FIRST_COVERED_YEAR && year <= LAST_COVERED_YEAR;
}

/** Throws `CalendarRangeError` outside 2025–2030. */
export function dayInfo(date: Date): DayInfo {
  return infoForDayNumber(dayNumber(date));
}

/** Throws `CalendarRangeError` outside 2025–2030. */
export function isWorkingDay(date: Date): boolean {
  return infoForDayNumber(dayNumber(date)).working;
}

/**
 * The n-th working day after `date` (`date` itself is not counted); n = 0 returns `date`.
 * The result is a local midnight. Throws `CalendarRangeError` when the count leaves 2025–2030.
 */
export function addWorkingDays(date: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole n ≥ 0, got ${n}`);
  let day = dayNumber(date);
  infoForDayNumber(day); // the start must be covered too
  for (let remaining = n; remaining > 0; ) {
    day += 1;
    if (infoForDayNumber(day).working) remaining -= 1;
  }
  return dateFromDayNumber(day);
}

/**
 * Working days d with a < d ≤ b, so that `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 * Negative when b is before a. Throws `CalendarRangeError` outside 2025–2030.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  infoForDayNumber(from);
  infoForDayNumber(to);
  if (to < from) return -workingDaysBetween(b, a);
  let count = 0;
  for (let day = from + 1; day <= to; day += 1) {
    if (infoForDayNumber(day).working) count += 1;
  }
  return count;
}
