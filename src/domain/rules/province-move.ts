import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import { calendarRangeFinding, halfDayFindings, workingDeadline } from './support/deadline';
import { movedToAnotherProvince } from './support/move';
import type { Rule } from './support/rule';
import { GOC_URL, ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'goc.gov.tr "Yabancılar" guide (copy at oturmaiznialma.xyz); 4m.com.tr',
  GOC_URL,
  'O*',
  'https://oturmaiznialma.xyz/',
);

export const PROVINCE_MOVE_WORKING_DAYS = 20;

/**
 * N2: after moving to another province, apply for a new permit there within 20 working days.
 * Triggered by the move itself (see `movedToAnotherProvince`), never by a change of permit type.
 */
export const provinceMove: Rule = {
  id: 'province-move',
  rulebookIds: ['N2'],
  sources: [SOURCE],
  messageKeys: [
    'province-move.deadline',
    'province-move.late',
    'province-move.feeCarriesOver',
    'calendar.outOfRange',
    'calendar.halfDayDeadline',
  ],
  severityNotes: [
    'Only a move to another province triggers this rule: the extension entry page\'s "change my province" answer, a new address province that differs from the current permit\'s, or what the person said. A transfer application (Geçiş) is a change of permit type and triggers nothing here.',
    'Missing the 20 working days is a warning: the guide states the deadline but not what follows from missing it.',
  ],
  evaluate(facts, today) {
    if (movedToAnotherProvince(facts) !== true) return [];
    const context = { ruleId: 'province-move', source: SOURCE, fields: ['province'] } as const;
    const findings: Finding[] = [
      { ...context, severity: 'info', messageKey: 'province-move.feeCarriesOver', params: {} },
    ];
    if (!facts.moveDate) return findings;
    const deadline = workingDeadline(facts.moveDate, PROVINCE_MOVE_WORKING_DAYS);
    if (!deadline.ok) return [...findings, calendarRangeFinding(context, deadline.year)];
    const params = { moveDate: formatTrDate(facts.moveDate), deadline: formatTrDate(deadline.date) };
    if (calendarDaysBetween(today, deadline.date) > 0) {
      return [...findings, { ...context, severity: 'warning', messageKey: 'province-move.late', params }];
    }
    return [
      ...findings,
      { ...context, severity: 'info', messageKey: 'province-move.deadline', params },
      ...halfDayFindings(context, deadline),
    ];
  },
};
