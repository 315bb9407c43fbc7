import type { ChecklistSituation } from '../domain/checklists';
import { evaluate } from '../domain/evaluate';
import type { ApplicationFacts, FamilyRole as FactsFamilyRole } from '../domain/facts';
import type { Finding } from '../domain/findings';
import type { Profile } from './schema';
import { trDateProblem, trDateToDate } from './tr-date';

/** Stored dates are validated, but a date from elsewhere is checked again rather than trusted. */
function day(text: string | undefined): Date | undefined {
  return text !== undefined && trDateProblem(text) === undefined ? trDateToDate(text) : undefined;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/**
 * The application kind to check against. A profile that holds a current permit but says nothing
 * about the next application is treated as an extension: that is what a permit holder's next
 * e-İkamet visit almost always is, and it lets the extension-window rule speak.
 */
export function plannedKind(profile: Profile): ApplicationFacts['applicationKind'] {
  if (profile.applicationKind) return profile.applicationKind;
  return profile.currentPermitEnd ? 'extension' : undefined;
}

function factsFamilyRole(profile: Profile): FactsFamilyRole | undefined {
  const role = profile.situation?.familyRole;
  if (role === undefined) return undefined;
  return role === 'spouse' ? 'spouse' : 'child';
}

/**
 * ApplicationFacts for the rules engine, from a profile and (for family permits) its supporter's
 * profile. The application date is not a fact: pass "today" to `evaluate`.
 */
export function profileFacts(profile: Profile, supporter?: Profile): ApplicationFacts {
  const situation = profile.situation ?? {};
  const supporterAnswers = defined({
    citizen: situation.supporterIsCitizen,
    workPermit: situation.supporterHasWorkPermit,
    internationalProtection: situation.supporterHasInternationalProtection,
  });
  const supporterFacts = supporter
    ? defined({
        ...supporterAnswers,
        permitEnd: day(supporter.currentPermitEnd),
        birthDate: day(supporter.birthDate),
      })
    : Object.keys(supporterAnswers).length === 0
      ? undefined
      : supporterAnswers;
  return defined({
    applicationKind: plannedKind(profile),
    permitType: profile.permitType,
    shortTermPurpose: profile.permitType === 'short-term' ? profile.permitPurpose : undefined,
    currentPermitEnd: day(profile.currentPermitEnd),
    requestedStart: day(profile.requestedStart),
    requestedEnd: day(profile.requestedEnd),
    birthDate: day(profile.birthDate),
    passportIssueDate: day(profile.passportIssueDate),
    passportExpiry: day(profile.passportExpiry),
    insuranceType: profile.insuranceType,
    insuranceStart: day(profile.insuranceStart),
    insuranceEnd: day(profile.insuranceEnd),
    supporter: supporterFacts,
    familyRole: factsFamilyRole(profile),
    propertyOwner: situation.propertyOwner,
    applyingOnBehalf: situation.applyingOnBehalfAs === undefined ? undefined : true,
    foreignDocuments: situation.foreignIssuedDocuments,
    nonLatinPassport: situation.nonLatinPassport,
    longTermRoute: profile.permitType === 'long-term' ? situation.longTermRoute : undefined,
    tourismPermitMonths: situation.tourismPermitMonths,
    previousTurkishCoursePermits: situation.turkishCoursePermitsBefore,
    graduatePermitUsedBefore: situation.graduatePermitUsedBefore,
    studentLevel: profile.permitType === 'student' ? situation.studentLevel : undefined,
    holdsWorkPermit: situation.holdsWorkPermit,
    familyPermitYears: situation.familyPermitYears,
    // A move to another province: the address province differs from the current permit's.
    currentPermitProvince: situation.currentPermitProvince,
    province: profile.province,
    moveDate: day(situation.moveDate),
    identityChangeDate: day(situation.identityChangeDate),
    identityChangeKind: situation.identityChangeKind,
    cardReceivedDate: day(situation.cardReceivedDate),
    conditionalEntryDate: day(situation.conditionalEntryDate),
    lastRefusalDate: day(situation.lastRefusalDate),
    schoolChangeDate: day(situation.schoolChangeDate),
  }) as ApplicationFacts;
}

/**
 * Everything the rules say about this profile today, errors first. `pageLanguage`: the site's
 * language the options are quoted in (no page is open: the one the reader most likely uses).
 */
export function profileFindings(
  profile: Profile,
  today: Date,
  supporter?: Profile,
  pageLanguage?: 'tr' | 'en',
): Finding[] {
  const facts = profileFacts(profile, supporter);
  return evaluate(pageLanguage ? { ...facts, pageLanguage } : facts, today);
}

/** The checklist situation stored with the profile, plus its birth date and today for the age. */
export function profileSituation(profile: Profile, today: Date): ChecklistSituation {
  const birthDate = day(profile.birthDate);
  const base: ChecklistSituation = { ...(profile.situation ?? {}) };
  return birthDate && birthDate <= today ? { ...base, birthDate, today } : base;
}
