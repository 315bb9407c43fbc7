/**
 * The fill's messages between the content script (`src/ui/overlay/fill/`) and the background
 * (`src/background/profile-handler.ts`, `option-choice-handler.ts`): the request names the
 * background registers, the answers' shapes, and the hand-written checks the content script
 * runs on each answer (messages validate nothing). Both ends import this file and nothing of
 * each other.
 */
import type { FieldKey } from './field-keys';
import { isFieldKey } from './field-keys';
import { isLanguage, type Language } from './languages';

/** Which profile would fill, for the button (its id and display name, no values). */
export const ACTIVE_PROFILE = 'active-profile';
/** At the moment of the person's click, the values of the fields this page has. */
export const FILL_VALUES = 'fill-values';
/** The fill section's texts in the user's language plus English, and its stylesheet. */
export const FILL_MESSAGES = 'fill-messages';
/** The option to set in a list, for the profile value being filled. */
export const CHOOSE_OPTIONS = 'choose-options';

/** Which profile would fill: null when none is chosen (or it was deleted, or is invalid). */
export interface ActiveProfileSummary {
  readonly id: string;
  /** Given name(s) then surname, as typed in the profile: "Omar Haddad". */
  readonly displayName: string;
}

/** The background's answer at click time: the page's fields from the active, valid profile. */
export interface ActiveProfileValues extends ActiveProfileSummary {
  /** Page-ready values (`profileFieldValues`): dates dd.MM.yyyy, mobile 10 digits, list codes. */
  readonly values: Partial<Record<FieldKey, string>>;
}

/** Checks the `active-profile` answer by hand; anything odd counts as no profile. */
export function parseActiveProfileSummary(value: unknown): ActiveProfileSummary | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, displayName } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof displayName === 'string' ? { id, displayName } : null;
}

/** Checks a `fill-values` answer by hand; anything odd counts as no profile. */
export function parseActiveProfileValues(value: unknown): ActiveProfileValues | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, displayName, values } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof displayName !== 'string') return null;
  if (typeof values !== 'object' || values === null) return null;
  const clean: Partial<Record<FieldKey, string>> = {};
  for (const [key, text] of Object.entries(values)) {
    if (isFieldKey(key) && typeof text === 'string') clean[key] = text;
  }
  return { id, displayName, values: clean };
}

/** A flat `key: text` map, as in `locales/<lang>/fill.json`. */
type FillTexts = Readonly<Record<string, string>>;

export interface FillCatalogue {
  readonly lang: Language;
  /** The user's language. */
  readonly primary: FillTexts;
  /** English, for keys the user's language lacks (empty when lang is 'en'). */
  readonly fallback: FillTexts;
  /**
   * The section's stylesheet (`fill.css`), sent with its texts: the section shows nothing
   * before they arrive, so the content script need not carry it.
   */
  readonly css: string;
}

function isFillTexts(value: unknown): value is FillTexts {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((text) => typeof text === 'string');
}

/** Checks a `fill-messages` answer before use; null when its shape is wrong. */
export function parseFillCatalogue(value: unknown): FillCatalogue | null {
  if (typeof value !== 'object' || value === null) return null;
  const { lang, primary, fallback, css } = value as Record<string, unknown>;
  if (!isLanguage(lang) || !isFillTexts(primary) || !isFillTexts(fallback)) return null;
  return { lang, primary, fallback, css: typeof css === 'string' ? css : '' };
}
