import type { ApplicationFacts } from '../../../src/domain/facts';
import { d } from './support';

export interface Scenario {
  readonly name: string;
  readonly facts: ApplicationFacts;
  readonly today: Date;
}

const june = d('01.06.2026');

/**
 * Hand-made applications that together make every rule produce every message it declares.
 * The catalogue test checks that coverage, so a message key nobody can produce is caught.
 */
export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'first short-term application with most problems at once',
    today: june,
    facts: {
      applicationKind: 'first',
      permitType: 'short-term',
      shortTermPurpose: 'tourism',
      lawfulStayEnd: d('25.05.2026'),
      stays: [{ entry: d('01.01.2026'), exit: d('15.04.2026') }],
      requestedStart: d('01.07.2026'),
      requestedEnd: d('01.08.2028'),
      passportExpiry: d('01.03.2027'),
      birthDate: d('01.01.1990'),
      insuranceType: 'under-18-over-65',
      insuranceStart: d('05.07.2026'),
      insuranceEnd: d('01.06.2027'),
      travel: { exit: d('10.06.2026'), return: d('30.06.2026'), feesPaid: false },
      moveDate: d('22.05.2026'),
      notifyDate: d('30.06.2026'),
      identityChangeDate: d('22.05.2026'),
      identityChangeKind: 'marital-status',
      childBirthDate: d('01.03.2026'),
      conditionalEntryDate: d('28.05.2026'),
      lastRefusalDate: d('01.02.2026'),
      cardReceivedDate: d('25.05.2026'),
    },
  },
  {
    name: 'first application long after the lawful stay, passport too short for any permit',
    today: june,
    facts: {
      applicationKind: 'first',
      permitType: 'student',
      lawfulStayEnd: d('01.04.2026'),
      requestedStart: d('01.07.2026'),
      requestedMonths: 12,
      passportExpiry: d('15.08.2026'),
      birthDate: d('01.01.2012'),
      insuranceType: 'private',
      travel: { exit: d('10.06.2026') },
      moveDate: d('01.04.2026'),
      childBirthDate: d('01.06.2025'),
    },
  },
  {
    name: 'first application within the lawful stay',
    today: june,
    facts: {
      applicationKind: 'first',
      lawfulStayEnd: d('30.06.2026'),
      identityChangeDate: d('20.12.2030'),
      identityChangeKind: 'name',
      holdsWorkPermit: true,
    },
  },
  {
    name: 'extension too early, wrong start, postal deadline on a half day',
    today: d('12.03.2026'),
    facts: {
      applicationKind: 'extension',
      permitType: 'long-term',
      currentPermitEnd: d('30.06.2026'),
      requestedStart: d('15.07.2026'),
      moveDate: d('05.03.2026'),
    },
  },
  {
    name: 'extension inside the window',
    today: d('22.05.2026'),
    facts: { applicationKind: 'extension', currentPermitEnd: d('30.06.2026') },
  },
  {
    name: 'extension a few days after expiry',
    today: june,
    facts: { applicationKind: 'extension', currentPermitEnd: d('28.05.2026') },
  },
  {
    name: 'extension long after expiry',
    today: june,
    facts: { applicationKind: 'extension', currentPermitEnd: d('01.04.2026') },
  },
  {
    name: 'extension at the end of the calendar',
    today: d('28.12.2030'),
    facts: { applicationKind: 'extension', currentPermitEnd: d('31.12.2030') },
  },
  {
    name: 'family permit for a young spouse with a weak supporter',
    today: june,
    facts: {
      applicationKind: 'first',
      permitType: 'family',
      familyRole: 'spouse',
      birthDate: d('01.01.2010'),
      insuranceType: 'under-18-over-65',
      requestedStart: d('01.07.2026'),
      requestedEnd: d('01.08.2029'),
      supporter: {
        citizen: false,
        permitEnd: d('31.12.2027'),
        residenceMonths: 6,
        internationalProtection: false,
        workPermit: false,
        monthlyIncomeTl: 20_000,
        familySize: 4,
        insuranceCoversAllMembers: false,
        birthDate: d('01.01.2010'),
      },
    },
  },
  {
    name: 'family permit: supporter income between the net and gross bases, recent permit',
    today: june,
    facts: {
      permitType: 'family',
      supporter: { permitStart: d('01.01.2026'), monthlyIncomeTl: 30_000, familySize: 2 },
    },
  },
  {
    name: 'family permit in a year without a minimum-wage figure',
    today: d('01.06.2027'),
    facts: { permitType: 'family', supporter: { monthlyIncomeTl: 10_000, familySize: 2 } },
  },
  {
    name: 'long-term extension',
    today: june,
    facts: { applicationKind: 'extension', permitType: 'long-term' },
  },
  {
    name: 'long-term first application',
    today: june,
    facts: { applicationKind: 'first', permitType: 'long-term' },
  },
  {
    name: 'investor asking for 6 years by date',
    today: june,
    facts: {
      permitType: 'short-term',
      shortTermPurpose: 'investor',
      requestedStart: d('01.07.2026'),
      requestedEnd: d('01.07.2032'),
    },
  },
  {
    name: 'TRNC citizen asking for 72 months',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'trnc-citizen', requestedMonths: 72 },
  },
  {
    name: 'business purpose asking for 30 months',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'business', requestedMonths: 30 },
  },
  {
    name: 'trafficking victim, first permit of 60 days',
    today: june,
    facts: {
      applicationKind: 'first',
      permitType: 'trafficking-victim',
      requestedStart: d('01.07.2026'),
      requestedEnd: d('30.08.2026'),
    },
  },
  {
    name: 'trafficking victim, first permit of 3 months',
    today: june,
    facts: { applicationKind: 'first', permitType: 'trafficking-victim', requestedMonths: 3 },
  },
  {
    name: 'third Turkish course',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'turkish-course', previousTurkishCoursePermits: 2 },
  },
  {
    name: 'graduate permit used before, applied late',
    today: june,
    facts: {
      permitType: 'short-term',
      shortTermPurpose: 'graduate',
      graduatePermitUsedBefore: true,
      graduationDate: d('01.09.2025'),
    },
  },
  {
    name: 'graduate permit right after graduation',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'graduate', graduationDate: d('25.05.2026') },
  },
  {
    name: 'province move, on time',
    today: june,
    facts: { applicationKind: 'extension', provinceChange: true, moveDate: d('25.05.2026') },
  },
  {
    name: 'province move, late',
    today: june,
    facts: { currentPermitProvince: '34', province: '06', moveDate: d('01.04.2026') },
  },
  {
    name: 'address move at the end of the calendar',
    today: d('21.12.2030'),
    facts: { moveDate: d('20.12.2030') },
  },
  {
    name: 'family permit before the earliest minimum-wage figure',
    today: d('01.06.2024'),
    facts: { permitType: 'family', supporter: { monthlyIncomeTl: 10_000, familySize: 2 } },
  },
  {
    name: 'visa-exempt stays of 40 days: under 90, over a 30-day exemption',
    today: june,
    facts: { applicationKind: 'first', stays: [{ entry: d('01.04.2026'), exit: d('10.05.2026') }] },
  },
  {
    name: 'tourism extension after 14 months on tourism permits',
    today: june,
    facts: {
      applicationKind: 'extension',
      permitType: 'short-term',
      shortTermPurpose: 'tourism',
      tourismPermitMonths: 14,
    },
  },
  {
    name: 'tourism extension, months on tourism permits unknown',
    today: june,
    facts: { applicationKind: 'extension', permitType: 'short-term', shortTermPurpose: 'tourism' },
  },
  {
    name: 'tourism permit in a year before the earliest minimum-wage figure',
    today: d('01.06.2024'),
    facts: { applicationKind: 'first', permitType: 'short-term', shortTermPurpose: 'tourism' },
  },
  {
    name: 'long-term first application on the Migration Policy Board route',
    today: june,
    facts: { applicationKind: 'first', permitType: 'long-term', longTermRoute: 'policy-board' },
  },
  {
    name: 'an extension in January of a year without published fees',
    today: d('15.01.2027'),
    facts: { applicationKind: 'extension', permitType: 'student', currentPermitEnd: d('28.02.2027') },
  },
  {
    name: 'family permit, supporter short of a year with facts unknown, then with a work permit',
    today: june,
    facts: { permitType: 'family', supporter: { citizen: false, residenceMonths: 8 } },
  },
  {
    name: 'family permit, supporter with a work permit',
    today: june,
    facts: { permitType: 'family', supporter: { citizen: false, residenceMonths: 8, workPermit: true } },
  },
  {
    name: 'short-term applicant aged 65, student on the 18th birthday',
    today: june,
    facts: { permitType: 'short-term', birthDate: d('01.01.1961'), insuranceType: 'private' },
  },
  {
    name: 'student on the 18th birthday',
    today: june,
    facts: { permitType: 'student', birthDate: d('01.06.2008'), insuranceType: 'under-18-over-65' },
  },
  {
    name: 'long-term applicant choosing the age option',
    today: june,
    facts: { applicationKind: 'first', permitType: 'long-term', insuranceType: 'under-18-over-65' },
  },
  {
    name: 'public-institution programme asking for 18 months, by date and by months',
    today: june,
    facts: {
      permitType: 'short-term',
      shortTermPurpose: 'public-institution-programme',
      requestedStart: d('01.07.2026'),
      requestedEnd: d('01.01.2028'),
    },
  },
  {
    name: 'public-institution programme asking for 18 months',
    today: june,
    facts: {
      permitType: 'short-term',
      shortTermPurpose: 'public-institution-programme',
      requestedMonths: 18,
    },
  },
  {
    name: 'late conditional entry, card received long ago, school change late',
    today: june,
    facts: {
      applicationKind: 'first',
      permitType: 'student',
      conditionalEntryDate: d('01.05.2026'),
      cardReceivedDate: d('01.03.2026'),
      schoolChangeDate: d('01.03.2026'),
    },
  },
  {
    name: 'card received with a deadline on the Ramazan Bayramı eve (half day)',
    today: d('20.02.2026'),
    facts: { cardReceivedDate: d('19.02.2026') },
  },
  {
    name: 'school change on time',
    today: june,
    facts: { permitType: 'student', schoolChangeDate: d('25.05.2026') },
  },
  {
    name: 'family child turning 18 with 2 years on family permits; another with 4',
    today: june,
    facts: {
      permitType: 'family',
      familyRole: 'child',
      birthDate: d('01.03.2009'),
      familyPermitYears: 2,
    },
  },
  {
    name: 'family child turning 18, years unknown',
    today: june,
    facts: { permitType: 'family', familyRole: 'child', birthDate: d('01.03.2009') },
  },
  {
    name: 'switch from a family permit after 2 years, and with years unknown',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'from-family-permit', familyPermitYears: 2 },
  },
  {
    name: 'switch from a family permit, years unknown',
    today: june,
    facts: { permitType: 'short-term', shortTermPurpose: 'from-family-permit' },
  },
];
