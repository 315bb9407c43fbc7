import { storage } from 'wxt/utils/storage';
import { LANGUAGE_KEY } from '../contracts/storage-keys';
import { PROFILE_ID_PATTERN } from './text-rules';

/**
 * Storage keys. Everything lives in `storage.local` on this device: never `sync`, never sent.
 *
 * - Profiles: one key per record (`store/keys.ts`). `local:profiles` held the whole array up to
 *   layout version 2; `store/legacy-layout.ts` moves it. Records are validated on every read
 *   (`records.ts`); records that fail stay in place and are listed as "needs attention".
 * - `local:activeProfileId`: the profile chosen for filling. One global choice, because a choice
 *   per tab would need the `tabs` permission, which the extension does not ask for.
 * - `local:ui:language`: the UI language, shared with the in-page overlay.
 */
export const PROFILES_KEY = 'local:profiles' as const;
export const ACTIVE_PROFILE_KEY = 'local:activeProfileId' as const;
export const UI_LANGUAGE_KEY = `local:${LANGUAGE_KEY}` as const;

// Items are defined on first use: defining one touches storage, which must not happen when a
// module is merely imported (WXT imports entrypoints in Node at build time).
let sharedActiveIdItem: ReturnType<typeof defineActiveIdItem> | undefined;
function defineActiveIdItem() {
  return storage.defineItem<unknown>(ACTIVE_PROFILE_KEY, { fallback: null });
}
export function activeProfileIdItem() {
  sharedActiveIdItem ??= defineActiveIdItem();
  return sharedActiveIdItem;
}

/** The stored active id, or null when none is set or the stored value is malformed. */
export async function loadActiveProfileId(): Promise<string | null> {
  const value = await activeProfileIdItem().getValue();
  return typeof value === 'string' && PROFILE_ID_PATTERN.test(value) ? value : null;
}

export async function saveActiveProfileId(id: string | null): Promise<void> {
  if (id === null) await activeProfileIdItem().removeValue();
  else await activeProfileIdItem().setValue(id);
}
