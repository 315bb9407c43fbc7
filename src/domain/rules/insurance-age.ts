import { differenceInYears } from 'date-fns';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { DOCUMENT_NOTES_URL, ruleSource } from './support/sources';

// The exemption is AÇK text (O*), but the e-İkamet option label is known only from consultancy
// pages (C); a wrong choice is therefore a warning, never an error.
const SOURCE = ruleSource(
  'AÇK (short-term and student applicants under 18 or over 65); option label "18 yaş altı ve 65 yaş üstü olanlar" from consultancy pages',
  DOCUMENT_NOTES_URL,
  'C',
);

/**
 * Age exemption from health insurance, in whole years on the application date. "Over 65" is
 * read as age > 65, i.e. 66 or older: someone who is 65 (even on the birthday) is not exempt.
 */
export function isInsuranceAgeExempt(age: number): boolean {
  return age < 18 || age > 65;
}

/** I3: short-term and student applicants under 18 or over 65 choose the age option; no one else does. */
export const insuranceAge: Rule = {
  id: 'insurance-age',
  rulebookIds: ['I3'],
  sources: [SOURCE],
  messageKeys: [
    'insurance-age.chooseAgeOption',
    'insurance-age.notEligible',
    'insurance-age.notForPermitType',
  ],
  evaluate(facts, today) {
    const type = facts.permitType;
    const insurance = facts.insuranceType;
    if (!type || !insurance) return [];
    const chosen = insurance === 'under-18-over-65';
    const base = {
      ruleId: 'insurance-age',
      severity: 'warning',
      fields: ['insuranceType', 'birthDate'],
      source: SOURCE,
    } as const;

    if (type !== 'short-term' && type !== 'student') {
      return chosen ? [{ ...base, messageKey: 'insurance-age.notForPermitType', params: {} }] : [];
    }
    if (!facts.birthDate) return [];
    const age = differenceInYears(today, facts.birthDate);
    const exempt = isInsuranceAgeExempt(age);
    const findings: Finding[] = [];
    if (exempt && !chosen)
      findings.push({ ...base, messageKey: 'insurance-age.chooseAgeOption', params: { age } });
    if (!exempt && chosen)
      findings.push({ ...base, messageKey: 'insurance-age.notEligible', params: { age } });
    return findings;
  },
};
