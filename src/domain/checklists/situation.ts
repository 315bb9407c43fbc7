import { differenceInYears } from 'date-fns';
import { z } from 'zod';
import { LONG_TERM_ROUTES } from '../facts';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../permits';

export const ON_BEHALF_ROLES = ['parent', 'guardian', 'lawyer'] as const;
export type OnBehalfRole = (typeof ON_BEHALF_ROLES)[number];

export const FAMILY_ROLES = ['spouse', 'child', 'adult-dependent-child', 'student-child'] as const;
export type FamilyRole = (typeof FAMILY_ROLES)[number];

export const STUDENT_LEVELS = ['university', 'school'] as const;
export type StudentLevel = (typeof STUDENT_LEVELS)[number];

/**
 * What the checklist needs to know about the applicant. Every field is optional: an unknown
 * fact never adds a conditional document. Validate at the boundary with this schema;
 * `checklist()` itself does not parse.
 */
export const checklistSituationSchema = z
  .object({
    /** With `today`, gives the age in whole years; preferred over `age`. */
    birthDate: z.date().optional(),
    /** The application date; always passed in, never read from the clock. */
    today: z.date().optional(),
    /** Whole years, used when the birth date is not known. */
    age: z.number().int().min(0).max(150).optional(),
    applyingOnBehalfAs: z.enum(ON_BEHALF_ROLES).optional(),
    foreignIssuedDocuments: z.boolean().optional(),
    turkishIssuedDocuments: z.boolean().optional(),
    nonLatinPassport: z.boolean().optional(),
    namesNotSeparatedInPassport: z.boolean().optional(),
    passportChanged: z.boolean().optional(),
    propertyOwner: z.boolean().optional(),
    /** A parent or legal representative (sharing custody) lives abroad. */
    parentAbroad: z.boolean().optional(),
    familyRole: z.enum(FAMILY_ROLES).optional(),
    spouseOfTurkishCitizen: z.boolean().optional(),
    supporterIsCitizen: z.boolean().optional(),
    parentsDivorced: z.boolean().optional(),
    parentDeceased: z.boolean().optional(),
    parentsNotIdentifiableFromPassport: z.boolean().optional(),
    studentLevel: z.enum(STUDENT_LEVELS).optional(),
    enteredWithStudentVisa: z.boolean().optional(),
    newbornInTurkiye: z.boolean().optional(),
    /** Long-term permit: 8 years on permits, or the Migration Policy Board's conditions (YUKK 42). */
    longTermRoute: z.enum(LONG_TERM_ROUTES).optional(),
  })
  .refine((s) => s.birthDate === undefined || s.today !== undefined, {
    error: 'today is required when birthDate is given',
    path: ['today'],
  })
  .refine((s) => s.birthDate === undefined || s.today === undefined || s.birthDate <= s.today, {
    error: 'birthDate cannot be after today',
    path: ['birthDate'],
  });

export type ChecklistSituation = z.infer<typeof checklistSituationSchema>;

/** The whole request, for callers that receive it from storage or a message. */
export const checklistRequestSchema = z.object({
  type: z.enum(PERMIT_TYPES),
  purpose: z.enum(SHORT_TERM_PURPOSES).optional(),
  kind: z.enum(APPLICATION_KINDS),
  situation: checklistSituationSchema.default({}),
});
export type ChecklistRequest = z.infer<typeof checklistRequestSchema>;

/** Age in whole years (date-fns `differenceInYears`: 17 the day before the 18th birthday). */
export function applicantAge(situation: ChecklistSituation): number | undefined {
  if (situation.birthDate !== undefined && situation.today !== undefined) {
    const age = differenceInYears(situation.today, situation.birthDate);
    return Number.isFinite(age) ? age : undefined;
  }
  return situation.age;
}
