import { calendarDaysBetween, formatTrDate } from '../dates';
import { requestedEnd } from './support/period';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 34(1)', YUKK_URL, 'O*');

/** D5: a family permit never runs beyond the foreign supporter's own permit. */
export const supporterPermitEnd: Rule = {
  id: 'supporter-permit-end',
  rulebookIds: ['D5'],
  sources: [SOURCE],
  messageKeys: ['supporter-permit-end.beyond'],
  evaluate(facts, today) {
    const supporter = facts.supporter;
    if (facts.permitType !== 'family' || !supporter?.permitEnd || supporter.citizen === true) return [];
    const end = requestedEnd(facts, today);
    if (!end || calendarDaysBetween(end, supporter.permitEnd) <= 0) return [];
    return [
      {
        ruleId: 'supporter-permit-end',
        severity: 'error',
        messageKey: 'supporter-permit-end.beyond',
        params: { requestedEnd: formatTrDate(end), supporterPermitEnd: formatTrDate(supporter.permitEnd) },
        fields: ['requestedEnd'],
        source: SOURCE,
      },
    ];
  },
};
