import type { FieldKey } from '../../../contracts/field-keys';
import { addWorkingDays, CalendarRangeError, dayInfo, type HolidayNameKey } from '../../calendar';
import { calendarDaysBetween, formatTrDate } from '../../dates';
import type { Finding, RuleSource } from '../../findings';

export type WorkingDeadline =
  | { readonly ok: true; readonly date: Date; readonly halfDayName?: HolidayNameKey }
  | { readonly ok: false; readonly year: number };

/** `addWorkingDays` as a result: outside the covered years the caller reports, never guesses. */
export function workingDeadline(start: Date, workingDays: number): WorkingDeadline {
  try {
    const date = addWorkingDays(start, workingDays);
    const info = dayInfo(date);
    return info.halfDay ? { ok: true, date, halfDayName: info.holidayName } : { ok: true, date };
  } catch (error) {
    if (error instanceof CalendarRangeError) return { ok: false, year: error.year };
    throw error;
  }
}

interface DeadlineContext {
  readonly ruleId: string;
  readonly source: RuleSource;
  readonly fields: readonly FieldKey[];
}

/** Info that a working-day deadline cannot be computed because the calendar lacks the year. */
export function calendarRangeFinding(context: DeadlineContext, year: number): Finding {
  return {
    ruleId: context.ruleId,
    severity: 'info',
    messageKey: 'calendar.outOfRange',
    params: { year },
    fields: context.fields,
    source: context.source,
  };
}

/** Extra findings for a computed deadline: a note when offices close at 13:00 that day. */
export function halfDayFindings(context: DeadlineContext, deadline: WorkingDeadline): Finding[] {
  if (!deadline.ok || deadline.halfDayName === undefined) return [];
  return [
    {
      ruleId: context.ruleId,
      severity: 'info',
      messageKey: 'calendar.halfDayDeadline',
      params: { deadline: formatTrDate(deadline.date), holidayKey: deadline.halfDayName },
      fields: context.fields,
      source: context.source,
    },
  ];
}

/**
 * A "do X within N working days of an event" notice: information with the deadline while it is
 * open (plus the half-day note), a warning once it has passed, or the calendar-range note.
 */
export function workingDayNotice(
  context: DeadlineContext,
  event: Date,
  workingDays: number,
  today: Date,
  keys: { readonly open: string; readonly overdue: string },
  params: Readonly<Record<string, string | number>> = {},
): Finding[] {
  const deadline = workingDeadline(event, workingDays);
  if (!deadline.ok) return [calendarRangeFinding(context, deadline.year)];
  const allParams = { ...params, eventDate: formatTrDate(event), deadline: formatTrDate(deadline.date) };
  if (calendarDaysBetween(today, deadline.date) > 0) {
    return [{ ...context, severity: 'warning', messageKey: keys.overdue, params: allParams }];
  }
  return [
    { ...context, severity: 'info', messageKey: keys.open, params: allParams },
    ...halfDayFindings(context, deadline),
  ];
}
