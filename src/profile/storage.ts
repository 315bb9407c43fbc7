import { storage } from 'wxt/utils/storage';
import { LANGUAGE_KEY } from '../ui/overlay/settings';
import { PROFILE_VERSION } from './schema';
import { PROFILE_ID_PATTERN } from './text-rules';
import { migrateProfileRecordV1 } from './v1';

/**
 * Storage keys. Everything lives in `storage.local` on this device: never `sync`, never sent.
 *
 * - `local:profiles`: the array of profile records, version 2 (meta `profiles$` = `{ v: 2 }`).
 *   Records are stored as they are and validated on every read (`records.ts`); records that fail
 *   stay in place and are listed as "needs attention".
 * - `local:activeProfileId`: the profile chosen for filling. One global choice, because a choice
 *   per tab would need the `tabs` permission, which the extension does not ask for.
 * - `local:ui:language`: the UI language, shared with the in-page overlay.
 */
export const PROFILES_KEY = 'local:profiles' as const;
export const ACTIVE_PROFILE_KEY = 'local:activeProfileId' as const;
export const UI_LANGUAGE_KEY = `local:${LANGUAGE_KEY}` as const;

/**
 * v1 → v2 for the whole stored array. Never throws (a failing migration is only logged by
 * `@wxt-dev/storage` and would leave data half-migrated): records that are not v1 records are
 * kept unchanged, and a stored value that is not an array is left alone for the reader to report.
 */
export function migrateStoredProfilesV1ToV2(value: unknown): unknown {
  return Array.isArray(value) ? value.map(migrateProfileRecordV1) : value;
}

export const PROFILE_STORAGE_MIGRATIONS = { 2: migrateStoredProfilesV1ToV2 } as const;

/** A fresh item; migrations run when it is defined. Tests define one after seeding storage. */
export function defineProfilesItem() {
  return storage.defineItem<unknown>(PROFILES_KEY, {
    fallback: [],
    version: PROFILE_VERSION,
    migrations: PROFILE_STORAGE_MIGRATIONS,
  });
}
export type ProfilesItem = ReturnType<typeof defineProfilesItem>;

let sharedProfilesItem: ProfilesItem | undefined;
/** The one profiles item of this page (popup, options or content script). */
export function profilesItem(): ProfilesItem {
  sharedProfilesItem ??= defineProfilesItem();
  return sharedProfilesItem;
}

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
