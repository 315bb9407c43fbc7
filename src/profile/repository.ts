import { MAX_PROFILES } from './limits';
import { withProfilesLock } from './lock';
import { issuesToMessages, type MessageRef, type PathMessage } from './messages';
import { readStoredProfiles, type StoredProfiles, ValidationCache } from './records';
import { type Profile, type ProfileData, profileSchema } from './schema';
import { type ProfilesItem, profilesItem } from './storage';

/** A refused write: the message says why; storage was not changed. */
export class ProfileWriteError extends Error {
  override readonly name = 'ProfileWriteError';
  constructor(
    readonly reason: MessageRef,
    options?: ErrorOptions & { problems?: readonly PathMessage[] },
  ) {
    super(reason.key, options);
    this.problems = options?.problems ?? [];
  }
  readonly problems: readonly PathMessage[];
}

/** The editor validates first; this is the last line of defence before anything is written. */
function assertValid(profile: Profile): void {
  const result = profileSchema.safeParse(profile);
  if (!result.success) {
    throw new ProfileWriteError(
      { key: 'error.invalidProfile' },
      { problems: issuesToMessages(result.error.issues) },
    );
  }
}

/** What a delete removed, for "Undo". Held in memory only (the popup's lifetime). */
export interface RemovedProfile {
  readonly profile: Profile;
  readonly index: number;
}

function isRecordWithId(record: unknown, id: string): boolean {
  return typeof record === 'object' && record !== null && (record as { id?: unknown }).id === id;
}

/**
 * Index of the valid record with this id. Needs-attention records with the same id (duplicates,
 * broken copies) are never the target of a save or delete.
 */
function validIndexOf(raw: readonly unknown[], state: StoredProfiles, id: string): number {
  const attention = new Set(state.needsAttention.map((entry) => entry.index));
  return raw.findIndex((record, index) => !attention.has(index) && isRecordWithId(record, id));
}

export interface ProfileRepository {
  load(): Promise<StoredProfiles>;
  /** Validates a stored value already at hand (e.g. from a storage change event), with the cache. */
  read(raw: unknown): StoredProfiles;
  /** Adds a new profile with a fresh id and timestamps. */
  create(data: ProfileData, now?: Date): Promise<{ profile: Profile; state: StoredProfiles }>;
  /** Replaces the stored profile with the same id (its `updatedAt` is set to now). */
  update(profile: Profile, now?: Date): Promise<{ profile: Profile; state: StoredProfiles }>;
  remove(id: string): Promise<{ removed: RemovedProfile; state: StoredProfiles }>;
  /** Puts a removed profile back where it was. */
  restore(removed: RemovedProfile): Promise<StoredProfiles>;
  /** Raw-level change for the importer and the needs-attention list; runs under the lock. */
  mutate(change: (raw: unknown[], state: StoredProfiles) => unknown[]): Promise<StoredProfiles>;
}

export function createProfileRepository(item: ProfilesItem = profilesItem()): ProfileRepository {
  const cache = new ValidationCache();
  const read = (raw: unknown) => readStoredProfiles(raw, cache);

  async function load(): Promise<StoredProfiles> {
    return read(await item.getValue());
  }

  /**
   * Read, change, write under the lock, always starting from what is stored now, so records this
   * page did not load (another page's additions, needs-attention records) are carried over as is.
   */
  function mutate(change: (raw: unknown[], state: StoredProfiles) => unknown[]): Promise<StoredProfiles> {
    return withProfilesLock(async () => {
      const raw = await item.getValue();
      const state = read(raw);
      if (state.rootProblem || !Array.isArray(raw)) throw new ProfileWriteError({ key: 'error.storedRoot' });
      const next = change([...raw], state);
      if (next.length > MAX_PROFILES && next.length > raw.length) {
        throw new ProfileWriteError({ key: 'error.storageFull', params: { max: MAX_PROFILES } });
      }
      try {
        await item.setValue(next);
      } catch (error) {
        // Typically the ~10 MB quota of storage.local. Nothing was written.
        throw new ProfileWriteError(
          { key: 'error.writeFailed', params: { detail: String(error) } },
          { cause: error },
        );
      }
      return read(next);
    });
  }

  async function create(data: ProfileData, now = new Date()) {
    const stamp = now.toISOString();
    const profile: Profile = { ...data, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp };
    assertValid(profile);
    const state = await mutate((raw) => [...raw, profile]);
    return { profile, state };
  }

  async function update(profile: Profile, now = new Date()) {
    const updated: Profile = { ...profile, updatedAt: now.toISOString() };
    assertValid(updated);
    const state = await mutate((raw, current) => {
      const index = validIndexOf(raw, current, profile.id);
      if (index < 0) throw new ProfileWriteError({ key: 'error.profileGone' });
      raw[index] = updated;
      return raw;
    });
    return { profile: updated, state };
  }

  async function remove(id: string) {
    let removed: RemovedProfile | undefined;
    const state = await mutate((raw, current) => {
      const index = validIndexOf(raw, current, id);
      if (index < 0) throw new ProfileWriteError({ key: 'error.profileGone' });
      removed = { profile: raw[index] as Profile, index };
      raw.splice(index, 1);
      return raw;
    });
    if (!removed) throw new ProfileWriteError({ key: 'error.profileGone' });
    return { removed, state };
  }

  function restore(removed: RemovedProfile) {
    return mutate((raw, current) => {
      // Restoring twice must not create a duplicate.
      if (validIndexOf(raw, current, removed.profile.id) >= 0) return raw;
      raw.splice(Math.min(removed.index, raw.length), 0, removed.profile);
      return raw;
    });
  }

  return { load, read, create, update, remove, restore, mutate };
}
