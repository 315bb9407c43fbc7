/**
 * Reseals the per-record store (`src/profile/store`) with a new codec: every readable record
 * re-encoded in batches, each batch one `storage.local.set` (all or nothing), then the list head.
 * Records whose stored envelope is unreadable are left exactly as they are (set aside, reported by
 * the store). Plain payloads still decode with the encrypting codec, so a run that stops half
 * way leaves every record readable and a second run finishes it.
 */
import { browser } from 'wxt/browser';
import { withProfilesLock } from '../lock';
import { HEAD_KEY, isRecordKey } from '../store/keys';
import type { RecordCodec } from '../store/record-codec';
import { type ProfileRecordStore, profileRecordStore, setRecordCodec } from '../store/record-store';
import type { RecordResealer } from './encrypt-all';

export const RESEAL_BATCH = 500;
/** Passes over the store until nothing readable is left plain (a write racing the first pass). */
const MAX_PASSES = 3;

/** How many record and head payloads are still stored in clear. */
export async function plainPayloads(): Promise<number> {
  const all = (await browser.storage.local.get(null)) as Record<string, unknown>;
  return Object.entries(all).filter(([key, value]) => {
    const body =
      key === HEAD_KEY ? value : isRecordKey(key) ? (value as { body?: unknown })?.body : undefined;
    return typeof body === 'object' && body !== null && Object.hasOwn(body, 'plain');
  }).length;
}

export function storeResealer(store: () => ProfileRecordStore = profileRecordStore): RecordResealer {
  return {
    resealAll(codec: RecordCodec, onProgress?: (done: number, total: number) => void) {
      return withProfilesLock(async () => {
        for (let pass = 0; pass < MAX_PASSES; pass += 1) {
          setRecordCodec(codec);
          const records = (await store().readAll()).records.filter((record) => !record.unreadable);
          for (let start = 0; start < records.length; start += RESEAL_BATCH) {
            const batch = records.slice(start, start + RESEAL_BATCH);
            await store().write(
              batch.map((record) => ({ key: record.key, rev: record.rev ?? 0, value: record.raw })),
            );
            onProgress?.(Math.min(start + RESEAL_BATCH, records.length), records.length);
          }
          const { head } = await store().readHead();
          if (head !== null) await store().writeHead(head);
          if ((await plainPayloads()) === 0) return;
        }
        throw new Error('some records are still stored in clear');
      });
    },
  };
}
