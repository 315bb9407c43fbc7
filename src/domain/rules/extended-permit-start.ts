import { addDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 24(3)', YUKK_URL, 'O*');

/** T4: an extended permit starts where the current one ends (that day or the next). */
export const extendedPermitStart: Rule = {
  id: 'extended-permit-start',
  rulebookIds: ['T4'],
  sources: [SOURCE],
  messageKeys: ['extended-permit-start.mismatch'],
  evaluate(facts) {
    const { requestedStart, currentPermitEnd } = facts;
    if (facts.applicationKind !== 'extension' || !requestedStart || !currentPermitEnd) return [];
    const offset = calendarDaysBetween(requestedStart, currentPermitEnd);
    if (offset === 0 || offset === 1) return [];
    return [
      {
        ruleId: 'extended-permit-start',
        severity: 'warning',
        messageKey: 'extended-permit-start.mismatch',
        params: {
          requestedStart: formatTrDate(requestedStart),
          currentPermitEnd: formatTrDate(currentPermitEnd),
          nextDay: formatTrDate(addDays(currentPermitEnd, 1)),
        },
        fields: ['requestedStart', 'currentPermitEnd'],
        source: SOURCE,
      },
    ];
  },
};
