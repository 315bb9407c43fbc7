import { addDays } from 'date-fns';
import fc from 'fast-check';
import { parseTrDate } from '../../../src/domain/dates';
import { type ApplicationFacts, IDENTITY_CHANGE_KINDS, LONG_TERM_ROUTES } from '../../../src/domain/facts';
import type { Finding } from '../../../src/domain/findings';
import {
  APPLICATION_KINDS,
  INSURANCE_TYPES,
  PERMIT_TYPES,
  SHORT_TERM_PURPOSES,
} from '../../../src/domain/permits';

/** A dd.MM.yyyy literal as a local-midnight Date; throws on a typo so tests fail loudly. */
export function d(text: string): Date {
  const result = parseTrDate(text);
  if (!result.ok) throw new Error(`Bad test date ${text}: ${result.reason}`);
  return result.date;
}

export const messageKeys = (findings: readonly Finding[]) => findings.map((finding) => finding.messageKey);

/** Dates from 2023 to 2032, so that some fall outside the working-day calendar (2025–2030). */
export const arbitraryDay = fc
  .integer({ min: 0, max: 3650 })
  .map((offset) => addDays(d('01.01.2023'), offset));

const optionalBool = fc.boolean();

export const arbitraryFacts: fc.Arbitrary<ApplicationFacts> = fc.record(
  {
    applicationKind: fc.constantFrom(...APPLICATION_KINDS),
    permitType: fc.constantFrom(...PERMIT_TYPES),
    shortTermPurpose: fc.constantFrom(...SHORT_TERM_PURPOSES),
    entryDate: arbitraryDay,
    lawfulStayEnd: arbitraryDay,
    stays: fc.array(fc.record({ entry: arbitraryDay, exit: arbitraryDay }, { requiredKeys: ['entry'] }), {
      maxLength: 4,
    }),
    currentPermitEnd: arbitraryDay,
    requestedStart: arbitraryDay,
    requestedEnd: arbitraryDay,
    requestedMonths: fc.integer({ min: 1, max: 80 }),
    birthDate: fc.integer({ min: 0, max: 36_500 }).map((offset) => addDays(d('01.01.1940'), offset)),
    passportIssueDate: arbitraryDay,
    passportExpiry: arbitraryDay,
    insuranceType: fc.constantFrom(...INSURANCE_TYPES),
    insuranceStart: arbitraryDay,
    insuranceEnd: arbitraryDay,
    graduationDate: arbitraryDay,
    childBirthDate: arbitraryDay,
    moveDate: arbitraryDay,
    notifyDate: arbitraryDay,
    identityChangeDate: arbitraryDay,
    identityChangeKind: fc.constantFrom(...IDENTITY_CHANGE_KINDS),
    provinceChange: optionalBool,
    currentPermitProvince: fc.constantFrom('06', '34', '35'),
    province: fc.constantFrom('06', '34', '35'),
    cardReceivedDate: arbitraryDay,
    conditionalEntryDate: arbitraryDay,
    lastRefusalDate: arbitraryDay,
    schoolChangeDate: arbitraryDay,
    studentLevel: fc.constantFrom('university' as const, 'school' as const),
    holdsWorkPermit: optionalBool,
    familyPermitYears: fc.integer({ min: 0, max: 6 }),
    travel: fc.record(
      { exit: arbitraryDay, return: arbitraryDay, feesPaid: optionalBool },
      { requiredKeys: ['exit'] },
    ),
    supporter: fc.record(
      {
        citizen: optionalBool,
        permitStart: arbitraryDay,
        permitEnd: arbitraryDay,
        residenceMonths: fc.integer({ min: 0, max: 60 }),
        monthlyIncomeTl: fc.double({ min: 0, max: 200_000, noNaN: true }),
        familySize: fc.integer({ min: 1, max: 12 }),
        insuranceCoversAllMembers: optionalBool,
        internationalProtection: optionalBool,
        workPermit: optionalBool,
        birthDate: fc.integer({ min: 0, max: 30_000 }).map((offset) => addDays(d('01.01.1950'), offset)),
      },
      { requiredKeys: [] },
    ),
    familyRole: fc.constantFrom('spouse' as const, 'child' as const),
    previousTurkishCoursePermits: fc.integer({ min: 0, max: 4 }),
    graduatePermitUsedBefore: optionalBool,
    tourismPermitMonths: fc.integer({ min: 0, max: 36 }),
    longTermRoute: fc.constantFrom(...LONG_TERM_ROUTES),
  },
  { requiredKeys: [] },
);
