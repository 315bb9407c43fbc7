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

/**
 * `local:profiles` as the pages and the background read and write it. Defining the
 * `@wxt-dev/storage` item above reads the whole stored list at once to check its version (and
 * `getValue` then reads it again): with 10,000 clients that is two 4 MB reads per opening. So the
 * version is checked from the small meta key first, and the item with its migrations is only
 * defined when the stored list is older than this version (or absent).
 */
export interface ProfilesStore {
  /** The stored list (migrated first when it was older); the empty list when nothing is stored. */
  getValue(): Promise<unknown>;
  watch(onChange: (value: unknown) => void): () => void;
  /** `storage.setItems` entries storing `value` as the current version. */
  entries(value: unknown): Array<{ key: StorageItemKey; value: unknown }>;
}

type StorageItemKey = `local:${string}`;
const PROFILES_META_KEY = `${PROFILES_KEY}$` as const;

export function createProfilesStore(): ProfilesStore {
  let migrated: Promise<void> | undefined;
  async function migrateIfOlder(): Promise<void> {
    const meta = await storage.getMeta<{ v?: unknown }>(PROFILES_KEY);
    if (meta.v === PROFILE_VERSION) return;
    // `getMeta` waits for the item's migrations (a failure is logged and leaves data as it was).
    await defineProfilesItem().getMeta();
  }
  return {
    async getValue() {
      migrated ??= migrateIfOlder();
      await migrated;
      return (await storage.getItem<unknown>(PROFILES_KEY)) ?? [];
    },
    watch: (onChange) => storage.watch<unknown>(PROFILES_KEY, (value) => onChange(value ?? [])),
    entries: (value) => [
      { key: PROFILES_KEY, value },
      { key: PROFILES_META_KEY, value: { v: PROFILE_VERSION } },
    ],
  };
}

let sharedProfilesStore: ProfilesStore | undefined;
/** The one profiles store of this page (popup, options or background). */
export function profilesStore(): ProfilesStore {
  sharedProfilesStore ??= createProfilesStore();
  return sharedProfilesStore;
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
