/** The only date shape e-İkamet uses: dd.MM.yyyy, always two-digit day and month. */
const TR_DATE_SHAPE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export type DateParseResult =
  | { readonly ok: true; readonly date: Date }
  | { readonly ok: false; readonly reason: 'empty' | 'shape' | 'calendar' };

/**
 * Strict dd.MM.yyyy parsing: the shape is checked first (no '1.2.2026', '01.02.26' or
 * trailing text), then the calendar (no 31.02.2026). The result is a local-time midnight.
 *
 * Hand-written rather than date-fns `parse`, which brings every date-fns parser and the
 * English locale with it (~10 KB gzip) into the content script that runs on e-İkamet.
 */
export function parseTrDate(text: string): DateParseResult {
  if (text === '') return { ok: false, reason: 'empty' };
  const shape = TR_DATE_SHAPE.exec(text);
  if (!shape) return { ok: false, reason: 'shape' };
  const day = Number(shape[1]);
  const month = Number(shape[2]) - 1;
  const year = Number(shape[3]);
  // There is no year 0 in the calendar the site uses (date-fns refuses it too).
  if (year === 0) return { ok: false, reason: 'calendar' };
  const date = new Date(year, month, day);
  // The Date constructor maps years 0–99 to 1900–1999.
  if (year < 100) date.setFullYear(year);
  const sameDay = date.getFullYear() === year && date.getMonth() === month && date.getDate() === day;
  return sameDay ? { ok: true, date } : { ok: false, reason: 'calendar' };
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
