import { storage } from 'wxt/utils/storage';
import { MAX_PROFILES } from './limits';
import {
  buildListHead,
  LIST_HEAD_KEY,
  type ListHead,
  newRev,
  PROFILES_REV_KEY,
  parseListHead,
} from './list-head';
import { withProfilesLock } from './lock';
import { issuesToMessages, type MessageRef, type PathMessage } from './messages';
import { readStoredProfiles, type StoredProfiles, ValidationCache } from './records';
import { type Profile, type ProfileData, profileSchema } from './schema';
import { type ProfilesStore, profilesStore } from './storage';

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
  /** The stored first screen of the list (`list-head.ts`), or null when missing or stale. Cheap. */
  loadHead(): Promise<ListHead | null>;
  load(): Promise<StoredProfiles>;
  /** `load`, plus the token of the write it saw, for `refreshHead`. */
  loadForHead(): Promise<{ state: StoredProfiles; rev: unknown }>;
  /**
   * Writes the list head for profiles just loaded (there was none, or a stale one), unless a
   * write has happened since they were read (`rev` changed): then that write's head stands.
   */
  refreshHead(loaded: { state: StoredProfiles; rev: unknown }): Promise<void>;
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

/** The list head and the token pairing it with the profiles, as `storage.setItems` entries. */
function headEntries(profiles: readonly Profile[], rev: string) {
  return [
    { key: LIST_HEAD_KEY, value: buildListHead(profiles, rev, new Date()) },
    { key: PROFILES_REV_KEY, value: rev },
  ];
}

export function createProfileRepository(item: ProfilesStore = profilesStore()): ProfileRepository {
  const cache = new ValidationCache();
  const read = (raw: unknown) => readStoredProfiles(raw, cache);

  /**
   * The stored list as this page last read or wrote it, with that write's token. A write needs
   * what is stored now; when the token in storage is still this one, nothing else has written
   * since, and the 4 MB of 10,000 clients need not be read again.
   */
  let known: { raw: unknown; rev: string } | undefined;

  async function storedRev(): Promise<unknown> {
    return (await storage.getItem<unknown>(PROFILES_REV_KEY)) ?? null;
  }

  /** The token first: a write landing between the two reads changes it, and `known` stays unset. */
  async function readCurrent(): Promise<{ raw: unknown; rev: unknown }> {
    const rev = await storedRev();
    if (known && rev === known.rev) return known;
    const raw = await item.getValue();
    known = typeof rev === 'string' ? { raw, rev } : undefined;
    return { raw, rev };
  }

  async function load(): Promise<StoredProfiles> {
    return read((await readCurrent()).raw);
  }

  async function loadHead(): Promise<ListHead | null> {
    const [head, rev] = await storage.getItems([LIST_HEAD_KEY, PROFILES_REV_KEY]);
    return parseListHead(head?.value, rev?.value);
  }

  /** Profiles, their list head and the token pairing them, in one `storage.local.set`. */
  async function write(next: unknown[], state: StoredProfiles): Promise<void> {
    const rev = newRev();
    known = undefined;
    await storage.setItems([...item.entries(next), ...headEntries(state.profiles, rev)]);
    known = { raw: next, rev };
  }

  async function loadForHead() {
    const { raw, rev } = await readCurrent();
    return { state: read(raw), rev };
  }

  function refreshHead(loaded: { state: StoredProfiles; rev: unknown }): Promise<void> {
    return withProfilesLock(async () => {
      if (loaded.state.rootProblem || (await storedRev()) !== loaded.rev) return;
      const rev = newRev();
      await storage.setItems(headEntries(loaded.state.profiles, rev));
      if (known && known.rev === loaded.rev) known = { raw: known.raw, rev };
    });
  }

  /**
   * Read, change, write under the lock, always starting from what is stored now, so records this
   * page did not load (another page's additions, needs-attention records) are carried over as is.
   */
  function mutate(change: (raw: unknown[], state: StoredProfiles) => unknown[]): Promise<StoredProfiles> {
    return withProfilesLock(async () => {
      const { raw } = await readCurrent();
      const state = read(raw);
      if (state.rootProblem || !Array.isArray(raw)) throw new ProfileWriteError({ key: 'error.storedRoot' });
      const next = change([...raw], state);
      if (next.length > MAX_PROFILES && next.length > raw.length) {
        throw new ProfileWriteError({ key: 'error.storageFull', params: { max: MAX_PROFILES } });
      }
      const nextState = read(next);
      try {
        await write(next, nextState);
      } catch (error) {
        // Typically the ~10 MB quota of storage.local. Nothing was written.
        throw new ProfileWriteError(
          { key: 'error.writeFailed', params: { detail: String(error) } },
          { cause: error },
        );
      }
      return nextState;
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

  return { loadHead, load, loadForHead, refreshHead, read, create, update, remove, restore, mutate };
}
