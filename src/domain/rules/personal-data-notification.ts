import { formatTrDate } from '../dates';
import { calendarRangeFinding, halfDayFindings, workingDeadline } from './support/deadline';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

// Consultancy FAQ: a new passport needs a notice only when the name or surname in it changed,
// within 20 working days; the gantep.edu.tr notice adds marital status ("20 gün"). Information only.
const SOURCE = ruleSource(
  'Consultancy FAQ (Online İkamet Randevu Danışmanlık): name or surname change in a new passport, notified within 20 working days, none needed otherwise; gantep.edu.tr notice (surname, marital status)',
  'https://www.gantep.edu.tr/',
  'C',
);

export const PERSONAL_DATA_NOTICE_WORKING_DAYS = 20;

/**
 * N3: a change of identity data (name or surname, marital status) is notified to the provincial
 * directorate within 20 working days. A passport renewal with the same name needs no notice, so
 * it is not flagged; neither is a change whose kind is not known.
 */
export const personalDataNotification: Rule = {
  id: 'personal-data-notification',
  rulebookIds: ['N3'],
  sources: [SOURCE],
  messageKeys: ['personal-data-notification.deadline', 'calendar.outOfRange', 'calendar.halfDayDeadline'],
  severityNotes: [
    'Information only: the sources are a consultancy FAQ and a university notice.',
    'Only a change of name or marital status is flagged; a new passport with the same name needs no notice according to the same source.',
  ],
  evaluate(facts) {
    const changed = facts.identityChangeDate;
    const kind = facts.identityChangeKind;
    if (!changed || (kind !== 'name' && kind !== 'marital-status')) return [];
    const context = { ruleId: 'personal-data-notification', source: SOURCE, fields: [] } as const;
    const deadline = workingDeadline(changed, PERSONAL_DATA_NOTICE_WORKING_DAYS);
    if (!deadline.ok) return [calendarRangeFinding(context, deadline.year)];
    return [
      {
        ...context,
        severity: 'info',
        messageKey: 'personal-data-notification.deadline',
        params: { changeDate: formatTrDate(changed), deadline: formatTrDate(deadline.date) },
      },
      ...halfDayFindings(context, deadline),
    ];
  },
};
