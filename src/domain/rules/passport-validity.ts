import { addDays, subDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import { requestedEnd, requestedStart } from './support/period';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

// The article was read in a copy on alanyapower.com, which is not served over https: named, not linked.
const SOURCE = ruleSource('YUKK 21(2) (read in a copy at alanyapower.com)', YUKK_URL, 'O*');

/** P1: the passport must be valid at least 60 days beyond the requested permit end. */
export const passportValidity: Rule = {
  id: 'passport-validity',
  rulebookIds: ['P1'],
  sources: [SOURCE],
  messageKeys: ['passport-validity.tooShort', 'passport-validity.renewFirst'],
  evaluate(facts, today) {
    const expiry = facts.passportExpiry;
    const end = requestedEnd(facts, today);
    if (!expiry || !end) return [];
    const passportNeeded = addDays(end, 60);
    if (calendarDaysBetween(expiry, passportNeeded) >= 0) return [];

    const latestEnd = subDays(expiry, 60);
    const start = requestedStart(facts) ?? today;
    // No end date can work when the latest allowed end is not after the start.
    const noEndWorks = calendarDaysBetween(latestEnd, start) <= 0;
    return [
      {
        ruleId: 'passport-validity',
        severity: 'error',
        messageKey: noEndWorks ? 'passport-validity.renewFirst' : 'passport-validity.tooShort',
        params: {
          passportExpiry: formatTrDate(expiry),
          requestedEnd: formatTrDate(end),
          latestEnd: formatTrDate(latestEnd),
          passportNeeded: formatTrDate(passportNeeded),
        },
        fields: ['passportExpiry', 'requestedEnd'],
        source: SOURCE,
      },
    ];
  },
};
