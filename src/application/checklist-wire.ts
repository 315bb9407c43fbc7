/**
 * The checklist crosses from the background (where the checklist data and zod live) to the
 * content script as plain JSON: requests carry dates as dd.MM.yyyy, answers are the engine's
 * `ChecklistResult`, trimmed to what the panel shows and checked by hand before use.
 */
import type { ChecklistStatus, NoteTone, Requirement } from '../domain/checklists/types';
import type { ApplicationKind, PermitType, ShortTermPurpose } from '../domain/permits';

export interface ChecklistWireRequest {
  readonly permitType: PermitType;
  readonly purpose?: ShortTermPurpose;
  readonly kind: ApplicationKind;
  /** dd.MM.yyyy; the applicant's age decides several documents. */
  readonly birthDate?: string;
  /** dd.MM.yyyy, the application date. */
  readonly today: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** One way of meeting a "one of the following" item. */
export interface ChecklistViewAlternative {
  readonly id: string;
  readonly titleKey: string;
  readonly noteKey?: string;
  readonly matchesSituation: boolean;
}

export interface ChecklistViewItem {
  readonly id: string;
  readonly titleKey: string;
  readonly noteKey?: string;
  readonly params?: MessageParams;
  readonly requirement: Requirement;
  readonly conditionMessageKey: string;
  /** "One of the following" items: met by any one of these. */
  readonly alternatives?: readonly ChecklistViewAlternative[];
}

export interface ChecklistViewNote {
  readonly id: string;
  readonly messageKey: string;
  readonly params?: MessageParams;
  readonly tone: NoteTone;
}

export interface ChecklistView {
  readonly status: ChecklistStatus;
  readonly statusMessageKey: string;
  readonly items: readonly ChecklistViewItem[];
  readonly notes: readonly ChecklistViewNote[];
}

const STATUSES: readonly string[] = ['ok', 'uncertain', 'impossible'];
const REQUIREMENTS: readonly string[] = [
  'required',
  'if-applicable',
  'if-requested',
  'uncertain',
  'not-required',
];
const MAX_ALTERNATIVES = 20;
const TONES: readonly string[] = ['info', 'uncertain', 'impossible'];
const MAX_ITEMS = 200;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 200;

function parseParams(value: unknown): MessageParams | undefined | null {
  if (value === undefined) return undefined;
  if (!isObject(value)) return null;
  const ok = Object.values(value).every((entry) => isText(entry) || typeof entry === 'number');
  return ok ? (value as MessageParams) : null;
}

function parseAlternative(value: unknown): ChecklistViewAlternative | null {
  if (!isObject(value)) return null;
  const { id, titleKey, noteKey, matchesSituation } = value;
  if (!isText(id) || !isText(titleKey) || typeof matchesSituation !== 'boolean') return null;
  if (noteKey !== undefined && !isText(noteKey)) return null;
  return { id, titleKey, matchesSituation, ...(noteKey === undefined ? {} : { noteKey }) };
}

/** Undefined when the item has none; null when they are malformed. */
function parseAlternatives(value: unknown): ChecklistViewAlternative[] | undefined | null {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_ALTERNATIVES) return null;
  const alternatives = value.map(parseAlternative);
  return alternatives.some((alternative) => alternative === null)
    ? null
    : (alternatives as ChecklistViewAlternative[]);
}

function parseItem(value: unknown): ChecklistViewItem | null {
  if (!isObject(value)) return null;
  const { id, titleKey, noteKey, requirement, conditionMessageKey } = value;
  const params = parseParams(value.params);
  const alternatives = parseAlternatives(value.alternatives);
  if (!isText(id) || !isText(titleKey) || !isText(conditionMessageKey) || params === null) return null;
  if (noteKey !== undefined && !isText(noteKey)) return null;
  if (typeof requirement !== 'string' || !REQUIREMENTS.includes(requirement)) return null;
  if (alternatives === null) return null;
  return {
    id,
    titleKey,
    requirement: requirement as Requirement,
    conditionMessageKey,
    ...(noteKey === undefined ? {} : { noteKey }),
    ...(params === undefined ? {} : { params }),
    ...(alternatives === undefined ? {} : { alternatives }),
  };
}

function parseNote(value: unknown): ChecklistViewNote | null {
  if (!isObject(value)) return null;
  const { id, messageKey, tone } = value;
  const params = parseParams(value.params);
  if (!isText(id) || !isText(messageKey) || params === null) return null;
  if (typeof tone !== 'string' || !TONES.includes(tone)) return null;
  return { id, messageKey, tone: tone as NoteTone, ...(params === undefined ? {} : { params }) };
}

/** A checklist answer from the background; null for anything malformed. */
export function parseChecklistView(value: unknown): ChecklistView | null {
  if (!isObject(value) || typeof value.status !== 'string' || !STATUSES.includes(value.status)) return null;
  if (!isText(value.statusMessageKey) || !Array.isArray(value.items) || !Array.isArray(value.notes))
    return null;
  if (value.items.length > MAX_ITEMS || value.notes.length > MAX_ITEMS) return null;
  const items = value.items.map(parseItem);
  const notes = value.notes.map(parseNote);
  if (items.some((item) => item === null) || notes.some((note) => note === null)) return null;
  return {
    status: value.status as ChecklistStatus,
    statusMessageKey: value.statusMessageKey,
    items: items as ChecklistViewItem[],
    notes: notes as ChecklistViewNote[],
  };
}
