import { calendarDaysBetween, formatTrDate } from '../dates';
import { calendarRangeFinding, halfDayFindings, workingDeadline } from './support/deadline';
import { movedToAnotherProvince } from './support/move';
import type { Rule } from './support/rule';
import { LAW_5490_URL, ruleSource } from './support/sources';

// The 20 working days are in Law 5490 (art. 8, 50–51) and the regulation on the population
// records of foreigners residing in Türkiye (RG 20.10.2006, 26325) art. 22 ("yirmi iş günü
// içinde"), quoted verbatim by secondary pages: O*. This settles "20 days or 20 working days"
// for addresses (docs/sources.md#unsettled-questions).
// The regulation's wording was read in a copy on emlakkulisi.com, which is not served over
// https: named in the reference, not linked.
const SOURCE = ruleSource(
  'Law 5490 art. 8 and 50; Regulation on the population records of foreigners residing in Türkiye art. 22 ("yirmi iş günü içinde", read in a copy at emlakkulisi.com); Yön. 23; goc.gov.tr FAQ (copy at e-lkamet.com)',
  LAW_5490_URL,
  'O*',
);

export const ADDRESS_NOTICE_WORKING_DAYS = 20;

/** N1: an address change within the province is notified within 20 working days. */
export const addressNotification: Rule = {
  id: 'address-notification',
  rulebookIds: ['N1'],
  sources: [SOURCE],
  messageKeys: [
    'address-notification.deadline',
    'address-notification.overdue',
    'address-notification.late',
    'calendar.outOfRange',
    'calendar.halfDayDeadline',
  ],
  severityNotes: [
    'A late or overdue notification is a warning: the 20 working days are official text, but the consequence (a fine under Law 5490) is not something the application itself fails on.',
    'It speaks on a move date whenever the move is not known to be to another province; a change of permit type (transfer) does not silence it.',
  ],
  evaluate(facts, today) {
    // A move to another province needs a new permit there instead (N2, province-move). The
    // application kind says nothing about a move: a transfer is a change of permit type.
    if (!facts.moveDate || movedToAnotherProvince(facts) === true) return [];
    const context = { ruleId: 'address-notification', source: SOURCE, fields: [] } as const;
    const deadline = workingDeadline(facts.moveDate, ADDRESS_NOTICE_WORKING_DAYS);
    if (!deadline.ok) return [calendarRangeFinding(context, deadline.year)];
    const params = { moveDate: formatTrDate(facts.moveDate), deadline: formatTrDate(deadline.date) };

    if (facts.notifyDate) {
      if (calendarDaysBetween(facts.notifyDate, deadline.date) <= 0) return [];
      return [
        {
          ...context,
          severity: 'warning',
          messageKey: 'address-notification.late',
          params: { ...params, notifyDate: formatTrDate(facts.notifyDate) },
        },
      ];
    }
    if (calendarDaysBetween(today, deadline.date) > 0) {
      return [{ ...context, severity: 'warning', messageKey: 'address-notification.overdue', params }];
    }
    return [
      { ...context, severity: 'info', messageKey: 'address-notification.deadline', params },
      ...halfDayFindings(context, deadline),
    ];
  },
};
