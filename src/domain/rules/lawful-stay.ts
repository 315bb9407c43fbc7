import { addDays, max } from 'date-fns';
import type { FieldKey } from '../../page/field-keys';
import { calendarDaysBetween, formatTrDate } from '../dates';
import { LATE_GRACE_DAYS } from './extension-window';
import type { Rule } from './support/rule';
import { ruleSource, YIMER_URL } from './support/sources';

const LAWFUL_STAY_SOURCE = ruleSource('YUKK 11(1); YİMER home page', YIMER_URL, 'O');
const LATE_SOURCE = ruleSource('Yön. 21(2), quoted at df.tips', 'https://df.tips/t/topic/2127', 'O*');

/**
 * T1 with T2 (rules.md §12): a first application is made while the stay is lawful. Up to 10
 * days late it is accepted only at the directorate's discretion with a penalty fee (warning);
 * later it is an error. A still-valid earlier permit also makes the stay lawful.
 */
export const lawfulStay: Rule = {
  id: 'lawful-stay',
  rulebookIds: ['T1', 'T2'],
  sources: [LAWFUL_STAY_SOURCE, LATE_SOURCE],
  messageKeys: ['lawful-stay.applyBy', 'lawful-stay.late', 'lawful-stay.ended'],
  evaluate(facts, today) {
    if (facts.applicationKind !== 'first') return [];
    const ends = [facts.lawfulStayEnd, facts.currentPermitEnd].filter((date) => date !== undefined);
    if (ends.length === 0) return [];
    const end = max(ends);
    const fields: FieldKey[] =
      facts.currentPermitEnd && calendarDaysBetween(facts.currentPermitEnd, end) === 0
        ? ['currentPermitEnd']
        : [];
    const lawfulStayEnd = formatTrDate(end);
    const daysLate = calendarDaysBetween(today, end);

    if (daysLate <= 0) {
      return [
        {
          ruleId: 'lawful-stay',
          severity: 'info',
          messageKey: 'lawful-stay.applyBy',
          params: { lawfulStayEnd, daysLeft: calendarDaysBetween(end, today) },
          fields,
          source: LAWFUL_STAY_SOURCE,
        },
      ];
    }
    if (daysLate <= LATE_GRACE_DAYS) {
      return [
        {
          ruleId: 'lawful-stay',
          severity: 'warning',
          messageKey: 'lawful-stay.late',
          params: { lawfulStayEnd, daysLate, lastAcceptedDay: formatTrDate(addDays(end, LATE_GRACE_DAYS)) },
          fields,
          source: LATE_SOURCE,
        },
      ];
    }
    return [
      {
        ruleId: 'lawful-stay',
        severity: 'error',
        messageKey: 'lawful-stay.ended',
        params: { lawfulStayEnd, daysLate },
        fields,
        source: LAWFUL_STAY_SOURCE,
      },
    ];
  },
};
