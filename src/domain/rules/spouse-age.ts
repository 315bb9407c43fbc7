import { differenceInYears } from 'date-fns';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

// Marked O*/C in the rulebook; a mixed mark takes the weaker part, so this warns.
const SOURCE = ruleSource('YUKK 34(2)', YUKK_URL, 'O*/C');

export const MIN_SPOUSE_AGE = 18;

/** F4: for a spouse's family permit, both spouses must be 18 or older on the application date. */
export const spouseAge: Rule = {
  id: 'spouse-age',
  rulebookIds: ['F4'],
  sources: [SOURCE],
  messageKeys: ['spouse-age.applicantUnder18', 'spouse-age.supporterUnder18'],
  evaluate(facts, today) {
    if (facts.permitType !== 'family' || facts.familyRole !== 'spouse') return [];
    const findings: Finding[] = [];
    const base = { ruleId: 'spouse-age', severity: 'warning', source: SOURCE } as const;
    if (facts.birthDate) {
      const age = differenceInYears(today, facts.birthDate);
      if (age < MIN_SPOUSE_AGE) {
        findings.push({
          ...base,
          messageKey: 'spouse-age.applicantUnder18',
          params: { age },
          fields: ['birthDate'],
        });
      }
    }
    const supporterBirth = facts.supporter?.birthDate;
    if (supporterBirth) {
      const age = differenceInYears(today, supporterBirth);
      if (age < MIN_SPOUSE_AGE) {
        findings.push({ ...base, messageKey: 'spouse-age.supporterUnder18', params: { age }, fields: [] });
      }
    }
    return findings;
  },
};
