import { differenceInYears } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { ApplicationFacts } from '../facts';
import type { Finding } from '../findings';
import { isInsuranceAgeExempt } from './insurance-age';
import { requestedEnd, requestedStart } from './support/period';
import type { Rule } from './support/rule';
import { DOCUMENT_NOTES_URL, ruleSource, YUKK_URL } from './support/sources';

const COVER_SOURCE = ruleSource(
  'AÇK ("Sigorta süresi, talep edilen ikamet izni süresini kapsamalıdır")',
  DOCUMENT_NOTES_URL,
  'O*',
);
const LONG_TERM_SOURCE = ruleSource('YUKK 43(1)(ç)', YUKK_URL, 'O*');

/**
 * I3 switches the cover check off only for short-term and student applicants exempt by age;
 * without a birth date, choosing the age option is taken as the claim. Family and long-term
 * applicants are never exempt (rules.md §12).
 */
function exemptByAge(facts: ApplicationFacts, today: Date): boolean {
  if (facts.permitType !== 'short-term' && facts.permitType !== 'student') return false;
  if (facts.birthDate) return isInsuranceAgeExempt(differenceInYears(today, facts.birthDate));
  return facts.insuranceType === 'under-18-over-65';
}

/** I1 (and I5 for long-term): the insurance must cover the whole requested period. */
export const insurancePeriod: Rule = {
  id: 'insurance-period',
  rulebookIds: ['I1', 'I5'],
  sources: [COVER_SOURCE, LONG_TERM_SOURCE],
  messageKeys: ['insurance-period.startsLate', 'insurance-period.endsEarly'],
  evaluate(facts, today) {
    if (exemptByAge(facts, today)) return [];
    const source = facts.permitType === 'long-term' ? LONG_TERM_SOURCE : COVER_SOURCE;
    const start = requestedStart(facts);
    const end = requestedEnd(facts, today);
    const findings: Finding[] = [];
    if (facts.insuranceStart && start && calendarDaysBetween(facts.insuranceStart, start) > 0) {
      findings.push({
        ruleId: 'insurance-period',
        severity: 'error',
        messageKey: 'insurance-period.startsLate',
        params: { insuranceStart: formatTrDate(facts.insuranceStart), requestedStart: formatTrDate(start) },
        fields: ['insuranceStart', 'requestedStart'],
        source,
      });
    }
    if (facts.insuranceEnd && end && calendarDaysBetween(facts.insuranceEnd, end) < 0) {
      findings.push({
        ruleId: 'insurance-period',
        severity: 'error',
        messageKey: 'insurance-period.endsEarly',
        params: { insuranceEnd: formatTrDate(facts.insuranceEnd), requestedEnd: formatTrDate(end) },
        fields: ['insuranceEnd', 'requestedEnd'],
        source,
      });
    }
    return findings;
  },
};
