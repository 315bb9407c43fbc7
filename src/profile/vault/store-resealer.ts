/**
 * Reseals the per-record store (`src/profile/store`) with a new codec: every readable record
 * re-encoded in batches, each batch one transaction (all or nothing), then the list head.
 * Records whose stored envelope is unreadable are left exactly as they are (set aside, reported by
 * the store). Plain payloads still decode with the encrypting codec, so a run that stops half
 * way leaves every record readable and a second run finishes it.
 */
import { withProfilesLock } from '../lock';
import { profileArea, type RecordArea } from '../store/idb-area';
import { HEAD_KEY, INDEX_KEY, isRecordKey } from '../store/keys';
import type { RecordCodec } from '../store/record-codec';
import { type ProfileRecordStore, profileRecordStore, setRecordCodec } from '../store/record-store';
import type { RecordResealer } from './encrypt-all';

export const RESEAL_BATCH = 500;
/** Passes over the store until nothing readable is left plain (a write racing the first pass). */
const MAX_PASSES = 3;

/**
 * How many record, head and index payloads are not yet sealed in today's bound format (in clear,
 * or sealed before binding), leaving out the records in `setAside` (unreadable: kept as they are).
 */
export async function plainPayloads(
  area: RecordArea = profileArea(),
  setAside: ReadonlySet<string> = new Set(),
): Promise<number> {
  const all = await area.get(null);
  return Object.entries(all).filter(([key, value]) => {
    if (setAside.has(key)) return false;
    const body =
      key === HEAD_KEY || key === INDEX_KEY
        ? value
        : isRecordKey(key)
          ? (value as { body?: unknown })?.body
          : undefined;
    if (typeof body !== 'object' || body === null) return false;
    return Object.hasOwn(body, 'plain') || (body as { v?: unknown }).v !== 2;
  }).length;
}

export function storeResealer(
  store: () => ProfileRecordStore = profileRecordStore,
  area: () => RecordArea = profileArea,
): RecordResealer {
  return {
    resealAll(codec: RecordCodec, onProgress?: (done: number, total: number) => void) {
      return withProfilesLock(async () => {
        for (let pass = 0; pass < MAX_PASSES; pass += 1) {
          setRecordCodec(codec);
          const all = (await store().readAll()).records;
          const records = all.filter((record) => !record.unreadable);
          const setAside = new Set(all.filter((record) => record.unreadable).map((record) => record.key));
          for (let start = 0; start < records.length; start += RESEAL_BATCH) {
            const batch = records.slice(start, start + RESEAL_BATCH);
            await store().write(
              batch.map((record) => ({ key: record.key, rev: record.rev ?? 0, value: record.raw })),
            );
            onProgress?.(Math.min(start + RESEAL_BATCH, records.length), records.length);
          }
          const { head } = await store().readHead();
          if (head !== null) await store().writeHead(head);
          if ((await plainPayloads(area(), setAside)) === 0) return;
        }
        throw new Error('some records are still stored in clear');
      });
    },
  };
}
