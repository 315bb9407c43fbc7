import { addDays } from 'date-fns';
import { formatTrDate } from '../dates';
import { calendarRangeFinding, workingDeadline } from './support/deadline';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

const SOURCE = ruleSource('gantep.edu.tr notice', 'https://www.gantep.edu.tr/', 'C');

export const PERSONAL_DATA_NOTICE_DAYS = 20;

/**
 * N3: passport, marital-status or surname changes are notified within 20 days; whether these
 * are working days is open (rules.md §13 q8), so both dates are shown, the earlier one first.
 */
export const personalDataNotification: Rule = {
  id: 'personal-data-notification',
  rulebookIds: ['N3'],
  sources: [SOURCE],
  messageKeys: [
    'personal-data-notification.deadline',
    'personal-data-notification.deadlineCalendarDays',
    'calendar.outOfRange',
  ],
  evaluate(facts) {
    const changed = facts.personalDataChangeDate;
    if (!changed) return [];
    const context = { ruleId: 'personal-data-notification', source: SOURCE, fields: [] } as const;
    const changeDate = formatTrDate(changed);
    const calendarDeadline = formatTrDate(addDays(changed, PERSONAL_DATA_NOTICE_DAYS));
    const working = workingDeadline(changed, PERSONAL_DATA_NOTICE_DAYS);
    if (!working.ok) {
      return [
        {
          ...context,
          severity: 'info',
          messageKey: 'personal-data-notification.deadlineCalendarDays',
          params: { changeDate, calendarDeadline },
        },
        calendarRangeFinding(context, working.year),
      ];
    }
    return [
      {
        ...context,
        severity: 'info',
        messageKey: 'personal-data-notification.deadline',
        params: { changeDate, calendarDeadline, workingDeadline: formatTrDate(working.date) },
      },
    ];
  },
};
