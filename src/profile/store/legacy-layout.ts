import type { browser } from 'wxt/browser';
import { withLayoutLock } from '../lock';
import { profileSchema } from '../schema';
import { PROFILE_ID_PATTERN } from '../text-rules';
import { migrateProfileRecordV1 } from '../v1';
import {
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
 * Layouts 1 and 2 kept every profile in one array under `profiles` (meta `profiles$`, `{ v: 2 }`
 * from version 2 on; version 1 stored no meta). They are moved to one key per record in one
 * `storage.local.set` call, together with a marker in place of the array, so a half-done move
 * cannot happen and a second page never moves the same records again.
 */
export const LEGACY_KEY = 'profiles';
export const LEGACY_META_KEY = 'profiles$';
const MOVED = { movedTo: LAYOUT_VERSION } as const;

function isMovedMarker(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { movedTo?: unknown }).movedTo === LAYOUT_VERSION
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

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** The keys to read along with a reader's own, to know whether a legacy array waits. */
export const LEGACY_KEYS = [LEGACY_KEY, LEGACY_META_KEY] as const;

/** Whether `stored` (a `get` that included `LEGACY_KEYS`) holds an array still to move. */
export function legacyWaiting(stored: Record<string, unknown>): boolean {
  const value = stored[LEGACY_KEY];
  return value !== undefined && !isMovedMarker(value);
}

async function legacyValue(area: Area): Promise<{ value: unknown; meta: unknown } | undefined> {
  const stored = await area.get([...LEGACY_KEYS]);
  if (!legacyWaiting(stored)) return undefined;
  return { value: stored[LEGACY_KEY], meta: stored[LEGACY_META_KEY] };
}

/**
 * Moves a legacy array when one is stored. Readers pass what they read together with
 * `LEGACY_KEYS`, so the check costs no extra read when there is nothing to move.
 */
export async function migrateLegacyLayout(
  area: Area,
  codec: () => RecordCodec,
  alreadyRead?: Record<string, unknown>,
): Promise<void> {
  if (alreadyRead ? !legacyWaiting(alreadyRead) : !(await legacyValue(area))) return;
  await withLayoutLock(async () => {
    const legacy = await legacyValue(area);
    if (!legacy) return;
    const existing = new Set(Object.keys(await area.get(null)));
    const items: Record<string, unknown> = {};
    for (const put of planLegacyMove(legacy.value, legacy.meta, existing)) {
      const record: StoredRecord = { rev: put.rev, body: await codec().encode(put.value) };
      items[put.key] = record;
    }
    await area.set({
      ...items,
      [LEGACY_KEY]: MOVED,
      [LEGACY_META_KEY]: { v: LAYOUT_VERSION },
      [LAYOUT_KEY]: { v: LAYOUT_VERSION },
      [REV_KEY]: newToken(),
    });
    // Tidying only: the marker already says the array was moved.
    await area.remove([LEGACY_KEY, LEGACY_META_KEY]).catch(() => undefined);
  });
}
