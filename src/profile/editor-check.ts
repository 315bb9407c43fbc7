import { z } from 'zod';
import { APPLICATION_KINDS } from '../domain/permits';
import {
  NAME_FIELDS,
  type NameAlphabet,
  nameAlphabet,
  passportUpperCase,
  UPPER_CASE_FIELDS,
} from './field-values';
import { issueMessage, type MessageRef } from './messages';
import { normaliseField } from './normalise';
import {
  PROFILE_FIELD_KEYS,
  type Profile,
  type ProfileData,
  type ProfileFieldKey,
  type ProfileSituation,
  profileFieldsShape,
  profileSchema,
} from './schema';
import { notesText, profileId } from './text-rules';
import { trDateProblem, trDateSortKey } from './tr-date';

/**
 * What the editor holds: every text input as typed, plus the situation answers and family links.
 * `checkDraft` turns it into a valid profile or says, per field, what is wrong.
 */
export type DraftTextKey = ProfileFieldKey | 'notes' | 'applicationKind' | 'supporterId';
export interface Draft {
  readonly text: Partial<Record<DraftTextKey, string>>;
  readonly situation: ProfileSituation;
  readonly dependantIds: readonly string[];
}

export interface DraftCheck {
  /** The profile data, when there are no errors. */
  readonly data?: ProfileData;
  /** Cleaned values to show back in the inputs (e.g. the normalised mobile number). */
  readonly cleaned: Partial<Record<DraftTextKey, string>>;
  readonly errors: Partial<Record<DraftTextKey, MessageRef[]>>;
  /** Non-blocking notes: what was normalised, how a name will be capitalised. */
  readonly notices: Partial<Record<DraftTextKey, MessageRef[]>>;
}

const EXTRA_SHAPE: Readonly<Record<'notes' | 'applicationKind' | 'supporterId', z.ZodType>> = {
  notes: notesText(),
  applicationKind: z.enum(APPLICATION_KINDS, { error: 'error.option' }),
  supporterId: profileId(),
};

function fieldSchema(key: DraftTextKey): z.ZodType {
  return key in EXTRA_SHAPE
    ? EXTRA_SHAPE[key as keyof typeof EXTRA_SHAPE]
    : profileFieldsShape[key as ProfileFieldKey].unwrap();
}

export const DRAFT_TEXT_KEYS: readonly DraftTextKey[] = [
  ...PROFILE_FIELD_KEYS,
  'applicationKind',
  'supporterId',
  'notes',
];

export function emptyDraft(): Draft {
  return { text: {}, situation: {}, dependantIds: [] };
}

export function profileToDraft(profile: Profile): Draft {
  const text: Partial<Record<DraftTextKey, string>> = {};
  for (const key of DRAFT_TEXT_KEYS) {
    const value = profile[key];
    if (typeof value === 'string') text[key] = value;
  }
  return {
    text,
    situation: { ...(profile.situation ?? {}) },
    dependantIds: [...(profile.dependantIds ?? [])],
  };
}

/** Pairs of dates that must be in order, with the message for the later one. */
const DATE_ORDER: ReadonlyArray<readonly [ProfileFieldKey, ProfileFieldKey, string]> = [
  ['passportIssueDate', 'passportExpiry', 'error.order.passport'],
  ['insuranceStart', 'insuranceEnd', 'error.order.insurance'],
  ['requestedStart', 'requestedEnd', 'error.order.requested'],
  ['birthDate', 'passportIssueDate', 'error.order.birthBeforeIssue'],
];

const NOT_IN_FUTURE: readonly ProfileFieldKey[] = ['birthDate', 'passportIssueDate'];

function dayKey(date: Date): number {
  return date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();
}

function push(map: Partial<Record<DraftTextKey, MessageRef[]>>, key: DraftTextKey, message: MessageRef) {
  const list = map[key] ?? [];
  list.push(message);
  map[key] = list;
}

function crossFieldErrors(
  values: Partial<Record<DraftTextKey, string>>,
  errors: Partial<Record<DraftTextKey, MessageRef[]>>,
  today: Date,
) {
  const validDate = (key: ProfileFieldKey) => {
    const value = values[key];
    return value !== undefined && !errors[key] && trDateProblem(value) === undefined ? value : undefined;
  };
  for (const [earlier, later, key] of DATE_ORDER) {
    const from = validDate(earlier);
    const to = validDate(later);
    if (from && to && trDateSortKey(to) < trDateSortKey(from))
      push(errors, later, { key, params: { date: from } });
  }
  for (const field of NOT_IN_FUTURE) {
    const value = validDate(field);
    if (value && trDateSortKey(value) > dayKey(today)) push(errors, field, { key: 'error.date.future' });
  }
  if (values.givenName === undefined && values.surname === undefined) {
    push(errors, 'surname', { key: 'error.name.required' });
  }
}

/**
 * How the form will show a name, where the alphabet matters (a lowercase i or a dotless ı): in
 * Turkish capitals for a Turkic name (i → İ), else plain Latin ones (i → I), with how to switch.
 */
function capitalisationNotice(
  key: DraftTextKey,
  value: string,
  alphabet: NameAlphabet,
): MessageRef | undefined {
  if (!UPPER_CASE_FIELDS.has(key as ProfileFieldKey)) return undefined;
  const upper = passportUpperCase(value, alphabet);
  if (alphabet === 'turkic') {
    return /[iı]/.test(value) ? { key: 'notice.turkishCapitals', params: { value: upper } } : undefined;
  }
  return /i/.test(value) ? { key: 'notice.latinCapitals', params: { value: upper } } : undefined;
}

/** Normalises and validates the whole draft; `today` is only used for "not in the future" checks. */
export function checkDraft(draft: Draft, today: Date): DraftCheck {
  const cleaned: Partial<Record<DraftTextKey, string>> = {};
  const errors: Partial<Record<DraftTextKey, MessageRef[]>> = {};
  const notices: Partial<Record<DraftTextKey, MessageRef[]>> = {};
  // The same alphabet decides every name's capitals, as `profileFieldValues` will.
  const alphabet = nameAlphabet(
    NAME_FIELDS.map((key) => draft.text[key]),
    draft.situation.namesInTurkicAlphabet,
  );

  for (const key of DRAFT_TEXT_KEYS) {
    const input = draft.text[key];
    if (input === undefined) continue;
    const { value, notice } = normaliseField(key, input);
    if (value === '') continue;
    cleaned[key] = value;
    if (notice) push(notices, key, notice);
    const result = fieldSchema(key).safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) push(errors, key, issueMessage(issue));
      continue;
    }
    const capitals = capitalisationNotice(key, value, alphabet);
    if (capitals) push(notices, key, capitals);
  }
  crossFieldErrors(cleaned, errors, today);

  if (Object.keys(errors).length > 0) return { cleaned, errors, notices };
  const situation = Object.fromEntries(
    Object.entries(draft.situation).filter(([, value]) => value !== undefined),
  ) as ProfileSituation;
  const data = {
    ...cleaned,
    ...(Object.keys(situation).length > 0 ? { situation } : {}),
    ...(draft.dependantIds.length > 0 ? { dependantIds: [...draft.dependantIds] } : {}),
  } as ProfileData;
  // Belt and braces: the assembled record must pass the stored schema too.
  const whole = profileSchema.safeParse({
    ...data,
    id: 'draft',
    createdAt: '2000-01-01T00:00:00.000Z',
    updatedAt: '2000-01-01T00:00:00.000Z',
  });
  if (!whole.success) {
    for (const issue of whole.error.issues) {
      const field = (issue.path[0] ?? 'notes') as DraftTextKey;
      push(errors, field, issueMessage(issue));
    }
    return { cleaned, errors, notices };
  }
  return { data, cleaned, errors, notices };
}
