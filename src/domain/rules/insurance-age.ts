import { differenceInYears } from 'date-fns';
import type { ApplicationFacts } from '../facts';
import type { Finding } from '../findings';
import { INSURANCE_TYPE_LABELS } from '../permits';
import type { Rule } from './support/rule';
import { DOCUMENT_NOTES_URL, ruleSource, YUKK_URL } from './support/sources';

// The exemption is AÇK text (O*), but the e-İkamet option label is known only from consultancy
// pages (C); a wrong choice is therefore a warning, never an error.
const SOURCE = ruleSource(
  'AÇK (short-term and student applicants under 18 or over 65); option label "18 yaş altı ve 65 yaş üstü olanlar" from consultancy pages',
  DOCUMENT_NOTES_URL,
  'C',
);
// Seed texts read "65 yaş üstü" as 65 or over, other pages as 66 and over; the over-65 claim for
// long-term permits (a document that no insurance could be obtained) is a consultancy page's only.
const BOUNDARY_SOURCE = ruleSource(
  'Conflicting readings of the option "18 yaş altı ve 65 yaş üstü olanlar": 65 or over in some consultancy texts, 66 and over in others; no official text settles it',
  DOCUMENT_NOTES_URL,
  'U',
);
const LONG_TERM_SOURCE = ruleSource(
  'YUKK 43(1)(ç) (valid health insurance); a consultancy FAQ says applicants over 65 may instead bring a document that they could not obtain insurance',
  YUKK_URL,
  'U',
);

/** Permit types for which the law sets no insurance condition (YUKK 46, 48: other permits' conditions do not apply). */
export const NO_INSURANCE_CONDITION_TYPES: ReadonlySet<ApplicationFacts['permitType']> = new Set([
  'humanitarian',
  'trafficking-victim',
]);

/**
 * The age exemption on the application date, in three states: `exempt`, `not-exempt`, and
 * `uncertain` where the sources disagree. "65 yaş üstü" is read as 65-or-over by some sources and
 * as 66-and-over by others, so a 65-year-old is uncertain; on the 18th birthday itself the
 * "under 18" reading depends on whether the day counts, so that day is uncertain too.
 */
export type InsuranceAgeStatus = 'exempt' | 'not-exempt' | 'uncertain';

export function insuranceAgeStatus(birthDate: Date, today: Date): InsuranceAgeStatus {
  const age = differenceInYears(today, birthDate);
  if (age === 65) return 'uncertain';
  if (age === 18 && isBirthday(birthDate, today)) return 'uncertain';
  return age < 18 || age > 65 ? 'exempt' : 'not-exempt';
}

function isBirthday(birthDate: Date, today: Date): boolean {
  return birthDate.getDate() === today.getDate() && birthDate.getMonth() === today.getMonth();
}

/**
 * The age option as the page shows it, for the messages to quote: the chosen option's own text
 * when it is the age option, else its label in the page's language (Turkish without a page).
 */
export function ageOptionQuote(facts: ApplicationFacts): string {
  const shown = facts.insuranceType === 'under-18-over-65' ? facts.insuranceTypeText?.trim() : undefined;
  return shown || INSURANCE_TYPE_LABELS['under-18-over-65'][facts.pageLanguage ?? 'tr'];
}

/**
 * I3: short-term and student applicants under 18 or over 65 choose the age option; no one else
 * does. Humanitarian and trafficking-victim permits have no insurance condition at all: silent.
 */
export const insuranceAge: Rule = {
  id: 'insurance-age',
  rulebookIds: ['I3', 'I5'],
  sources: [SOURCE, BOUNDARY_SOURCE, LONG_TERM_SOURCE],
  messageKeys: [
    'insurance-age.chooseAgeOption',
    'insurance-age.notEligible',
    'insurance-age.boundaryUncertain',
    'insurance-age.eighteenthBirthday',
    'insurance-age.notForPermitType',
    'insurance-age.notForLongTerm',
  ],
  severityNotes: [
    'A wrong choice of the age option is a warning, never an error: the option label is known only from consultancy pages.',
    'At exactly 65 and on the 18th birthday the sources read the option differently (65-or-over versus 66-and-over; whether the birthday counts), so the assistant says the reading is uncertain and what to check, and states neither reading as law.',
    'Humanitarian and trafficking-victim permits get no insurance finding: YUKK 46 and 48 set no insurance condition for them.',
  ],
  evaluate(facts, today) {
    const type = facts.permitType;
    const insurance = facts.insuranceType;
    if (!type || !insurance || NO_INSURANCE_CONDITION_TYPES.has(type)) return [];
    const chosen = insurance === 'under-18-over-65';
    const ageOption = ageOptionQuote(facts);
    const base = {
      ruleId: 'insurance-age',
      severity: 'warning',
      fields: ['insuranceType', 'birthDate'],
      source: SOURCE,
    } as const;

    if (type === 'long-term') {
      return chosen
        ? [
            {
              ...base,
              messageKey: 'insurance-age.notForLongTerm',
              params: { ageOption },
              source: LONG_TERM_SOURCE,
            },
          ]
        : [];
    }
    if (type !== 'short-term' && type !== 'student') {
      return chosen ? [{ ...base, messageKey: 'insurance-age.notForPermitType', params: { ageOption } }] : [];
    }
    if (!facts.birthDate) return [];
    const age = differenceInYears(today, facts.birthDate);
    const status = insuranceAgeStatus(facts.birthDate, today);
    if (status === 'uncertain') {
      return [
        {
          ...base,
          messageKey: age === 65 ? 'insurance-age.boundaryUncertain' : 'insurance-age.eighteenthBirthday',
          params: { age, ageOption },
          source: BOUNDARY_SOURCE,
        },
      ];
    }
    const findings: Finding[] = [];
    if (status === 'exempt' && !chosen)
      findings.push({ ...base, messageKey: 'insurance-age.chooseAgeOption', params: { age, ageOption } });
    if (status === 'not-exempt' && chosen)
      findings.push({ ...base, messageKey: 'insurance-age.notEligible', params: { age, ageOption } });
    return findings;
  },
};
