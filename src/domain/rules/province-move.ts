import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import { calendarRangeFinding, halfDayFindings, workingDeadline } from './support/deadline';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'goc.gov.tr "Yabancılar" guide (copy at oturmaiznialma.xyz); 4m.com.tr',
  'https://oturmaiznialma.xyz/',
  'O*',
);

export const PROVINCE_MOVE_WORKING_DAYS = 20;

/** N2: after moving to another province, apply for a new permit there within 20 working days. */
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
  evaluate(facts, today) {
    if (facts.applicationKind !== 'transfer') return [];
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
