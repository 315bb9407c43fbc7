/**
 * The content script's view of the active profile. It never loads profiles itself (that needs
 * zod and `src/profile`, too heavy for a script on every e-İkamet page): it asks the background
 * (`src/background/profile-handler.ts`), which validates the chosen record and answers with its
 * page-ready values, and asks again whenever the stored profiles or the choice change.
 *
 * Only the active profile ever reaches the page: its id, a name for the button, its values.
 */
import { browser } from 'wxt/browser';
import { type FieldKey, isFieldKey } from '../../../page/field-keys';
import type { DescribeWanted, PageLang, WantedOption } from '../../../page/fill-options';
import type { OptionWords } from '../../../page/option-meaning';
import { askBackground } from '../background-client';

/** The request type the background answers (registered on its router). */
export const ACTIVE_PROFILE_VALUES = 'active-profile-values';

/** The background's answer: the active, valid profile, or null when there is none to fill from. */
export interface ActiveProfileValues {
  readonly id: string;
  /** Given name(s) then surname, as typed in the profile: "Omar Haddad". */
  readonly displayName: string;
  /** Page-ready values (`profileFieldValues`): dates dd.MM.yyyy, mobile 10 digits, list codes. */
  readonly values: Partial<Record<FieldKey, string>>;
  /**
   * How each value may appear in a Turkish and in an English page's lists (`describeWanted`, run
   * in the background so its label tables stay out of the content script).
   */
  readonly wanted: Readonly<Record<PageLang, Partial<Record<FieldKey, WantedOption>>>>;
}

/**
 * The `storage.local` names behind the active profile (`src/profile/storage.ts`: `local:profiles`
 * with its `profiles$` version meta, and `local:activeProfileId`), written out here so the content
 * script does not import `src/profile`; a unit test keeps them equal. Per-record keys
 * (`profile:<id>`) are watched too, so a storage layout with one key per profile needs no change here.
 */
export const PROFILE_STORAGE_KEYS: readonly string[] = ['profiles', 'profiles$', 'activeProfileId'];
export const PROFILE_RECORD_PREFIX = 'profile:';

/** Written on every vault lock and unlock (`src/profile/vault/session.ts`), never holding a secret. */
export const VAULT_SIGNAL_KEY = 'vault:signal';

/** Whether a `storage.onChanged` batch may change the active profile's values. */
export function touchesProfiles(changedKeys: readonly string[]): boolean {
  return changedKeys.some(
    (key) =>
      PROFILE_STORAGE_KEYS.includes(key) || key.startsWith(PROFILE_RECORD_PREFIX) || key === VAULT_SIGNAL_KEY,
  );
}

/** The background refused because the profiles are locked (`VaultLockedError`, router error `locked`). */
export function isLockedReply(error: unknown): boolean {
  return error instanceof Error && /: locked$/.test(error.message);
}

/** Checks an answer by hand (messages validate nothing); anything odd counts as no profile. */
export function parseActiveProfileValues(value: unknown): ActiveProfileValues | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, displayName, values, wanted } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof displayName !== 'string') return null;
  if (typeof values !== 'object' || values === null) return null;
  const clean: Partial<Record<FieldKey, string>> = {};
  for (const [key, text] of Object.entries(values)) {
    if (isFieldKey(key) && typeof text === 'string') clean[key] = text;
  }
  const lookup = typeof wanted === 'object' && wanted !== null ? (wanted as Record<string, unknown>) : {};
  return { id, displayName, values: clean, wanted: { tr: wantedMap(lookup.tr), en: wantedMap(lookup.en) } };
}

const MAX_WANTED_STRINGS = 32;
const MAX_LIST_WORDS = 200;

function strings(value: unknown, max = MAX_WANTED_STRINGS): string[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  return value.every((item) => typeof item === 'string') ? (value as string[]) : null;
}

/** The words a list may add (`option-words.ts`); anything malformed is left out. */
function optionWords(value: unknown): OptionWords {
  if (typeof value !== 'object' || value === null) return {};
  const out: { -readonly [K in keyof OptionWords]: OptionWords[K] } = {};
  for (const name of ['filler', 'added', 'qualifiers'] as const) {
    const list = strings((value as Record<string, unknown>)[name], MAX_LIST_WORDS);
    if (list) out[name] = list;
  }
  return out;
}

/** Keeps the well-formed descriptions of known fields; anything else is left out (the value alone is tried). */
function wantedMap(value: unknown): Partial<Record<FieldKey, WantedOption>> {
  const out: Partial<Record<FieldKey, WantedOption>> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, entry] of Object.entries(value)) {
    if (!isFieldKey(key) || typeof entry !== 'object' || entry === null) continue;
    const { codes: rawCodes, texts: rawTexts, words } = entry as Record<string, unknown>;
    const codes = strings(rawCodes);
    const texts = strings(rawTexts);
    if (codes && texts) out[key] = { codes, texts, words: optionWords(words) };
  }
  return out;
}

/** The fill engine's `describe`, answered from the background's descriptions of this profile. */
export function describeFromAnswer(profile: ActiveProfileValues): DescribeWanted {
  return (key, raw, lang) => profile.wanted[lang][key] ?? { codes: [raw], texts: [raw] };
}

/** Asks the background for the active profile's values. */
export async function requestActiveProfile(): Promise<ActiveProfileValues | null> {
  return parseActiveProfileValues(await askBackground(ACTIVE_PROFILE_VALUES));
}

/** Calls back whenever the stored profiles or the active choice change (popup, options, import). */
export function watchProfileStorage(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && touchesProfiles(Object.keys(changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
