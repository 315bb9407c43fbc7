import { addYears } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 35(1)(d)', YUKK_URL, 'O*');

export const MIN_SUPPORTER_RESIDENCE_MONTHS = 12;

/**
 * F2: a foreign supporter must have lived in Türkiye on permits for at least a year. The total
 * in months decides (error); with only the current permit's start, earlier permits may exist,
 * so a recent start is a warning.
 */
export const supporterResidence: Rule = {
  id: 'supporter-residence',
  rulebookIds: ['F2'],
  sources: [SOURCE],
  messageKeys: ['supporter-residence.tooShort', 'supporter-residence.currentPermitRecent'],
  evaluate(facts, today) {
    const supporter = facts.supporter;
    if (facts.permitType !== 'family' || !supporter || supporter.citizen === true) return [];
    const base = { ruleId: 'supporter-residence', fields: [], source: SOURCE } as const;

    if (supporter.residenceMonths !== undefined) {
      if (supporter.residenceMonths >= MIN_SUPPORTER_RESIDENCE_MONTHS) return [];
      return [
        {
          ...base,
          severity: 'error',
          messageKey: 'supporter-residence.tooShort',
          params: { residenceMonths: supporter.residenceMonths },
        },
      ];
    }
    if (!supporter.permitStart) return [];
    const oneYear = addYears(supporter.permitStart, 1);
    if (calendarDaysBetween(today, oneYear) >= 0) return [];
    return [
      {
        ...base,
        severity: 'warning',
        messageKey: 'supporter-residence.currentPermitRecent',
        params: {
          supporterPermitStart: formatTrDate(supporter.permitStart),
          oneYearDate: formatTrDate(oneYear),
        },
      },
    ];
  },
};
