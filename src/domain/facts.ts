import { z } from 'zod';
import { APPLICATION_KINDS, INSURANCE_TYPES, PERMIT_TYPES, SHORT_TERM_PURPOSES } from './permits';

/**
 * What the assistant knows about one application. Every field is optional: a rule speaks only
 * when all of its inputs are known. Dates are local-time midnights (as `parseTrDate` returns).
 * "Today" (the application date) is not a fact; it is passed to `evaluate` separately.
 *
 * Validate with this schema where data enters (storage, page readers); `evaluate` trusts its input.
 */
const day = z.date();
const count = z.number().int().nonnegative();

export const staySchema = z.object({
  entry: day,
  /** Missing while the person is still in Türkiye: the stay then runs until today. */
  exit: day.optional(),
});
export type Stay = z.infer<typeof staySchema>;

export const travelSchema = z.object({
  /** Planned or actual exit while the application is pending. */
  exit: day,
  return: day.optional(),
  /** Fee receipts paid (and the application certificate approved) before leaving. */
  feesPaid: z.boolean().optional(),
});

export const supporterSchema = z.object({
  /** Turkish citizen; a citizen supporter has no permit dates to check. */
  citizen: z.boolean().optional(),
  /** Start and end of the foreign supporter's current residence permit. */
  permitStart: day.optional(),
  permitEnd: day.optional(),
  /** Total months the foreign supporter has lived in Türkiye on residence permits. */
  residenceMonths: count.optional(),
  /** Supporter's monthly income in Turkish lira. */
  monthlyIncomeTl: z.number().nonnegative().optional(),
  /**
   * Number of people the income must support, as the user counts them. Whether the supporter
   * counts is unsettled (docs/sources.md#unsettled-questions), so findings echo this number back.
   */
  familySize: z.number().int().positive().optional(),
  insuranceCoversAllMembers: z.boolean().optional(),
  /** Used by the spouse age check (F4) when the supporter is the applicant's spouse. */
  birthDate: day.optional(),
  /** Refugee or subsidiary-protection status: the supporter conditions may be waived (F2 exception). */
  internationalProtection: z.boolean().optional(),
  /** Holds a work permit, accepted in place of the year on residence permits (F2 exception). */
  workPermit: z.boolean().optional(),
});
export type SupporterFacts = z.infer<typeof supporterSchema>;

export const FAMILY_ROLES = ['spouse', 'child'] as const;

/** What changed in the identity data: a new passport alone, with the same name, needs no notice. */
export const IDENTITY_CHANGE_KINDS = ['name', 'marital-status', 'passport-only'] as const;
export type IdentityChangeKind = (typeof IDENTITY_CHANGE_KINDS)[number];

export const LONG_TERM_ROUTES = ['eight-years', 'policy-board'] as const;
export type LongTermRoute = (typeof LONG_TERM_ROUTES)[number];
export type FamilyRole = (typeof FAMILY_ROLES)[number];

export const applicationFactsSchema = z.object({
  applicationKind: z.enum(APPLICATION_KINDS).optional(),
  permitType: z.enum(PERMIT_TYPES).optional(),
  shortTermPurpose: z.enum(SHORT_TERM_PURPOSES).optional(),

  // Stay in Türkiye
  entryDate: day.optional(),
  /** Last day of the lawful visa or visa-exempt stay. */
  lawfulStayEnd: day.optional(),
  /** Visa-exempt stays, for the 90-in-180-days count. */
  stays: z.array(staySchema).optional(),
  currentPermitEnd: day.optional(),

  // Requested permit
  requestedStart: day.optional(),
  requestedEnd: day.optional(),
  /** Alternative to `requestedEnd`, when the form asks for a number of months. */
  requestedMonths: z.number().int().positive().optional(),

  // Person and passport
  birthDate: day.optional(),
  passportIssueDate: day.optional(),
  passportExpiry: day.optional(),

  // Health insurance
  insuranceType: z.enum(INSURANCE_TYPES).optional(),
  /** The chosen insurance option's text as the page showed it (findings quote it as shown). */
  insuranceTypeText: z.string().max(200).optional(),
  insuranceStart: day.optional(),
  insuranceEnd: day.optional(),

  // Events with deadlines
  graduationDate: day.optional(),
  childBirthDate: day.optional(),
  /** Date of moving to a new address, in the same province or another one. */
  moveDate: day.optional(),
  /** Date the address change was (or will be) notified. */
  notifyDate: day.optional(),
  /**
   * The move is to another province: the extension entry page's "change my province" answer,
   * or what the person said. Not the application kind: `transfer` is a change of permit type.
   */
  provinceChange: z.boolean().optional(),
  /** Plate codes ('01'–'81') of the province the current permit was issued in and of the new address. */
  currentPermitProvince: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  /** Date identity data changed, and what changed (only a name or marital-status change is notified). */
  identityChangeDate: day.optional(),
  identityChangeKind: z.enum(IDENTITY_CHANGE_KINDS).optional(),
  /** Date the residence permit card was received (address registration follows within 20 working days). */
  cardReceivedDate: day.optional(),
  /** Date of a conditional entry after the 90/180 days were used up (apply within 10 days). */
  conditionalEntryDate: day.optional(),
  /** Date of the last refusal of a residence permit application, or cancellation of a permit. */
  lastRefusalDate: day.optional(),
  /** Student: date of a change of school, faculty or department in the same province. */
  schoolChangeDate: day.optional(),
  /** Student permit: university, or primary / secondary school (1-year grants, YUKK 38(2)). */
  studentLevel: z.enum(['university', 'school']).optional(),
  /** Holds a valid work permit (it counts as a residence permit). */
  holdsWorkPermit: z.boolean().optional(),
  /** Whole years already spent in Türkiye on family permits. */
  familyPermitYears: count.optional(),
  travel: travelSchema.optional(),

  // Family permit
  supporter: supporterSchema.optional(),
  familyRole: z.enum(FAMILY_ROLES).optional(),

  /**
   * The language of the pages the facts were read from. Findings that quote a page option quote
   * it as the page shows it: "Under 18 and over 65" on the English pages. Without a page, the
   * Turkish wording (the site's first language).
   */
  pageLanguage: z.enum(['tr', 'en']).optional(),

  // Situation flags (mostly for checklists)
  propertyOwner: z.boolean().optional(),
  businessContact: z.boolean().optional(),
  investor: z.boolean().optional(),
  applyingOnBehalf: z.boolean().optional(),
  foreignDocuments: z.boolean().optional(),
  nonLatinPassport: z.boolean().optional(),
  previousTurkishCoursePermits: count.optional(),
  /** Months already spent in Türkiye on tourism-purpose permits (in total), for the 1-year limit. */
  tourismPermitMonths: count.optional(),
  /** Long-term permit route: 8 years on permits (YUKK 42, 43) or the Migration Policy Board's conditions. */
  longTermRoute: z.enum(LONG_TERM_ROUTES).optional(),
  graduatePermitUsedBefore: z.boolean().optional(),
});

export type ApplicationFacts = z.infer<typeof applicationFactsSchema>;

export type FactsReadResult =
  | { readonly ok: true; readonly facts: ApplicationFacts }
  | { readonly ok: false; readonly error: string };

/** Boundary check for untrusted input (storage, messages); returns a readable error. */
export function readApplicationFacts(input: unknown): FactsReadResult {
  const result = applicationFactsSchema.safeParse(input);
  return result.success
    ? { ok: true, facts: result.data }
    : { ok: false, error: z.prettifyError(result.error) };
}
