import type { ImportedProfile } from './import-plan';
import { MAX_PROFILES } from './limits';
import { buildListHead, type ListHead, parseListHead } from './list-head';
import { withProfilesLock } from './lock';
import { issuesToMessages, type MessageRef, type PathMessage } from './messages';
import { type NeedsAttention, readStoredRecords, type StoredProfiles, ValidationCache } from './records';
import { type Profile, type ProfileData, profileSchema } from './schema';
import { StaleWriteError } from './store/idb-area';
import { type RecordPut, recordKey } from './store/keys';
import { type ProfileRecordStore, profileRecordStore, type RawRecord } from './store/record-store';

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

/** The key of the message for a save refused because another window saved the profile first. */
export const CHANGED_ELSEWHERE = 'error.changedElsewhere';

/** The editor validates first; this is the last line of defence before anything is written. */
function assertValid(
  profile: Profile,
  validate: (value: unknown) => ReturnType<typeof profileSchema.safeParse> = (value) =>
    profileSchema.safeParse(value),
): void {
  const result = validate(profile);
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

export interface UpdateOptions {
  readonly now?: Date;
  /** The profile as the editor opened it; a save over a newer stored version is refused. */
  readonly base?: Profile;
  /** "Keep mine": save over whatever is stored now. */
  readonly keepMine?: boolean;
}

/** Writes for `writeProfiles` (the importer): whole profiles, each stored under its id. */
export type ProfileChange = (state: StoredProfiles) => readonly Profile[];

export interface ProfileRepository {
  /** The stored first screen of the list (`list-head.ts`), or null when missing or stale. Cheap. */
  loadHead(): Promise<ListHead | null>;
  load(): Promise<StoredProfiles>;
  /** `load`, plus the token of the write it saw, for `refreshHead`. */
  loadForHead(): Promise<{ state: StoredProfiles; rev: unknown }>;
  /** Writes the list head for profiles just loaded, unless a write has happened since. */
  refreshHead(loaded: { state: StoredProfiles; rev: unknown }): Promise<void>;
  /** Resolves once the list head of the latest write is stored (it is written after the save). */
  headSettled(): Promise<void>;
  /** Calls back with the fresh profiles after a write by another page. */
  watch(onChange: (state: StoredProfiles) => void): () => void;
  /** Adds a new profile with a fresh id and timestamps. */
  create(data: ProfileData, now?: Date): Promise<{ profile: Profile; state: StoredProfiles }>;
  /**
   * Replaces the stored profile with the same id (its `updatedAt` is set to now). Refused with
   * `CHANGED_ELSEWHERE` when the stored profile is no longer the one the editor opened.
   */
  update(profile: Profile, options?: UpdateOptions): Promise<{ profile: Profile; state: StoredProfiles }>;
  remove(id: string): Promise<{ removed: RemovedProfile; state: StoredProfiles }>;
  /** Puts a removed profile back. */
  restore(removed: RemovedProfile): Promise<StoredProfiles>;
  /** Removes several profiles in one write (a consultant's bulk delete); ids already gone are skipped. */
  removeMany(ids: readonly string[]): Promise<{ removed: readonly RemovedProfile[]; state: StoredProfiles }>;
  /** Puts removed profiles back in one write, skipping any whose id is stored again meanwhile. */
  restoreMany(removed: readonly RemovedProfile[]): Promise<StoredProfiles>;
  /** Removes a needs-attention record, only if it is still exactly what the user saw. */
  discard(entry: NeedsAttention): Promise<StoredProfiles>;
  /**
   * Takes an import back in one write: the profiles it added are removed, those it replaced are
   * put back as they were. Refused with `IMPORT_CHANGED_SINCE`, nothing written, when any of them
   * is no longer stored exactly as the import wrote it (saved or deleted since, here or elsewhere).
   */
  undoImport(imported: readonly ImportedProfile[]): Promise<StoredProfiles>;
  /** Stores whole profiles (added or replaced) in one write, under the lock, for the importer. */
  writeProfiles(
    change: ProfileChange,
    onProgress?: (done: number, total: number) => void,
  ): Promise<StoredProfiles>;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Objects with their keys sorted: validation may hand back a profile's keys in another order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}
const sameProfile = (a: Profile, b: Profile) => sameJson(canonical(a), canonical(b));

/** The key of the message for an import undo refused because an imported profile changed since. */
export const IMPORT_CHANGED_SINCE = 'error.importChangedSince';

/** One millisecond after `after` when the clock says otherwise: `updatedAt` only ever grows. */
function laterStamp(now: Date, after: unknown): string {
  const previous = typeof after === 'string' ? Date.parse(after) : Number.NaN;
  const time = Number.isNaN(previous) ? now.getTime() : Math.max(now.getTime(), previous + 1);
  return new Date(time).toISOString();
}

export function createProfileRepository(store: ProfileRecordStore = profileRecordStore()): ProfileRepository {
  const cache = new ValidationCache();
  /** Through the cache: the write's own pass over the profile then finds it validated already. */
  const assertValidHere = (profile: Profile) => assertValid(profile, (value) => cache.validate(value));
  /** Each profile object handed out, with the revision it was read at. */
  const revisionOf = new WeakMap<Profile, number>();

  /**
   * The records as this page last read or wrote them, with that write's token and, once worked
   * out, the profiles in them. When the stored token is still this one nothing else has written
   * since, and 10,000 records need no re-read nor a new pass.
   */
  let known: { records: Map<string, RawRecord>; rev: unknown; state?: StoredProfiles } | undefined;

  /**
   * The profile object to hand out for a record at `rev`. The cache gives records with the same
   * text one object; a record written again since (deleted and put back elsewhere) must not lend
   * its revision to the object an editor opened before, so it gets an object of its own.
   */
  function handOut(profile: Profile, rev: number): Profile {
    const had = revisionOf.get(profile);
    if (had !== undefined && had !== rev) {
      const own = { ...profile };
      cache.remember(own);
      revisionOf.set(own, rev);
      return own;
    }
    revisionOf.set(profile, rev);
    return profile;
  }

  /** Every record read and validated; once per read or write of `known` records, not per call. */
  function stateOf(records: ReadonlyMap<string, RawRecord>): StoredProfiles {
    if (known?.records === records && known.state) return known.state;
    const read = readStoredRecords([...records.values()], cache);
    const profiles = read.profiles.map((profile) => {
      const rev = read.revisions.get(profile.id);
      return rev === undefined ? profile : handOut(profile, rev);
    });
    const state: StoredProfiles = { profiles, needsAttention: read.needsAttention };
    if (known?.records === records) known.state = state;
    return state;
  }

  /**
   * The profiles after one record was written, from those just before, as a full pass would find
   * them: the profile replaces its earlier version in place, or, under a new key, comes last. A
   * save among 10,000 then costs one validation, not a pass over all of them. Undefined when only a full
   * pass can tell (the record replaced was set aside, or the written one is not a valid profile).
   */
  function afterOneWrite(
    before: StoredProfiles,
    put: RecordPut,
    newKey: boolean,
  ): StoredProfiles | undefined {
    const result = cache.validate(put.value);
    if (!result.success || recordKey(result.data.id) !== put.key) return undefined;
    const profile = handOut(result.data, put.rev);
    const index = before.profiles.findIndex((entry) => entry.id === profile.id);
    const profiles = [...before.profiles];
    if (newKey && index === -1) profiles.push(profile);
    else if (!newKey && index !== -1) profiles[index] = profile;
    else return undefined;
    return { ...before, profiles };
  }

  async function current(): Promise<Map<string, RawRecord>> {
    const rev = await store.readRev();
    if (known && rev !== null && rev === known.rev) return known.records;
    const all = await store.readAll();
    known = { records: new Map(all.records.map((record) => [record.key, record])), rev: all.rev };
    return known.records;
  }

  async function load(): Promise<StoredProfiles> {
    return stateOf(await current());
  }

  async function loadHead(): Promise<ListHead | null> {
    const { head, rev } = await store.readHead();
    return parseListHead(head, rev);
  }

  async function loadForHead() {
    const state = await load();
    return { state, rev: known?.rev ?? null };
  }

  async function writeHeadIfCurrent(rev: unknown, profiles: () => readonly Profile[]) {
    if (typeof rev !== 'string' || (await store.readRev()) !== rev) return;
    await store.writeHead(buildListHead(profiles(), rev, new Date()));
  }

  function refreshHead(loaded: { state: StoredProfiles; rev: unknown }): Promise<void> {
    if (loaded.state.rootProblem) return Promise.resolve();
    return withProfilesLock(() => writeHeadIfCurrent(loaded.rev, () => loaded.state.profiles));
  }

  /**
   * The head is rebuilt after a write, not in it: sorting and the at-a-glance pass over 10,000
   * profiles would double a save's time. Until it is written the stored head names an older token
   * and the popup reads the full list instead; it is a cache, never the truth.
   */
  let headTask: Promise<void> = Promise.resolve();
  let headPending = false;
  function scheduleHead() {
    if (headPending) return;
    headPending = true;
    headTask = headTask.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            headPending = false;
            withProfilesLock(async () => {
              const records = await current();
              await writeHeadIfCurrent(known?.rev, () => stateOf(records).profiles);
            })
              .catch(() => undefined)
              .finally(resolve);
          }, 0),
        ),
    );
  }

  /** One write of records (and removals), then this page's copy follows. Nothing changes on failure. */
  async function commit(
    records: Map<string, RawRecord>,
    puts: readonly RecordPut[],
    removals: readonly string[] = [],
    onProgress?: (done: number, total: number) => void,
    expectRev?: string,
  ): Promise<StoredProfiles> {
    const before = known?.records === records ? known.state : undefined;
    const [onlyPut] = puts;
    const newKey = onlyPut !== undefined && !records.has(onlyPut.key);
    known = undefined;
    let rev: string;
    try {
      rev = await store.write(puts, removals, onProgress, expectRev);
    } catch (error) {
      if (error instanceof StaleWriteError) throw error;
      // Typically a quota error. The set call is all or nothing: nothing was written.
      throw new ProfileWriteError(
        { key: 'error.writeFailed', params: { detail: String(error) } },
        { cause: error },
      );
    }
    for (const key of removals) records.delete(key);
    for (const put of puts) records.set(put.key, { key: put.key, rev: put.rev, raw: put.value });
    known = { records, rev };
    if (before && onlyPut && puts.length === 1 && removals.length === 0)
      known.state = afterOneWrite(before, onlyPut, newKey);
    scheduleHead();
    return stateOf(records);
  }

  /** The valid stored profile with this id, and its record, from records known to be current. */
  function validRecord(records: ReadonlyMap<string, RawRecord>, id: string) {
    const record = records.get(recordKey(id));
    if (!record || record.unreadable || record.rev === null) return undefined;
    const result = cache.validate(record.raw);
    return result.success && result.data.id === id ? { record, profile: result.data } : undefined;
  }

  function locked<T>(task: (records: Map<string, RawRecord>) => Promise<T>): Promise<T> {
    return withProfilesLock(async () => task(await current()));
  }

  /**
   * For a task that ends in one commit: first from this page's copy, without reading the token
   * first, the write itself checking that nothing was written since (a save then waits for one
   * round of store answers, not two). Only a write that went through is trusted: if the copy was
   * stale, or the task refused on it, the task runs again on a fresh read.
   */
  function lockedWrite<T>(
    task: (records: Map<string, RawRecord>, expectRev: string | undefined) => Promise<T>,
  ): Promise<T> {
    return withProfilesLock(async () => {
      const copy = known;
      if (copy && typeof copy.rev === 'string') {
        try {
          return await task(copy.records, copy.rev);
        } catch (error) {
          if (!(error instanceof StaleWriteError) && !(error instanceof ProfileWriteError)) throw error;
          if (known === copy) known = undefined;
        }
      }
      return task(await current(), undefined);
    });
  }

  async function create(data: ProfileData, now = new Date()) {
    const stamp = now.toISOString();
    const profile: Profile = { ...data, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp };
    assertValidHere(profile);
    const state = await locked(async (records) => {
      if (stateOf(records).profiles.length >= MAX_PROFILES)
        throw new ProfileWriteError({ key: 'error.storageFull', params: { max: MAX_PROFILES } });
      return commit(records, [{ key: recordKey(profile.id), rev: 1, value: profile }]);
    });
    return { profile, state };
  }

  async function update(profile: Profile, options: UpdateOptions = {}) {
    const base = options.base ?? profile;
    let updated: Profile | undefined;
    const state = await lockedWrite(async (records, expectRev) => {
      const stored = validRecord(records, profile.id);
      if (!stored) throw new ProfileWriteError({ key: 'error.profileGone' });
      const baseRev = revisionOf.get(base);
      const changed =
        stored.profile.updatedAt !== base.updatedAt ||
        (baseRev !== undefined && baseRev !== stored.record.rev);
      if (changed && !options.keepMine) throw new ProfileWriteError({ key: CHANGED_ELSEWHERE });
      updated = { ...profile, updatedAt: laterStamp(options.now ?? new Date(), stored.profile.updatedAt) };
      assertValidHere(updated);
      const rev = (stored.record.rev ?? 0) + 1;
      return commit(records, [{ key: stored.record.key, rev, value: updated }], [], undefined, expectRev);
    });
    if (!updated) throw new ProfileWriteError({ key: 'error.profileGone' });
    return { profile: updated, state };
  }

  async function remove(id: string) {
    let removed: RemovedProfile | undefined;
    const state = await locked(async (records) => {
      const stored = validRecord(records, id);
      if (!stored) throw new ProfileWriteError({ key: 'error.profileGone' });
      removed = { profile: stored.profile, index: [...records.keys()].indexOf(stored.record.key) };
      return commit(records, [], [stored.record.key]);
    });
    if (!removed) throw new ProfileWriteError({ key: 'error.profileGone' });
    return { removed, state };
  }

  function restore(removed: RemovedProfile) {
    return locked(async (records) => {
      // Restoring twice must not create a duplicate, nor overwrite anything stored meanwhile.
      if (records.has(recordKey(removed.profile.id))) return stateOf(records);
      return commit(records, [{ key: recordKey(removed.profile.id), rev: 1, value: removed.profile }]);
    });
  }

  async function removeMany(ids: readonly string[]) {
    const removed: RemovedProfile[] = [];
    const state = await locked(async (records) => {
      const order = [...records.keys()];
      const keys: string[] = [];
      for (const id of ids) {
        const stored = validRecord(records, id);
        if (!stored) continue;
        removed.push({ profile: stored.profile, index: order.indexOf(stored.record.key) });
        keys.push(stored.record.key);
      }
      return keys.length === 0 ? stateOf(records) : commit(records, [], keys);
    });
    return { removed, state };
  }

  function restoreMany(removed: readonly RemovedProfile[]) {
    return locked(async (records) => {
      const puts = removed
        .filter(({ profile }) => !records.has(recordKey(profile.id)))
        .map(({ profile }) => ({ key: recordKey(profile.id), rev: 1, value: profile }));
      return puts.length === 0 ? stateOf(records) : commit(records, puts);
    });
  }

  function discard(entry: NeedsAttention) {
    return locked(async (records) => {
      const stored = entry.key === undefined ? undefined : records.get(entry.key);
      // Only the exact record the user saw is removed; if it changed meanwhile, nothing is.
      if (!stored || !sameJson(stored.raw, entry.raw))
        throw new ProfileWriteError({ key: 'error.recordChanged' });
      return commit(records, [], [stored.key]);
    });
  }

  function undoImport(imported: readonly ImportedProfile[]) {
    return locked(async (records) => {
      const puts: RecordPut[] = [];
      const removals: string[] = [];
      for (const { written, replaced } of imported) {
        const stored = validRecord(records, written.id);
        if (!stored || !sameProfile(stored.profile, written))
          throw new ProfileWriteError({ key: IMPORT_CHANGED_SINCE });
        if (replaced)
          puts.push({ key: stored.record.key, rev: (stored.record.rev ?? 0) + 1, value: replaced });
        else removals.push(stored.record.key);
      }
      return puts.length + removals.length === 0 ? stateOf(records) : commit(records, puts, removals);
    });
  }

  function writeProfiles(change: ProfileChange, onProgress?: (done: number, total: number) => void) {
    return locked(async (records) => {
      const state = stateOf(records);
      const profiles = change(state);
      const puts: RecordPut[] = [];
      let added = 0;
      for (const profile of profiles) {
        // Validated by the importer (whole file, zod) and only given ids and timestamps since.
        cache.remember(profile);
        const key = recordKey(profile.id);
        const existing = records.get(key);
        if (!existing) added += 1;
        puts.push({ key, rev: (existing?.rev ?? 0) + 1, value: profile });
      }
      if (state.profiles.length + added > MAX_PROFILES)
        throw new ProfileWriteError({ key: 'error.storageFull', params: { max: MAX_PROFILES } });
      onProgress?.(0, puts.length);
      const written = await commit(records, puts, [], onProgress);
      onProgress?.(puts.length, puts.length);
      return written;
    });
  }

  function watch(onChange: (state: StoredProfiles) => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return store.watch((rev) => {
      // This page's own write: its state was handed over already.
      if (rev !== undefined && known && rev === known.rev) return;
      clearTimeout(timer);
      timer = setTimeout(() => void load().then(onChange, () => undefined), 30);
    });
  }

  return {
    loadHead,
    load,
    loadForHead,
    refreshHead,
    headSettled: () => headTask,
    watch,
    create,
    update,
    remove,
    restore,
    removeMany,
    restoreMany,
    discard,
    undoImport,
    writeProfiles,
  };
}
