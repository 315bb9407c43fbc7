import type { ApplicationKind, PermitType, ShortTermPurpose } from '../permits';
import type { ChecklistSituation, FamilyRole } from './situation';
import type { ConditionKey } from './types';

export interface ConditionContext {
  readonly type: PermitType;
  readonly purpose: ShortTermPurpose | undefined;
  readonly kind: ApplicationKind;
  readonly situation: ChecklistSituation;
  readonly age: number | undefined;
}

/** `undefined` = not known. Items need `true`; alternatives are dropped only on `false`. */
export type Truth = boolean | undefined;

const CHILD_ROLES: ReadonlySet<FamilyRole> = new Set(['child', 'adult-dependent-child', 'student-child']);

function and(a: Truth, b: Truth): Truth {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : undefined;
}

function not(a: Truth): Truth {
  return a === undefined ? undefined : !a;
}

function isUnder18(c: ConditionContext): Truth {
  return c.age === undefined ? undefined : c.age < 18;
}

/** Where the age option's reading is disputed: aged 65, or on the 18th birthday itself. */
function insuranceAgeUncertain(c: ConditionContext): Truth {
  if (c.type !== 'short-term' && c.type !== 'student') return false;
  if (c.age === undefined) return undefined;
  if (c.age === 65) return true;
  const { birthDate, today } = c.situation;
  return (
    c.age === 18 &&
    birthDate !== undefined &&
    today !== undefined &&
    birthDate.getDate() === today.getDate() &&
    birthDate.getMonth() === today.getMonth()
  );
}

function isFamilyChild(c: ConditionContext): Truth {
  const role = c.situation.familyRole;
  return role === undefined ? undefined : CHILD_ROLES.has(role);
}

function onBehalfAs(c: ConditionContext, role: string): Truth {
  const actual = c.situation.applyingOnBehalfAs;
  return actual === undefined ? undefined : actual === role;
}

const PREDICATES: Readonly<Record<ConditionKey, (c: ConditionContext) => Truth>> = {
  always: () => true,
  'first-or-transfer': (c) => c.kind !== 'extension',
  'extension-only': (c) => c.kind === 'extension',
  'transfer-only': (c) => c.kind === 'transfer',
  'extension-or-transfer': (c) => c.kind !== 'first',
  'passport-changed': (c) => c.situation.passportChanged,
  'non-latin-passport': (c) => c.situation.nonLatinPassport,
  'names-not-separated': (c) => c.situation.namesNotSeparatedInPassport,
  'foreign-documents': (c) => c.situation.foreignIssuedDocuments,
  'turkish-documents': (c) => c.situation.turkishIssuedDocuments,
  'on-behalf-parent': (c) => onBehalfAs(c, 'parent'),
  'on-behalf-guardian': (c) => onBehalfAs(c, 'guardian'),
  'on-behalf-lawyer': (c) => onBehalfAs(c, 'lawyer'),
  'under-18': isUnder18,
  'under-18-parent-abroad': (c) => and(isUnder18(c), c.situation.parentAbroad),
  'newborn-in-turkiye': (c) => c.situation.newbornInTurkiye,
  'age-unknown': (c) => c.age === undefined,
  // I3 relaxes insurance for short-term and student permits only (never I4 family, I5 long-term).
  'insurance-age-exempt': (c) =>
    c.type !== 'short-term' && c.type !== 'student'
      ? false
      : c.age === undefined
        ? undefined
        : insuranceAgeUncertain(c) !== true && (c.age < 18 || c.age > 65),
  // At 65 and on the 18th birthday sources read the age option differently (I3;
  // docs/sources.md#unsettled-questions).
  'insurance-age-uncertain': insuranceAgeUncertain,
  // Purpose documents are picked by `forPurposes`; the condition itself always holds.
  purpose: () => true,
  'purpose-unknown': (c) => c.type === 'short-term' && c.purpose === undefined,
  'property-owner': (c) =>
    (c.purpose === 'property-owner' && c.type === 'short-term') || c.situation.propertyOwner,
  'family-spouse': (c) =>
    c.situation.familyRole === undefined ? undefined : c.situation.familyRole === 'spouse',
  'spouse-of-turkish-citizen': (c) => c.situation.spouseOfTurkishCitizen,
  'supporter-citizen': (c) => c.situation.supporterIsCitizen,
  'supporter-foreign': (c) => not(c.situation.supporterIsCitizen),
  'family-role-unknown': (c) => c.situation.familyRole === undefined,
  'parents-not-identifiable': (c) => and(isFamilyChild(c), c.situation.parentsNotIdentifiableFromPassport),
  'parents-divorced': (c) => and(isFamilyChild(c), c.situation.parentsDivorced),
  'parent-abroad': (c) => and(isFamilyChild(c), c.situation.parentAbroad),
  'parent-deceased': (c) => and(isFamilyChild(c), c.situation.parentDeceased),
  'adult-dependent-child': (c) =>
    c.situation.familyRole === undefined ? undefined : c.situation.familyRole === 'adult-dependent-child',
  'student-child': (c) =>
    c.situation.familyRole === undefined ? undefined : c.situation.familyRole === 'student-child',
  'university-student': (c) =>
    c.situation.studentLevel === undefined ? undefined : c.situation.studentLevel === 'university',
  'school-student': (c) =>
    c.situation.studentLevel === undefined ? undefined : c.situation.studentLevel === 'school',
  'school-student-first-or-transfer': (c) =>
    c.kind === 'extension'
      ? false
      : c.situation.studentLevel === undefined
        ? undefined
        : c.situation.studentLevel === 'school',
  // M3: not needed with a student visa; an unknown entry visa does not add the item.
  'university-minor-without-student-visa': (c) =>
    and(
      and(
        c.situation.studentLevel === undefined ? undefined : c.situation.studentLevel === 'university',
        isUnder18(c),
      ),
      not(c.situation.enteredWithStudentVisa),
    ),
  // The 8-year list is the default: only a chosen Migration Policy Board route replaces it.
  'long-term-eight-years': (c) => c.situation.longTermRoute !== 'policy-board',
  'long-term-policy-board': (c) =>
    c.situation.longTermRoute === undefined ? undefined : c.situation.longTermRoute === 'policy-board',
};

export function evaluateCondition(condition: ConditionKey, context: ConditionContext): Truth {
  return PREDICATES[condition](context);
}
