import { calendarDaysBetween, formatTrDate } from '../dates';
import type { ApplicationFacts } from '../facts';
import type { Finding, Severity } from '../findings';
import { insuranceAgeStatus, NO_INSURANCE_CONDITION_TYPES } from './insurance-age';
import { requestedEnd, requestedStart } from './support/period';
import type { Rule } from './support/rule';
import { DOCUMENT_NOTES_URL, ruleSource, YUKK_URL } from './support/sources';

const COVER_SOURCE = ruleSource(
  'AÇK ("Sigorta süresi, talep edilen ikamet izni süresini kapsamalıdır")',
  DOCUMENT_NOTES_URL,
  'O*',
);
const LONG_TERM_SOURCE = ruleSource('YUKK 43(1)(ç)', YUKK_URL, 'O*');

type Exemption = 'exempt' | 'not-exempt' | 'uncertain';

/**
 * I3 switches the cover check off only for short-term and student applicants exempt by age;
 * without a birth date, choosing the age option is taken as the claim. Family and long-term
 * applicants are never exempt (docs/sources.md#how-rules-combine). Where the age reading is
 * uncertain (65, the 18th birthday) a short cover is a warning, not an error.
 */
function ageExemption(facts: ApplicationFacts, today: Date): Exemption {
  if (facts.permitType !== 'short-term' && facts.permitType !== 'student') return 'not-exempt';
  if (facts.birthDate) return insuranceAgeStatus(facts.birthDate, today);
  return facts.insuranceType === 'under-18-over-65' ? 'exempt' : 'not-exempt';
}

/** I1 (and I5 for long-term): the insurance must cover the whole requested period. */
export const insurancePeriod: Rule = {
  id: 'insurance-period',
  rulebookIds: ['I1', 'I5'],
  sources: [COVER_SOURCE, LONG_TERM_SOURCE],
  messageKeys: ['insurance-period.startsLate', 'insurance-period.endsEarly'],
  severityNotes: [
    'A cover that does not span the requested period is an error: the document notes (AÇK) say the insurance must cover the whole requested period, and for long-term permits insurance is a legal condition (YUKK 43(1)(ç)).',
    'It is a warning instead where the short-term or student age exemption is uncertain (age 65, the 18th birthday).',
    'Humanitarian and trafficking-victim permits are never checked: the law sets no insurance condition for them (YUKK 46, 48).',
  ],
  evaluate(facts, today) {
    if (facts.permitType && NO_INSURANCE_CONDITION_TYPES.has(facts.permitType)) return [];
    const exemption = ageExemption(facts, today);
    if (exemption === 'exempt') return [];
    const severity: Severity = exemption === 'uncertain' ? 'warning' : 'error';
    const source = facts.permitType === 'long-term' ? LONG_TERM_SOURCE : COVER_SOURCE;
    const start = requestedStart(facts);
    const end = requestedEnd(facts, today);
    const findings: Finding[] = [];
    if (facts.insuranceStart && start && calendarDaysBetween(facts.insuranceStart, start) > 0) {
      findings.push({
        ruleId: 'insurance-period',
        severity,
        messageKey: 'insurance-period.startsLate',
        params: { insuranceStart: formatTrDate(facts.insuranceStart), requestedStart: formatTrDate(start) },
        fields: ['insuranceStart', 'requestedStart'],
        source,
      });
    }
    if (facts.insuranceEnd && end && calendarDaysBetween(facts.insuranceEnd, end) < 0) {
      findings.push({
        ruleId: 'insurance-period',
        severity,
        messageKey: 'insurance-period.endsEarly',
        params: { insuranceEnd: formatTrDate(facts.insuranceEnd), requestedEnd: formatTrDate(end) },
        fields: ['insuranceEnd', 'requestedEnd'],
        source,
      });
    }
    return findings;
  },
};
