import { addDays, differenceInCalendarDays, subDays } from 'date-fns';
import type { HolidayNameKey } from './calendar';
import { addWorkingDays, CalendarRangeError, dayInfo } from './calendar';
import { EXTENSION_WINDOW_DAYS, LATE_GRACE_DAYS } from './rules/extension-window';

/** Days a passport must outlast the requested permit (YUKK 21(2), rule P1). */
export const PASSPORT_MARGIN_DAYS = 60;

export type WindowStatus = 'not-yet-open' | 'open' | 'late' | 'too-late';

export interface ExtensionWindow {
  readonly opens: Date;
  /** The last day an extension can be filed: the permit's end date itself. */
  readonly closes: Date;
  /** Last day of the 10-day grace for a late (new) application with a penalty fee. */
  readonly lateUntil: Date;
  readonly status: WindowStatus;
  /** Days until the window opens (not yet open), until it closes (open), or since it closed. */
  readonly days: number;
}

/** The extension window (rules T3 and T2) for a permit ending on `end`, seen from `today`. */
export function extensionWindow(end: Date, today: Date): ExtensionWindow {
  const opens = subDays(end, EXTENSION_WINDOW_DAYS);
  const lateUntil = addDays(end, LATE_GRACE_DAYS);
  const base = { opens, closes: end, lateUntil };
  if (differenceInCalendarDays(today, opens) < 0) {
    return { ...base, status: 'not-yet-open', days: differenceInCalendarDays(opens, today) };
  }
  const afterEnd = differenceInCalendarDays(today, end);
  if (afterEnd <= 0) return { ...base, status: 'open', days: -afterEnd };
  return { ...base, status: afterEnd <= LATE_GRACE_DAYS ? 'late' : 'too-late', days: afterEnd };
}

/** The earliest passport expiry a requested permit end needs. */
export function passportNeededFor(requestedEnd: Date): Date {
  return addDays(requestedEnd, PASSPORT_MARGIN_DAYS);
}

/** The latest permit end a passport expiring on `expiry` allows. */
export function latestPermitEndFor(expiry: Date): Date {
  return subDays(expiry, PASSPORT_MARGIN_DAYS);
}

export type WorkingDayDeadline =
  | {
      readonly ok: true;
      readonly date: Date;
      readonly halfDay: boolean;
      readonly holidayName?: HolidayNameKey;
    }
  | { readonly ok: false; readonly year: number };

/**
 * The n-th working day after `from` (e.g. 20 working days to notify an address change, rule N1),
 * or the year the calendar cannot answer for.
 */
export function workingDayDeadline(from: Date, days: number): WorkingDayDeadline {
  try {
    const date = addWorkingDays(from, days);
    const info = dayInfo(date);
    return {
      ok: true,
      date,
      halfDay: info.halfDay,
      ...(info.holidayName ? { holidayName: info.holidayName } : {}),
    };
  } catch (error) {
    if (error instanceof CalendarRangeError) return { ok: false, year: error.year };
    throw error;
  }
}
