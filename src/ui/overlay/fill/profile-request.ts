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
}

/**
 * The `storage.local` names behind the active profile (`src/profile/storage.ts`: `local:profiles`
 * with its `profiles$` version meta, and `local:activeProfileId`), written out here so the content
 * script does not import `src/profile`; a unit test keeps them equal. Per-record keys
 * (`profile:<id>`) are watched too, so a storage layout with one key per profile needs no change here.
 */
export const PROFILE_STORAGE_KEYS: readonly string[] = ['profiles', 'profiles$', 'activeProfileId'];
export const PROFILE_RECORD_PREFIX = 'profile:';

/** Whether a `storage.onChanged` batch may change the active profile's values. */
export function touchesProfiles(changedKeys: readonly string[]): boolean {
  return changedKeys.some(
    (key) => PROFILE_STORAGE_KEYS.includes(key) || key.startsWith(PROFILE_RECORD_PREFIX),
  );
}

/** Checks an answer by hand (messages validate nothing); anything odd counts as no profile. */
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
