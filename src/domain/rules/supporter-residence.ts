import { addYears } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { SupporterFacts } from '../facts';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 35(1)(d)', YUKK_URL, 'O*');
// The exceptions are known from consultancy texts only: the supporter conditions "may not be
// sought" for refugee or subsidiary-protection supporters, and a work permit is accepted in place
// of a year on residence permits. Unknown facts therefore soften the finding to a warning.
const EXCEPTIONS_SOURCE = ruleSource(
  'Consultancy texts: supporters with refugee or subsidiary-protection status may be exempt from the supporter conditions; a supporter with a work permit need not have held a residence permit for a year',
  YUKK_URL,
  'C',
);

export const MIN_SUPPORTER_RESIDENCE_MONTHS = 12;

/** True when an exception is known to apply, false when both are known not to, else undefined. */
function exceptionApplies(supporter: SupporterFacts): boolean | undefined {
  if (supporter.internationalProtection === true || supporter.workPermit === true) return true;
  if (supporter.internationalProtection === false && supporter.workPermit === false) return false;
  return undefined;
}

/**
 * F2: a foreign supporter must have lived in Türkiye on permits for at least a year, unless the
 * supporter has refugee or subsidiary-protection status or a work permit. Too few months is an
 * error only when both exceptions are known not to apply; otherwise a warning that names them.
 * With only the current permit's start, earlier permits may exist, so a recent start warns.
 */
export const supporterResidence: Rule = {
  id: 'supporter-residence',
  rulebookIds: ['F2'],
  sources: [SOURCE, EXCEPTIONS_SOURCE],
  messageKeys: [
    'supporter-residence.tooShort',
    'supporter-residence.tooShortUnlessException',
    'supporter-residence.exceptionApplies',
    'supporter-residence.currentPermitRecent',
  ],
  severityNotes: [
    'Fewer than 12 months on permits is an error only when the supporter is known to have neither refugee or subsidiary-protection status nor a work permit; without those facts it is a warning that names the exceptions.',
    'A supporter known to fall under an exception gets information, not a warning.',
  ],
  evaluate(facts, today) {
    const supporter = facts.supporter;
    if (facts.permitType !== 'family' || !supporter || supporter.citizen === true) return [];
    const base = { ruleId: 'supporter-residence', fields: [], source: SOURCE } as const;
    const exception = exceptionApplies(supporter);
    const short =
      supporter.residenceMonths !== undefined
        ? supporter.residenceMonths < MIN_SUPPORTER_RESIDENCE_MONTHS
        : supporter.permitStart !== undefined &&
          calendarDaysBetween(today, addYears(supporter.permitStart, 1)) < 0;
    if (!short) return [];

    if (exception === true) {
      return [
        {
          ...base,
          severity: 'info',
          messageKey: 'supporter-residence.exceptionApplies',
          params: {},
          source: EXCEPTIONS_SOURCE,
        },
      ];
    }
    if (supporter.residenceMonths !== undefined) {
      const finding: Finding =
        exception === false
          ? {
              ...base,
              severity: 'error',
              messageKey: 'supporter-residence.tooShort',
              params: { residenceMonths: supporter.residenceMonths },
            }
          : {
              ...base,
              severity: 'warning',
              messageKey: 'supporter-residence.tooShortUnlessException',
              params: { residenceMonths: supporter.residenceMonths },
            };
      return [finding];
    }
    const start = supporter.permitStart as Date;
    return [
      {
        ...base,
        severity: 'warning',
        messageKey: 'supporter-residence.currentPermitRecent',
        params: {
          supporterPermitStart: formatTrDate(start),
          oneYearDate: formatTrDate(addYears(start, 1)),
        },
      },
    ];
  },
};
