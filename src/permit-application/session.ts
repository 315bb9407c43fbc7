/**
 * What the assistant remembers about the application in progress in one tab, so that a check
 * can combine values from different wizard steps (birth date on step 1, insurance on step 5).
 *
 * Kept by the background, per tab, in memory and in `storage.session` (memory-only, gone when
 * the browser closes; never `storage.local`), and cleared when the application ends or the tab
 * leaves e-İkamet. Only the few fields the checks, the checklist and the printed checklist's
 * heading need are kept, nothing else the user types.
 *
 * Shared by the content script and the background, so it carries no schema library: what
 * crosses between them is checked by the background against the protocol map
 * (`src/protocol/protocol.ts`), whose session schemas satisfy these types.
 */

import type { FieldKey } from '../contracts/field-keys';
import type { ApplicationKind, PermitType, ShortTermPurpose } from '../domain/permits';

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
export const MAX_TICK_CHARS = 80;

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
