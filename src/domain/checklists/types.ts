import type { RuleSource } from '../findings';
import type { ShortTermPurpose } from '../permits';

/**
 * Why a document is on the list. Each key has an explanation in `locales/<lang>/docs.json`
 * under `condition.<key>` (see `conditionMessageKey`), so the UI can say, e.g., "Only because
 * the applicant is under 18".
 */
export const CONDITION_KEYS = [
  'always',
  'first-or-transfer',
  'extension-only',
  'transfer-only',
  'extension-or-transfer',
  'passport-changed',
  'non-latin-passport',
  'names-not-separated',
  'foreign-documents',
  'turkish-documents',
  'on-behalf-parent',
  'on-behalf-guardian',
  'on-behalf-lawyer',
  'under-18',
  'under-18-parent-abroad',
  'newborn-in-turkiye',
  'age-unknown',
  'insurance-age-exempt',
  'insurance-age-uncertain',
  'purpose',
  'purpose-unknown',
  'property-owner',
  'family-spouse',
  'spouse-of-turkish-citizen',
  'supporter-citizen',
  'supporter-foreign',
  'family-role-unknown',
  'parents-not-identifiable',
  'parents-divorced',
  'parent-abroad',
  'parent-deceased',
  'adult-dependent-child',
  'student-child',
  'university-student',
  'school-student',
  'school-student-first-or-transfer',
  'university-minor-without-student-visa',
  'long-term-eight-years',
  'long-term-policy-board',
] as const;
export type ConditionKey = (typeof CONDITION_KEYS)[number];

export function conditionMessageKey(condition: ConditionKey): string {
  return `condition.${condition}`;
}

/**
 * How firmly the document is asked for. `not-required` items stay on the list so the user
 * sees why (e.g. I3: no insurance needed under 18, but existing cover is still submitted).
 * `uncertain`: asked by some sources but on no official list found, or its need is disputed.
 */
export const REQUIREMENTS = [
  'required',
  'if-applicable',
  'if-requested',
  'uncertain',
  'not-required',
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Headings the UI may group items under; each has a `group.<group>` message. */
export const CHECKLIST_GROUPS = [
  'common',
  'insurance',
  'address',
  'applicant',
  'purpose',
  'children',
  'supporter',
  'minor',
  'representation',
  'legalisation',
] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

/** One acceptable way of meeting an item, e.g. a notarised lease for the address proof. */
export interface AlternativeSpec {
  readonly id: string;
  readonly titleKey: string;
  readonly noteKey?: string;
  /** Marks the alternative as fitting the user; it is dropped when the condition is known to be false. */
  readonly when?: ConditionKey;
}

export interface DocumentSpec {
  /** Stable kebab-case id. Several specs may share an id as variants: the first whose condition holds wins. */
  readonly id: string;
  readonly group: ChecklistGroup;
  readonly titleKey: string;
  readonly noteKey?: string;
  readonly params?: MessageParams;
  readonly when: ConditionKey;
  /** Short-term only: the purposes this document belongs to. */
  readonly forPurposes?: readonly ShortTermPurpose[];
  /** Defaults to `required`. */
  readonly requirement?: Requirement;
  readonly ruleId?: string;
  readonly source: RuleSource;
  readonly alternatives?: readonly AlternativeSpec[];
  /**
   * Ids of items that already cover this document, in order of preference (list them all,
   * transitively). When one is on the list, this item is dropped and its reason is added to
   * that item's `alsoBecause`.
   */
  readonly supersededBy?: readonly string[];
}

export const NOTE_TONES = ['info', 'uncertain', 'impossible'] as const;
export type NoteTone = (typeof NOTE_TONES)[number];

export interface NoteSpec {
  readonly id: string;
  readonly messageKey: string;
  readonly params?: MessageParams;
  readonly tone: NoteTone;
  readonly when: ConditionKey;
  readonly forPurposes?: readonly ShortTermPurpose[];
  readonly ruleId?: string;
  readonly source?: RuleSource;
}

/**
 * Which kinds of application have a document list of their own. `common-only`: no list was
 * found, so only the items common to every application are shown, with an uncertainty note.
 */
export type KindCoverage = 'listed' | 'common-only' | 'impossible';

export interface TypePlan {
  /** Every document the type can need, in display order; kind-specific items carry kind conditions. */
  readonly documents: readonly DocumentSpec[];
  readonly notes: readonly NoteSpec[];
  readonly coverage: Readonly<Record<'first' | 'extension' | 'transfer', KindCoverage>>;
}

// ---- Output ----

export interface ChecklistAlternative {
  readonly id: string;
  readonly titleKey: string;
  readonly noteKey?: string;
  /** True when the user's situation points to this alternative (e.g. the own-home one for a property owner). */
  readonly matchesSituation: boolean;
}

export interface ChecklistItem {
  readonly id: string;
  readonly group: ChecklistGroup;
  readonly titleKey: string;
  readonly noteKey?: string;
  readonly params?: MessageParams;
  readonly requirement: Requirement;
  readonly condition: ConditionKey;
  readonly conditionMessageKey: string;
  /** Further reasons, from items this one absorbed (e.g. a parent applying also needs the birth certificate). */
  readonly alsoBecause?: readonly ConditionKey[];
  readonly ruleId?: string;
  readonly source: RuleSource;
  /** "One of" groups: the item is met by any one alternative. */
  readonly alternatives?: readonly ChecklistAlternative[];
}

export interface ChecklistNote {
  readonly id: string;
  readonly messageKey: string;
  readonly params?: MessageParams;
  readonly tone: NoteTone;
  readonly ruleId?: string;
  readonly source?: RuleSource;
}

/**
 * `ok`: a list was found for this combination. `uncertain`: part of the list is unknown (shown
 * items are still needed; notes say what is missing). `impossible`: the combination cannot be
 * applied for (long-term extension, D10); `items` is empty and a note explains why.
 */
export type ChecklistStatus = 'ok' | 'uncertain' | 'impossible';

export interface ChecklistResult {
  readonly status: ChecklistStatus;
  /** `status.<status>` in docs.json. */
  readonly statusMessageKey: string;
  readonly items: readonly ChecklistItem[];
  readonly notes: readonly ChecklistNote[];
}
