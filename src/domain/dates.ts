import { isValid, parse } from 'date-fns';

/** The only date shape e-İkamet uses: dd.MM.yyyy, always two-digit day and month. */
const TR_DATE_SHAPE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export type DateParseResult =
  | { readonly ok: true; readonly date: Date }
  | { readonly ok: false; readonly reason: 'empty' | 'shape' | 'calendar' };

/**
 * Strict dd.MM.yyyy parsing. date-fns alone is lenient ('1.2.2026', '01.02.26', trailing
 * text), so the shape is checked first; impossible dates such as 31.02.2026 are refused.
 * The result is a local-time midnight.
 */
export function parseTrDate(text: string): DateParseResult {
  if (text === '') return { ok: false, reason: 'empty' };
  if (!TR_DATE_SHAPE.test(text)) return { ok: false, reason: 'shape' };
  const date = parse(text, 'dd.MM.yyyy', new Date(2000, 0, 1));
  return isValid(date) ? { ok: true, date } : { ok: false, reason: 'calendar' };
}

/** Convenience for callers that only need the date or nothing. */
export function trDateOrNull(text: string): Date | null {
  const result = parseTrDate(text);
  return result.ok ? result.date : null;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** dd.MM.yyyy of the local calendar date (hand-written: date-fns `format` is slow in hot loops). */
export function formatTrDate(date: Date): string {
  return `${pad(date.getDate(), 2)}.${pad(date.getMonth() + 1, 2)}.${pad(date.getFullYear(), 4)}`;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of the local calendar date; ignores the time of day and DST. */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** The local midnight of a `dayNumber`. */
export function dateFromDayNumber(day: number): Date {
  const utc = new Date(day * MS_PER_DAY);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  // The Date constructor maps years 0–99 to 1900–1999.
  if (utc.getUTCFullYear() < 100) local.setFullYear(utc.getUTCFullYear());
  return local;
}

/**
 * Whole calendar days from `right` to `left` (left − right), like date-fns
 * `differenceInCalendarDays` but without its per-call overhead; positive when left is later.
 */
export function calendarDaysBetween(left: Date, right: Date): number {
  return dayNumber(left) - dayNumber(right);
}
