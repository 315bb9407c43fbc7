import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { formatTrDate } from '../../../domain/dates';
import type {
  DuplicateChoice,
  ImportedProfile,
  ImportOutcome,
  ImportPlan,
} from '../../../profile/import-plan';
import { runImport } from '../../../profile/import-run';
import type { ListHead } from '../../../profile/list-head';
import type { MessageRef } from '../../../profile/messages';
import type { NeedsAttention, StoredProfiles } from '../../../profile/records';
import {
  createProfileRepository,
  type ProfileRepository,
  ProfileWriteError,
  type RemovedProfile,
} from '../../../profile/repository';
import type { Profile, ProfileData } from '../../../profile/schema';
import { displayName } from '../../../profile/search';
import { loadActiveProfileId, saveActiveProfileId } from '../../../profile/storage';

/** A performance measure per saved profile (the repository's write), for `npm run bench`. */
export const PROFILE_SAVE_MEASURE = 'profile:save';
/** The same for a confirmed import's write (one `storage.local.set`). */
export const PROFILE_IMPORT_MEASURE = 'profile:import-write';

/** The last import, while it can be undone (until the next change). */
export interface LastImport {
  readonly fileName: string;
  readonly outcome: ImportOutcome;
  /** What the file needed, said again with the result (a CSV's dates converted…). */
  readonly summary: readonly MessageRef[];
  readonly imported: readonly ImportedProfile[];
}

export interface ProfilesController {
  /** Undefined while the first read is running. */
  readonly stored: StoredProfiles | undefined;
  /**
   * The stored first screen of the list, read before the full list so rows show at once; null
   * when there is none usable. Superseded by `stored` as soon as that is read.
   */
  readonly head: ListHead | null | undefined;
  readonly activeId: string | null;
  /** The last deleted profile, until the next action: "Undo" puts it back. */
  readonly lastRemoved: RemovedProfile | undefined;
  /** The profiles of the last bulk delete, until the next change: "Undo" puts them all back. */
  readonly lastRemovedMany: readonly RemovedProfile[] | undefined;
  /** The last import, until the next change: "Undo import" takes it back as a whole. */
  readonly lastImport: LastImport | undefined;
  /** What just happened, for the live region. */
  readonly status: MessageRef | undefined;
  readonly create: (data: ProfileData) => Promise<{ profile?: Profile; error?: MessageRef }>;
  /**
   * Saves `data` over `profile` as the editor opened it. Refused with "changed in another window"
   * when it was saved elsewhere since, unless `keepMine` is set.
   */
  readonly update: (
    profile: Profile,
    data: ProfileData,
    options?: { keepMine?: boolean },
  ) => Promise<{ profile?: Profile; error?: MessageRef }>;
  /** Reads the stored profiles again (after a refused save: "reload"). */
  readonly reload: () => Promise<StoredProfiles | undefined>;
  readonly remove: (profile: Profile) => Promise<MessageRef | null>;
  /** Deletes several profiles in one write; undone as a whole by `undo`. */
  readonly removeMany: (profiles: readonly Profile[]) => Promise<MessageRef | null>;
  /** Takes back the last delete, bulk delete or import; the message when that was refused. */
  readonly undo: () => Promise<MessageRef | null>;
  readonly setActive: (id: string | null) => Promise<void>;
  readonly discard: (entry: NeedsAttention) => Promise<MessageRef | null>;
  readonly importPlan: (
    plan: ImportPlan,
    choices: ReadonlyMap<number, DuplicateChoice>,
    onProgress?: (done: number, total: number) => void,
    source?: { readonly fileName: string; readonly summary: readonly MessageRef[] },
  ) => Promise<{ outcome?: ImportOutcome; error?: MessageRef }>;
}

function writeErrorMessage(error: unknown): MessageRef {
  return error instanceof ProfileWriteError
    ? error.reason
    : { key: 'error.writeFailed', params: { detail: String(error) } };
}

/**
 * Profiles for a page (popup or options), kept in step with storage: a change made in another
 * window shows up here too. Every write goes through the repository (validated, locked, never
 * touching needs-attention records).
 */
export function useProfiles(repository: ProfileRepository = defaultRepository()): ProfilesController {
  const [stored, setStored] = useState<StoredProfiles>();
  const [head, setHead] = useState<ListHead | null>();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [lastRemoved, setLastRemovedOne] = useState<RemovedProfile>();
  const [lastRemovedMany, setLastRemovedMany] = useState<readonly RemovedProfile[]>();
  const [lastImport, setLastImport] = useState<LastImport>();
  // Any change ends what "Undo" can take back, whether one profile, many or an import.
  const setLastRemoved = useCallback((removed: RemovedProfile | undefined) => {
    setLastRemovedOne(removed);
    setLastRemovedMany(undefined);
    setLastImport(undefined);
  }, []);
  const [status, setStatus] = useState<MessageRef>();

  const reload = useCallback(async () => {
    const state = await repository.load().catch(() => undefined);
    if (state) setStored(state);
    return state;
  }, [repository]);

  useEffect(() => {
    void firstRead(repository, setHead, setStored);
    void loadActiveProfileId().then(setActiveId);
    // Another window's writes; this page's own come back from the repository directly.
    return repository.watch(setStored);
  }, [repository]);

  const run = useCallback(
    async <T>(write: () => Promise<T>): Promise<T | MessageRef> => {
      try {
        return await write();
      } catch (error) {
        void reload();
        return writeErrorMessage(error);
      }
    },
    [reload],
  );

  return useMemo<ProfilesController>(
    () => ({
      stored,
      head,
      activeId,
      lastRemoved,
      lastRemovedMany,
      lastImport,
      status,
      async create(data) {
        const result = await run(() => repository.create(data));
        if ('key' in result) return { error: result };
        setStored(result.state);
        setLastRemoved(undefined);
        setStatus({ key: 'status.saved', params: { name: displayName(result.profile) } });
        return { profile: result.profile };
      },
      reload,
      async update(profile, data, options = {}) {
        const next: Profile = {
          id: profile.id,
          createdAt: profile.createdAt,
          updatedAt: profile.updatedAt,
          ...data,
        };
        const start = performance.now();
        const result = await run(() =>
          repository.update(next, { base: profile, keepMine: options.keepMine === true }),
        );
        if ('key' in result) return { error: result };
        performance.measure(PROFILE_SAVE_MEASURE, { start });
        setStored(result.state);
        setLastRemoved(undefined);
        setStatus({ key: 'status.saved', params: { name: displayName(result.profile) } });
        return { profile: result.profile };
      },
      async remove(profile) {
        const result = await run(() => repository.remove(profile.id));
        if ('key' in result) return result;
        setStored(result.state);
        setLastRemoved(result.removed);
        setStatus({ key: 'status.deleted', params: { name: displayName(profile) } });
        return null;
      },
      async removeMany(profiles) {
        const result = await run(() => repository.removeMany(profiles.map((profile) => profile.id)));
        if ('key' in result) return result;
        setStored(result.state);
        setLastRemoved(undefined);
        setLastRemovedMany(result.removed);
        setStatus({ key: 'status.deletedMany', params: { count: result.removed.length } });
        return null;
      },
      async undo() {
        if (lastImport) {
          const taken = lastImport;
          const result = await run(() => repository.undoImport(taken.imported));
          // Refused or done, this import cannot be undone again.
          setLastRemoved(undefined);
          if ('key' in result) {
            setStatus(result);
            return result;
          }
          setStored(result);
          const restored = taken.imported.filter((entry) => entry.replaced !== undefined).length;
          setStatus({
            key: 'import.undone',
            params: { removed: taken.imported.length - restored, restored },
          });
          return null;
        }
        if (lastRemovedMany) {
          const many = lastRemovedMany;
          const restored = await run(() => repository.restoreMany(many));
          if ('key' in restored) {
            setStatus(restored);
            return restored;
          }
          setStored(restored);
          setStatus({ key: 'status.restoredMany', params: { count: many.length } });
          setLastRemoved(undefined);
          return null;
        }
        if (!lastRemoved) return null;
        const result = await run(() => repository.restore(lastRemoved));
        if ('key' in result) {
          setStatus(result);
          return result;
        }
        setStored(result);
        setStatus({ key: 'status.restored', params: { name: displayName(lastRemoved.profile) } });
        setLastRemoved(undefined);
        return null;
      },
      async setActive(id) {
        await saveActiveProfileId(id);
        setActiveId(id);
        const profile = stored?.profiles.find((entry) => entry.id === id);
        setStatus(
          profile
            ? { key: 'status.active', params: { name: displayName(profile) } }
            : { key: 'status.noActive' },
        );
      },
      async discard(entry) {
        const result = await run(() => repository.discard(entry));
        if ('key' in result) return result;
        setStored(result);
        setLastRemoved(undefined);
        setStatus({ key: 'status.discarded' });
        return null;
      },
      async importPlan(plan, choices, onProgress, source) {
        const start = performance.now();
        const result = await run(() => runImport(repository, plan, choices, new Date(), onProgress));
        if ('key' in result) return { error: result };
        performance.measure(PROFILE_IMPORT_MEASURE, { start });
        setStored(result.state);
        setLastRemoved(undefined);
        setLastImport({
          fileName: source?.fileName ?? '',
          outcome: result.outcome,
          summary: source?.summary ?? [],
          imported: result.imported,
        });
        setStatus({ key: 'status.imported', params: { ...result.outcome } });
        return { outcome: result.outcome };
      },
    }),
    [
      stored,
      head,
      activeId,
      lastRemoved,
      lastRemovedMany,
      lastImport,
      status,
      repository,
      run,
      reload,
      setLastRemoved,
    ],
  );
}

/** Resolves after the browser has painted what is on screen now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The list head first (a few KB), painted, then every record read and validated. Reading the
 * head first matters: `storage.local` answers in order, so a 4 MB read started at the same time
 * would hold the small one back. A missing or stale head is rebuilt for the next opening.
 */
async function firstRead(
  repository: ProfileRepository,
  setHead: (head: ListHead | null) => void,
  setStored: (stored: StoredProfiles) => void,
): Promise<void> {
  const head = await repository.loadHead().catch(() => null);
  setHead(head);
  if (head) await afterPaint();
  const loaded = await repository.loadForHead();
  setStored(loaded.state);
  // A cache only: if it cannot be written, the next opening reads the full list first again.
  // The at-a-glance entries in it are for one day; the day's first opening writes them anew.
  if (!head || head.glance.day !== formatTrDate(new Date()))
    await repository.refreshHead(loaded).catch(() => undefined);
}

let sharedRepository: ProfileRepository | undefined;
function defaultRepository(): ProfileRepository {
  sharedRepository ??= createProfileRepository();
  return sharedRepository;
}
