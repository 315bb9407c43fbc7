import { z } from 'zod';
import {
  CONTACT_PREFERENCES,
  COUNTRY_CODES,
  GENDERS,
  MARITAL_STATUSES,
  PASSPORT_TYPES,
  PROVINCE_CODES,
} from '../contracts/codes';
import type { FieldKey } from '../contracts/field-keys';
import {
  FAMILY_ROLES as CHECKLIST_FAMILY_ROLES,
  ON_BEHALF_ROLES,
  STUDENT_LEVELS,
} from '../domain/checklists';
import { IDENTITY_CHANGE_KINDS, LONG_TERM_ROUTES } from '../domain/facts';
import { APPLICATION_KINDS, INSURANCE_TYPES, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../domain/permits';
import { MAX_DEPENDANTS, MAX_LENGTH } from './limits';
import {
  APPLICATION_NUMBER_PATTERN,
  CARD_NUMBER_PATTERN,
  CARD_SERIAL_PATTERN,
  FOREIGNER_ID_PATTERN,
  MOBILE_PATTERN,
  nameText,
  notesText,
  PASSPORT_NUMBER_PATTERN,
  patterned,
  profileId,
  singleLineText,
  trDateText,
  typeError,
} from './text-rules';

/**
 * The applicant profile: the single source of truth for storage, the editor, import/export
 * and the published JSON Schema. Version 2 of the stored and exported format.
 *
 * Data fields are named exactly like the page's FieldKeys (`contracts/field-keys.ts`), so a profile
 * maps one-to-one onto form fields. Every data field is optional (a profile fills up over
 * time) and never an empty string: absent means unknown. Dates are 'dd.MM.yyyy' strings.
 * Objects are strict: an unknown key is reported, never silently dropped.
 */
export const PROFILE_VERSION = 2;

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: typeError('option') });

const country = () =>
  z.enum(COUNTRY_CODES as [string, ...string[]], {
    error: (issue) => (issue.input === undefined ? 'error.required' : 'error.country'),
  });
const flag = () => z.boolean({ error: typeError('boolean') });
/** A whole number from 0 to `max` (a count the user picks from a list). */
const count = (max: number) =>
  z
    .int({ error: typeError('number') })
    .min(0, { error: 'error.option' })
    .max(max, { error: 'error.option' });
/** ISO 8601 date-time; an offset such as +03:00 is accepted for hand-made files. */
export const timestamp = () =>
  z.iso.datetime({
    offset: true,
    error: (issue) => (issue.input === undefined ? 'error.required' : 'error.timestamp'),
  });

/** The list's top entry means "this many or more"; the rules only compare with 12 and 2. */
export const MAX_TOURISM_PERMIT_MONTHS = 60;
export const MAX_TURKISH_COURSE_PERMITS_BEFORE = 5;
/** The rules compare with 3 years. */
export const MAX_FAMILY_PERMIT_YEARS = 5;

/** Facts about the applicant's situation that pick conditional checklist documents. */
export const situationSchema = z.strictObject({
  applyingOnBehalfAs: choice(ON_BEHALF_ROLES).optional(),
  foreignIssuedDocuments: flag().optional(),
  turkishIssuedDocuments: flag().optional(),
  nonLatinPassport: flag().optional(),
  namesNotSeparatedInPassport: flag().optional(),
  passportChanged: flag().optional(),
  propertyOwner: flag().optional(),
  parentAbroad: flag().optional(),
  familyRole: choice(CHECKLIST_FAMILY_ROLES).optional(),
  spouseOfTurkishCitizen: flag().optional(),
  supporterIsCitizen: flag().optional(),
  parentsDivorced: flag().optional(),
  parentDeceased: flag().optional(),
  parentsNotIdentifiableFromPassport: flag().optional(),
  studentLevel: choice(STUDENT_LEVELS).optional(),
  enteredWithStudentVisa: flag().optional(),
  newbornInTurkiye: flag().optional(),
  // Facts some rules need and no page shows (see src/profile/facts.ts).
  longTermRoute: choice(LONG_TERM_ROUTES).optional(),
  tourismPermitMonths: count(MAX_TOURISM_PERMIT_MONTHS).optional(),
  turkishCoursePermitsBefore: count(MAX_TURKISH_COURSE_PERMITS_BEFORE).optional(),
  graduatePermitUsedBefore: flag().optional(),
  holdsWorkPermit: flag().optional(),
  supporterHasWorkPermit: flag().optional(),
  supporterHasInternationalProtection: flag().optional(),
  familyPermitYears: count(MAX_FAMILY_PERMIT_YEARS).optional(),
  /** Province (plate code) the current permit was issued in; a different address province is a move. */
  currentPermitProvince: choice(PROVINCE_CODES as [string, ...string[]]).optional(),
  moveDate: trDateText().optional(),
  identityChangeDate: trDateText().optional(),
  identityChangeKind: choice(IDENTITY_CHANGE_KINDS).optional(),
  cardReceivedDate: trDateText().optional(),
  conditionalEntryDate: trDateText().optional(),
  lastRefusalDate: trDateText().optional(),
  schoolChangeDate: trDateText().optional(),
  // How names are upper-cased for the form: the Turkish or Azerbaijani alphabet (i → İ) or not.
  namesInTurkicAlphabet: flag().optional(),
});
export type ProfileSituation = z.infer<typeof situationSchema>;
export const SITUATION_KEYS = Object.keys(situationSchema.shape) as (keyof ProfileSituation)[];
/** Situation answers only rules use (the checklist look-up does not ask them). */
export const RULE_ONLY_SITUATION_KEYS: readonly (keyof ProfileSituation)[] = [
  'tourismPermitMonths',
  'turkishCoursePermitsBefore',
  'graduatePermitUsedBefore',
  'holdsWorkPermit',
  'supporterHasWorkPermit',
  'supporterHasInternationalProtection',
  'familyPermitYears',
  'currentPermitProvince',
  'moveDate',
  'identityChangeDate',
  'identityChangeKind',
  'cardReceivedDate',
  'conditionalEntryDate',
  'lastRefusalDate',
  'schoolChangeDate',
  'namesInTurkicAlphabet',
];
/** Situation answers that are whole-number counts (a CSV cell of digits becomes a number only here). */
export const COUNT_SITUATION_KEYS: readonly (keyof ProfileSituation)[] = [
  'tourismPermitMonths',
  'turkishCoursePermitsBefore',
  'familyPermitYears',
];
/** Situation answers that are dd.MM.yyyy dates. */
export const DATE_SITUATION_KEYS: readonly (keyof ProfileSituation)[] = [
  'moveDate',
  'identityChangeDate',
  'cardReceivedDate',
  'conditionalEntryDate',
  'lastRefusalDate',
  'schoolChangeDate',
];

/** The data fields, all named after FieldKeys; grouped as the editor shows them. */
export const profileFieldsShape = {
  // Personal
  givenName: nameText().optional(),
  surname: nameText().optional(),
  previousSurname: nameText().optional(),
  fatherName: nameText().optional(),
  motherName: nameText().optional(),
  birthDate: trDateText().optional(),
  birthPlace: singleLineText().optional(),
  birthCountry: country().optional(),
  gender: choice(GENDERS).optional(),
  maritalStatus: choice(MARITAL_STATUSES).optional(),
  nationality: country().optional(),
  otherNationality: country().optional(),
  nationalIdNumber: singleLineText(MAX_LENGTH.short).optional(),
  // Passport
  passportType: choice(PASSPORT_TYPES).optional(),
  passportNumber: patterned(PASSPORT_NUMBER_PATTERN, 'error.passportNumber').optional(),
  passportIssueDate: trDateText().optional(),
  passportExpiry: trDateText().optional(),
  passportIssuingCountry: country().optional(),
  passportIssuingAuthority: singleLineText().optional(),
  // Türkiye
  foreignerId: patterned(FOREIGNER_ID_PATTERN, 'error.foreignerId').optional(),
  permitCardSerial: patterned(CARD_SERIAL_PATTERN, 'error.permitCardSerial').optional(),
  permitCardNumber: patterned(CARD_NUMBER_PATTERN, 'error.permitCardNumber').optional(),
  currentPermitType: choice(PERMIT_TYPES).optional(),
  currentPermitEnd: trDateText().optional(),
  province: choice(PROVINCE_CODES as [string, ...string[]]).optional(),
  applicationNumber: patterned(APPLICATION_NUMBER_PATTERN, 'error.applicationNumber').optional(),
  // Planned application
  permitType: choice(PERMIT_TYPES).optional(),
  permitPurpose: choice(SHORT_TERM_PURPOSES).optional(),
  requestedStart: trDateText().optional(),
  requestedEnd: trDateText().optional(),
  // Contact and address
  email: z
    .email({ error: (issue) => (issue.code === 'invalid_type' ? 'error.type.string' : 'error.email') })
    .max(MAX_LENGTH.email, { error: 'error.tooLong' })
    .optional(),
  mobile: patterned(MOBILE_PATTERN, 'error.mobile').optional(),
  contactPreference: choice(CONTACT_PREFERENCES).optional(),
  district: singleLineText().optional(),
  neighbourhood: singleLineText().optional(),
  street: singleLineText().optional(),
  buildingNumber: singleLineText(MAX_LENGTH.short).optional(),
  flatNumber: singleLineText(MAX_LENGTH.short).optional(),
  // Insurance
  insuranceType: choice(INSURANCE_TYPES).optional(),
  insuranceCompany: singleLineText().optional(),
  insurancePolicyNumber: singleLineText(MAX_LENGTH.short).optional(),
  insuranceStart: trDateText().optional(),
  insuranceEnd: trDateText().optional(),
} satisfies Partial<Record<FieldKey, z.ZodType>>;

/** The profile fields that are page fields, in editor order. */
export type ProfileFieldKey = keyof typeof profileFieldsShape;
export const PROFILE_FIELD_KEYS = Object.keys(profileFieldsShape) as ProfileFieldKey[];

export const profileSchema = z
  .strictObject({
    id: profileId(),
    /** ISO 8601 date-times, set by the extension. */
    createdAt: timestamp(),
    updatedAt: timestamp(),
    ...profileFieldsShape,
    /** Not a page field: which of the three e-İkamet flows the next application is. */
    applicationKind: choice(APPLICATION_KINDS).optional(),
    situation: situationSchema.optional(),
    /** Family links by profile id: who supports this applicant, whom this applicant supports. */
    supporterId: profileId().optional(),
    dependantIds: z.array(profileId()).max(MAX_DEPENDANTS, { error: 'error.tooMany' }).optional(),
    notes: notesText().optional(),
  })
  .refine((profile) => profile.givenName !== undefined || profile.surname !== undefined, {
    error: 'error.name.required',
    path: ['surname'],
  });

export type Profile = z.infer<typeof profileSchema>;
/** What the editor works on: a profile before it has an id and timestamps. */
export type ProfileData = Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>;

/** The export file (docs/profile-format.md). Older versions are migrated on import. */
export const PROFILE_FILE_FORMAT = 'eikamet-assistant/profiles';
