/**
 * What the assistant remembers about the application in progress in one tab, so that a check
 * can combine values from different wizard steps (birth date on step 1, insurance on step 5).
 *
 * Kept by the background, per tab, in memory and in `storage.session` (memory-only, gone when
 * the browser closes; never `storage.local`), and cleared when the application ends or the tab
 * leaves e-İkamet. Only the few fields the checks, the checklist and the printed checklist's
 * heading need are kept, nothing else the user types.
 *
 * Shared by the content script and the background: no dependencies, hand-written checks.
 */

import type { FieldKey } from '../contracts/field-keys';
import type { ApplicationKind, PermitType, ShortTermPurpose } from '../domain/permits';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../domain/permits';

export const SESSION_FIELDS = [
  // The extension entry page's "change my province" answer: a move, not a change of permit type.
  'changeProvince',
  'givenName',
  'surname',
  'birthDate',
  'passportIssueDate',
  'passportExpiry',
  'permitType',
  'permitPurpose',
  'requestedStart',
  'requestedEnd',
  'currentPermitType',
  'currentPermitEnd',
  'insuranceType',
  'insuranceStart',
  'insuranceEnd',
] as const satisfies readonly FieldKey[];
export type SessionField = (typeof SESSION_FIELDS)[number];

/** A value as read from the page: lists keep their code and the text the user saw. */
export interface SessionValue {
  readonly value: string;
  readonly text?: string;
}

export type SessionValues = Readonly<Partial<Record<SessionField, SessionValue>>>;

/** What the user chose in the panel where the page has not said it (yet). */
export interface SessionChoices {
  readonly permitType?: PermitType;
  readonly purpose?: ShortTermPurpose;
  readonly kind?: ApplicationKind;
}

export interface ApplicationSession {
  /** Application kind as a page said it (entry page, permit step); null while unknown. */
  readonly kind: ApplicationKind | null;
  readonly values: SessionValues;
  readonly choices: SessionChoices;
  /** Checklist documents the user ticked (`ChecklistItem.id`). */
  readonly ticks: readonly string[];
}

export interface SessionPatch {
  readonly kind?: ApplicationKind | null;
  /** Replaces the listed fields; a field given as null is forgotten. */
  readonly values?: Readonly<Partial<Record<SessionField, SessionValue | null>>>;
  readonly choices?: SessionChoices;
  readonly ticks?: readonly string[];
  /** Start a new application: everything is forgotten before the rest of the patch applies. */
  readonly reset?: boolean;
}

export const EMPTY_SESSION: ApplicationSession = { kind: null, values: {}, choices: {}, ticks: [] };

export const MAX_VALUE_CHARS = 256;
export const MAX_TEXT_CHARS = 512;
export const MAX_TICKS = 200;
const MAX_TICK_CHARS = 80;

export function isSessionField(value: unknown): value is SessionField {
  return typeof value === 'string' && (SESSION_FIELDS as readonly string[]).includes(value);
}

export function applyPatch(session: ApplicationSession, patch: SessionPatch): ApplicationSession {
  const base = patch.reset ? EMPTY_SESSION : session;
  const values: Partial<Record<SessionField, SessionValue>> = { ...base.values };
  for (const [key, value] of Object.entries(patch.values ?? {})) {
    if (!isSessionField(key)) continue;
    if (value === null || value === undefined) delete values[key];
    else values[key] = value;
  }
  return {
    kind: patch.kind === undefined ? base.kind : patch.kind,
    values,
    choices: patch.choices ?? base.choices,
    ticks: patch.ticks ?? base.ticks,
  };
}

// ---- Validation of data crossing a context boundary ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function parseValue(value: unknown): SessionValue | null {
  if (!isRecord(value) || typeof value.value !== 'string' || value.value.length > MAX_VALUE_CHARS)
    return null;
  if (value.text === undefined) return { value: value.value };
  if (typeof value.text !== 'string' || value.text.length > MAX_TEXT_CHARS) return null;
  return { value: value.value, text: value.text };
}

function parseChoices(value: unknown): SessionChoices | null {
  if (!isRecord(value)) return null;
  const { permitType, purpose, kind } = value;
  if (permitType !== undefined && !isOneOf(PERMIT_TYPES, permitType)) return null;
  if (purpose !== undefined && !isOneOf(SHORT_TERM_PURPOSES, purpose)) return null;
  if (kind !== undefined && !isOneOf(APPLICATION_KINDS, kind)) return null;
  return {
    ...(permitType === undefined ? {} : { permitType }),
    ...(purpose === undefined ? {} : { purpose }),
    ...(kind === undefined ? {} : { kind }),
  };
}

function parseTicks(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_TICKS) return null;
  return value.every((tick) => typeof tick === 'string' && tick.length <= MAX_TICK_CHARS) ? value : null;
}

export function parseKind(value: unknown): ApplicationKind | null | undefined {
  if (value === null) return null;
  return isOneOf(APPLICATION_KINDS, value) ? value : undefined;
}

/** Session values received from another context; null for anything malformed. */
export function parseValues(value: unknown): Partial<Record<SessionField, SessionValue>> | null {
  if (!isRecord(value)) return null;
  const values: Partial<Record<SessionField, SessionValue>> = {};
  for (const [key, raw] of Object.entries(value)) {
    const parsed = parseValue(raw);
    if (!isSessionField(key) || !parsed) return null;
    values[key] = parsed;
  }
  return values;
}

/** A stored or received session; null for anything malformed. */
export function parseSession(value: unknown): ApplicationSession | null {
  if (!isRecord(value)) return null;
  const kind = parseKind(value.kind);
  const values = parseValues(value.values);
  const choices = parseChoices(value.choices);
  const ticks = parseTicks(value.ticks);
  if (kind === undefined || !values || !choices || !ticks) return null;
  return { kind, values, choices, ticks };
}

/** A patch a content script sent; null for anything malformed. */
export function parsePatch(value: unknown): SessionPatch | null {
  if (!isRecord(value)) return null;
  const patch: {
    kind?: ApplicationKind | null;
    values?: Partial<Record<SessionField, SessionValue | null>>;
    choices?: SessionChoices;
    ticks?: readonly string[];
    reset?: boolean;
  } = {};
  if (value.kind !== undefined) {
    const kind = parseKind(value.kind);
    if (kind === undefined) return null;
    patch.kind = kind;
  }
  if (value.values !== undefined) {
    if (!isRecord(value.values)) return null;
    const values: Partial<Record<SessionField, SessionValue | null>> = {};
    for (const [key, raw] of Object.entries(value.values)) {
      const parsed = raw === null ? null : parseValue(raw);
      if (!isSessionField(key) || parsed === undefined || (raw !== null && parsed === null)) return null;
      values[key] = parsed;
    }
    patch.values = values;
  }
  if (value.choices !== undefined) {
    const choices = parseChoices(value.choices);
    if (!choices) return null;
    patch.choices = choices;
  }
  if (value.ticks !== undefined) {
    const ticks = parseTicks(value.ticks);
    if (!ticks) return null;
    patch.ticks = ticks;
  }
  if (value.reset !== undefined) {
    if (typeof value.reset !== 'boolean') return null;
    patch.reset = value.reset;
  }
  return patch;
}
