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
   * counts is unsettled (rules.md §5), so findings echo this number back.
   */
  familySize: z.number().int().positive().optional(),
  insuranceCoversAllMembers: z.boolean().optional(),
  /** Used by the spouse age check (F4) when the supporter is the applicant's spouse. */
  birthDate: day.optional(),
});
export type SupporterFacts = z.infer<typeof supporterSchema>;

export const FAMILY_ROLES = ['spouse', 'child'] as const;

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
  insuranceStart: day.optional(),
  insuranceEnd: day.optional(),

  // Events with deadlines
  graduationDate: day.optional(),
  childBirthDate: day.optional(),
  /** Date of moving to a new address (same province, or another province for a transfer). */
  moveDate: day.optional(),
  /** Date the address change was (or will be) notified. */
  notifyDate: day.optional(),
  /** Date the passport, marital status or surname changed. */
  personalDataChangeDate: day.optional(),
  /** Date the printed form and documents are (or were) posted for an extension. */
  mailDate: day.optional(),
  travel: travelSchema.optional(),

  // Family permit
  supporter: supporterSchema.optional(),
  familyRole: z.enum(FAMILY_ROLES).optional(),

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
