/**
 * Reseals the per-record store (`src/profile/store`) with a new codec: every readable record
 * re-encoded in batches, each batch one `storage.local.set` (all or nothing), then the list head.
 * Records whose stored envelope is unreadable are left exactly as they are (set aside, reported by
 * the store). Plain payloads still decode with the encrypting codec, so a run that stops half
 * way leaves every record readable and a second run finishes it.
 */
import { withProfilesLock } from '../lock';
import type { RecordCodec } from '../store/record-codec';
import { type ProfileRecordStore, profileRecordStore, setRecordCodec } from '../store/record-store';
import type { RecordResealer } from './encrypt-all';

export const RESEAL_BATCH = 500;

export function storeResealer(store: () => ProfileRecordStore = profileRecordStore): RecordResealer {
  return {
    resealAll(codec: RecordCodec, onProgress?: (done: number, total: number) => void) {
      return withProfilesLock(async () => {
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
      });
    },
  };
}
