import type { browser } from 'wxt/browser';
import { withLayoutLock } from '../lock';
import { profileSchema } from '../schema';
import { PROFILE_ID_PATTERN } from '../text-rules';
import { migrateProfileRecordV1 } from '../v1';
import type { RecordArea } from './idb-area';
import {
  HEAD_KEY,
  INDEX_KEY,
  isRecordKey,
  LAYOUT_KEY,
  LAYOUT_VERSION,
  newToken,
  REV_KEY,
  type RecordPut,
  recordKey,
  type StoredRecord,
  setAsideKey,
} from './keys';
import type { RecordCodec } from './record-codec';

/**
 * Older layouts, all in `storage.local` (which content scripts can read), moved into the profile
 * store (`idb-area.ts`, which they cannot):
 *
 * - versions 1 and 2: every profile in one array under `profiles` (meta `profiles$`, `{ v: 2 }` from
 *   version 2 on; version 1 stored no meta);
 * - version 3: one `profile:<id>` key per record with `profilesRev`, `profilesHead`,
 *   `profilesLayout` beside them (version 3 also left `profiles: { movedTo: 3 }` for a moment).
 *
 * Everything found is written to the store in one transaction, then removed from `storage.local`.
 * A failed write leaves `storage.local` as it was; a failed removal only means the next move finds
 * the records again: a version-3 record the store already holds at the same or a later revision is
 * not written twice, and a repeated array's profiles are set aside as duplicates, never dropped.
 */
export const LEGACY_KEY = 'profiles';
export const LEGACY_META_KEY = 'profiles$';

function isMovedMarker(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { movedTo?: unknown }).movedTo === 'number'
  );
}

function idOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && PROFILE_ID_PATTERN.test(id) ? id : undefined;
}

/**
 * Where each legacy record goes. A valid profile keeps its id as key (the first one, when ids
 * repeat); every other record, broken or a duplicate, is set aside under its own key exactly as
 * it was (after the v1 → v2 step, which never drops anything), to be shown as "needs attention".
 * A stored value that is not a list at all is set aside whole.
 */
export function planLegacyMove(
  value: unknown,
  meta: unknown,
  takenKeys: ReadonlySet<string>,
  newSetAsideKey: () => string = setAsideKey,
): RecordPut[] {
  if (!Array.isArray(value)) return [{ key: newSetAsideKey(), rev: 1, value }];
  const fromV1 = (meta as { v?: unknown } | undefined)?.v !== 2;
  const records = fromV1 ? value.map(migrateProfileRecordV1) : value;
  const keys: (string | undefined)[] = records.map(() => undefined);
  const taken = new Set(takenKeys);
  // Valid profiles claim their ids first, as the version-2 reader let them.
  records.forEach((record, index) => {
    const id = idOf(record);
    if (id === undefined || taken.has(recordKey(id)) || !profileSchema.safeParse(record).success) return;
    keys[index] = recordKey(id);
    taken.add(recordKey(id));
  });
  return records.map((record, index) => {
    const id = idOf(record);
    let key = keys[index];
    if (key === undefined && id !== undefined && !taken.has(recordKey(id))) {
      key = recordKey(id);
      taken.add(key);
    }
    return { key: key ?? newSetAsideKey(), rev: 1, value: record };
  });
}

export type LocalArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** The `storage.local` keys of the version-3 layout beside its records. */
const LOCAL_V3_KEYS = [REV_KEY, HEAD_KEY, LAYOUT_KEY, INDEX_KEY] as const;
/** What a reader asks `storage.local` for to know whether anything waits to be moved. */
export const LOCAL_LAYOUT_KEYS: readonly string[] = [LEGACY_KEY, LEGACY_META_KEY, ...LOCAL_V3_KEYS];

/** Whether a `storage.local` read of `LOCAL_LAYOUT_KEYS` (or of everything) shows profiles to move. */
export function localProfilesWaiting(stored: Record<string, unknown>): boolean {
  return Object.keys(stored).some(
    (key) => LOCAL_LAYOUT_KEYS.includes(key) || (isRecordKey(key) && stored[key] !== undefined),
  );
}

/** Whether a `storage.onChanged` batch may have put profiles into `storage.local`. */
export function touchesLocalLayout(keys: readonly string[]): boolean {
  return keys.some((key) => LOCAL_LAYOUT_KEYS.includes(key) || isRecordKey(key));
}

function isNewerThan(incoming: unknown, existing: unknown): boolean {
  const rev = (value: unknown) => {
    const stored = (value as { rev?: unknown } | null)?.rev;
    return typeof stored === 'number' ? stored : Number.NEGATIVE_INFINITY;
  };
  return existing === undefined || rev(incoming) > rev(existing);
}

/**
 * Moves whatever older layout `storage.local` holds into the store, under the layout lock (so two
 * pages never move the same records twice). Resolves with whether anything was moved.
 */
export async function moveLocalLayouts(
  local: LocalArea,
  area: RecordArea,
  codec: () => RecordCodec,
): Promise<boolean> {
  return withLayoutLock(async () => {
    const stored = (await local.get(null)) as Record<string, unknown>;
    const moving = Object.keys(stored).filter(
      (key) =>
        key === LEGACY_KEY ||
        key === LEGACY_META_KEY ||
        (LOCAL_V3_KEYS as readonly string[]).includes(key) ||
        isRecordKey(key),
    );
    if (moving.length === 0) return false;
    const existing = await area.get(null);
    const items: Record<string, unknown> = {};
    // Version 3: records as they were, unless the store holds the same record already.
    for (const key of moving) {
      if (!isRecordKey(key) || !isNewerThan(stored[key], existing[key])) continue;
      items[key] = stored[key];
    }
    // Versions 1 and 2: the array, record by record.
    const legacy = stored[LEGACY_KEY];
    if (legacy !== undefined && !isMovedMarker(legacy)) {
      const taken = new Set([...Object.keys(existing), ...Object.keys(items)].filter(isRecordKey));
      for (const put of planLegacyMove(legacy, stored[LEGACY_META_KEY], taken)) {
        const record: StoredRecord = {
          rev: put.rev,
          body: await codec().encode(put.value, { key: put.key, rev: put.rev }),
        };
        items[put.key] = record;
      }
    }
    await area.write({ ...items, [LAYOUT_KEY]: { v: LAYOUT_VERSION }, [REV_KEY]: newToken() });
    // Only what still holds what was moved: an older layout written again meanwhile (a backup
    // restored twice in a row) stays, and is moved the next time, instead of being removed unread.
    const now = (await local.get(moving)) as Record<string, unknown>;
    await local.remove(moving.filter((key) => JSON.stringify(now[key]) === JSON.stringify(stored[key])));
    return true;
  });
}
