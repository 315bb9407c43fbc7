/**
 * The content script's view of the active profile. It cannot load profiles itself (they are in
 * the extension's IndexedDB, which a content script cannot open): it asks the background
 * (`src/features/fill/background/fill-values-handler.ts`) twice over:
 *
 * - `active-profile`: which profile would fill, for the button (its id and display name, no
 *   values), asked again whenever the profiles, the choice or the vault's lock change;
 * - `fill-values`: at the moment of the person's click, the values of the fields this page has,
 *   and only those. They are used for that one fill and not kept; the background checks the
 *   vault's lock (and idle time) again before answering.
 */
import { browser } from 'wxt/browser';
import { VAULT_SIGNAL_KEY } from '../../../contracts/storage-keys';
import { isRefusal } from '../../../protocol/errors';
import type { ActiveProfileSummary, FillValuesAnswer, RequestOf } from '../../../protocol/protocol';
import { send } from '../../../protocol/send';

/**
 * The `storage.local` names that say the active profile may have changed, written out here so the
 * content script does not import `src/profile`; a unit test keeps them equal: the choice
 * (`activeProfileId`), the profile store's write token (`profilesSignal`, `store/keys.ts`), and the
 * older layouts' keys (moved into the store as soon as they are found).
 */
export const PROFILE_STORAGE_KEYS: readonly string[] = [
  'profiles',
  'profiles$',
  'activeProfileId',
  'profilesSignal',
];
export const PROFILE_RECORD_PREFIX = 'profile:';

/** Whether a `storage.onChanged` batch may change the active profile's values. */
export function touchesProfiles(changedKeys: readonly string[]): boolean {
  return changedKeys.some(
    (key) =>
      PROFILE_STORAGE_KEYS.includes(key) || key.startsWith(PROFILE_RECORD_PREFIX) || key === VAULT_SIGNAL_KEY,
  );
}

/** The background refused because the profiles are locked (`VaultLockedError`, error code `locked`). */
export function isLockedReply(error: unknown): boolean {
  return isRefusal(error, 'locked');
}

/** Asks the background which profile would fill (no values). */
export function requestActiveProfile(): Promise<ActiveProfileSummary | null> {
  return send('active-profile', {});
}

/** What a fill asks for at click time: the page, its fields, and the profile the button named. */
export type FillValuesRequest = RequestOf<'fill-values'>;

/**
 * Asks the background, at the moment of the click, for the values of this page's fields. Null
 * when the chosen profile is no longer the one the button named (the button is then refreshed).
 */
export function requestFillValues(request: FillValuesRequest): Promise<FillValuesAnswer | null> {
  return send('fill-values', request);
}

/** Calls back whenever the stored profiles or the active choice change (popup, options, import). */
export function watchProfileStorage(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && touchesProfiles(Object.keys(changes))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
