import { format, isValid, parse } from 'date-fns';

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

export function formatTrDate(date: Date): string {
  return format(date, 'dd.MM.yyyy');
}
