import { addDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Rule } from './support/rule';
import { GOC_URL, ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'goc.gov.tr notice on children born in Türkiye (copy at ikamet-calismaizni.com, 2016); goc guide copies',
  GOC_URL,
  'O*',
  'https://www.ikamet-calismaizni.com/',
);

export const NEWBORN_DAYS = 180;

/** N4: a child born in Türkiye needs a permit within 180 days of birth, else a double fee on exit. */
export const newbornPermit: Rule = {
  id: 'newborn-permit',
  rulebookIds: ['N4'],
  sources: [SOURCE],
  messageKeys: ['newborn-permit.deadline', 'newborn-permit.late'],
  evaluate(facts, today) {
    const birth = facts.childBirthDate;
    if (!birth) return [];
    const deadline = addDays(birth, NEWBORN_DAYS);
    const late = calendarDaysBetween(today, deadline) > 0;
    return [
      {
        ruleId: 'newborn-permit',
        severity: late ? 'warning' : 'info',
        messageKey: late ? 'newborn-permit.late' : 'newborn-permit.deadline',
        params: { childBirthDate: formatTrDate(birth), deadline: formatTrDate(deadline) },
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
