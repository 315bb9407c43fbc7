import { calendarDaysBetween, formatTrDate } from '../dates';
import { calendarRangeFinding, halfDayFindings, workingDeadline } from './support/deadline';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

// C/U: since 2018 most provinces use appointments, and since 15.02.2021 documents are reportedly
// handed in person at the appointment everywhere: the postal deadline is information only.
const SOURCE = ruleSource(
  '2018 goc.gov.tr notice on postal extensions (copy at arpdanismanlik.com); law-firm summaries',
  'https://www.arpdanismanlik.com/ikamet-izni-uzatma-basvurulari-hakkinda/',
  'C/U',
);

export const POSTAL_WORKING_DAYS = 5;

/**
 * T5, information only: documents are handed in person since 15.02.2021; should a directorate
 * still ask for them by post, they reach it within 5 working days.
 */
export const postalDocuments: Rule = {
  id: 'postal-documents',
  rulebookIds: ['T5'],
  sources: [SOURCE],
  messageKeys: [
    'postal-documents.deadline',
    'postal-documents.late',
    'calendar.outOfRange',
    'calendar.halfDayDeadline',
  ],
  evaluate(facts, today) {
    if (facts.applicationKind !== 'extension') return [];
    const context = { ruleId: 'postal-documents', source: SOURCE, fields: [] } as const;
    const deadline = workingDeadline(today, POSTAL_WORKING_DAYS);
    if (!deadline.ok) return [calendarRangeFinding(context, deadline.year)];
    const params = { deadline: formatTrDate(deadline.date) };

    if (!facts.mailDate) {
      return [
        { ...context, severity: 'info', messageKey: 'postal-documents.deadline', params },
        ...halfDayFindings(context, deadline),
      ];
    }
    if (calendarDaysBetween(facts.mailDate, deadline.date) <= 0) return [];
    return [
      {
        ...context,
        severity: 'info',
        messageKey: 'postal-documents.late',
        params: { ...params, mailDate: formatTrDate(facts.mailDate) },
      },
    ];
  },
};
