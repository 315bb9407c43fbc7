import { addYears } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import { requestedEnd } from './support/period';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

// YUKK 34 as summarised by consultancy guides (seeds): after at least 3 years on family permits a
// person who turns 18, or who divorces a Turkish citizen, may switch to a short-term permit; on
// the supporter's death, or after domestic violence established by a court, without the 3 years.
const SOURCE = ruleSource(
  "YUKK 34 as summarised by consultancy guides: switching from a family permit to a short-term permit after 3 years on family permits (on turning 18 or on divorce), on the supporter's death, or after court-established domestic violence",
  YUKK_URL,
  'C',
);

export const FAMILY_YEARS_FOR_SWITCH = 3;
export const ADULT_AGE = 18;

/**
 * F6: a child on a family permit approaching 18 is told about the route to a short-term permit
 * (purpose ğ) and its 3 years; an applicant choosing purpose ğ with fewer than 3 years on family
 * permits is warned that the route needs them unless the supporter died or a court established
 * domestic violence.
 */
export const familyToShortTerm: Rule = {
  id: 'family-to-short-term',
  rulebookIds: ['F6'],
  sources: [SOURCE],
  messageKeys: [
    'family-to-short-term.childTurns18',
    'family-to-short-term.childTurns18TooFewYears',
    'family-to-short-term.conditions',
    'family-to-short-term.tooFewYears',
  ],
  severityNotes: [
    'Information, and a warning when purpose ğ is chosen with fewer than 3 years on family permits: the conditions are known from consultancy summaries of YUKK 34, and the supporter-death and domestic-violence exceptions cannot be read from the form.',
  ],
  evaluate(facts, today) {
    const years = facts.familyPermitYears;
    const findings: Finding[] = [];
    if (facts.permitType === 'family' && facts.familyRole === 'child' && facts.birthDate) {
      const adult = addYears(facts.birthDate, ADULT_AGE);
      const horizon = requestedEnd(facts, today) ?? addYears(today, 1);
      if (calendarDaysBetween(adult, horizon) <= 0) {
        const tooFew = years !== undefined && years < FAMILY_YEARS_FOR_SWITCH;
        findings.push({
          ruleId: 'family-to-short-term',
          severity: 'info',
          messageKey: tooFew
            ? 'family-to-short-term.childTurns18TooFewYears'
            : 'family-to-short-term.childTurns18',
          params: { adultDate: formatTrDate(adult), years: years ?? 0 },
          fields: ['birthDate'],
          source: SOURCE,
        });
      }
    }
    if (facts.permitType === 'short-term' && facts.shortTermPurpose === 'from-family-permit') {
      const tooFew = years !== undefined && years < FAMILY_YEARS_FOR_SWITCH;
      findings.push({
        ruleId: 'family-to-short-term',
        severity: tooFew ? 'warning' : 'info',
        messageKey: tooFew ? 'family-to-short-term.tooFewYears' : 'family-to-short-term.conditions',
        params: { years: years ?? 0 },
        fields: ['permitPurpose'],
        source: SOURCE,
      });
    }
    return findings;
  },
};
