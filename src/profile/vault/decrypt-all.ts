/**
 * Turning encryption off: every sealed record and the list head written back in
 * clear, in the same order of safety as turning it on (`encrypt-all.ts`):
 *
 * 1. the passphrase is checked first (a wrong one changes nothing), then the header is marked
 *    `decrypting`: records may now be either kind, and the data key still opens the sealed ones;
 * 2. the records are rewritten in batches, each batch one atomic write, under the profiles lock;
 *    a run that stops half way leaves every record readable with the passphrase, and the next
 *    unlock finishes it (`resumeDecryption`);
 * 3. only when a pass finds nothing sealed left that the key opens is the header removed and the
 *    key dropped from the session. A sealed record the key cannot open (tampered) is left exactly
 *    as stored, set aside and reported by the store, never dropped.
 *
 * Kept apart from the store and the session on purpose: it calls their existing functions.
 */
import { storage } from 'wxt/utils/storage';
import { withProfilesLock } from '../lock';
import { plainCodec, type RecordCodec } from '../store/record-codec';
import { createRecordStore } from '../store/record-store';
import { encryptedCodec } from './codec';
import { type UnlockedKeys, VAULT_HEADER_KEY, VaultLockedError, type VaultSession } from './session';
import { RESEAL_BATCH } from './store-resealer';

/** Passes over the store until nothing the key opens is left sealed (a write racing a pass). */
const MAX_PASSES = 3;

export type DecryptProgress = (done: number, total: number) => void;

/**
 * Reads a payload of either kind with `dataKey` and writes plain; notes whether it opened a
 * sealed one, so a pass knows whether another is needed.
 */
function decryptingCodec(keys: UnlockedKeys, opened: { sealed: number }): RecordCodec {
  // Records sealed before binding, or still under the key a passphrase change is replacing, open too.
  const sealed = encryptedCodec(keys.dataKey, {
    acceptUnbound: true,
    ...(keys.previousKey ? { previousKey: keys.previousKey } : {}),
  });
  return {
    kind: 'plain',
    encode: plainCodec.encode,
    async decode(payload, context) {
      if ('plain' in payload) return payload.plain;
      // Bound records open only with their own key and revision as additional data.
      const value = await sealed.decode(payload, context);
      opened.sealed += 1;
      return value;
    },
  };
}

async function decryptStore(keys: UnlockedKeys, onProgress?: DecryptProgress): Promise<void> {
  const opened = { sealed: 0 };
  const store = createRecordStore(() => decryptingCodec(keys, opened));
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    opened.sealed = 0;
    const records = (await store.readAll()).records.filter((record) => !record.unreadable);
    if (opened.sealed === 0 && pass > 0) return;
    for (let start = 0; start < records.length; start += RESEAL_BATCH) {
      const batch = records.slice(start, start + RESEAL_BATCH);
      await store.write(
        batch.map((record) => ({ key: record.key, rev: record.rev ?? 0, value: record.raw })),
      );
      onProgress?.(Math.min(start + RESEAL_BATCH, records.length), records.length);
    }
    const { head } = await store.readHead();
    if (head !== null) await store.writeHead(head);
  }
  opened.sealed = 0;
  await store.readAll();
  if (opened.sealed > 0) throw new Error('some records are still encrypted');
}

/** Decrypts everything, then removes the vault; all under the profiles lock, so no save races it. */
async function finish(session: VaultSession, onProgress?: DecryptProgress): Promise<void> {
  const keys = await session.unlockedKeys();
  if (!keys) throw new VaultLockedError();
  return withProfilesLock(async () => {
    await decryptStore(keys, onProgress);
    await storage.removeItem(VAULT_HEADER_KEY);
  }).then(() => session.lock());
}

/** Throws `WrongPassphraseError` (nothing changes) when the passphrase does not open the vault. */
export async function turnOffEncryption(
  session: VaultSession,
  passphrase: string,
  onProgress?: DecryptProgress,
): Promise<void> {
  await session.unlock(passphrase);
  const header = await session.header();
  if (!header) return;
  await storage.setItem(VAULT_HEADER_KEY, { ...header, state: 'decrypting' });
  await finish(session, onProgress);
}

/** After an unlock, when a page finds the vault still `decrypting` (a popup closed half way). */
export async function resumeDecryption(session: VaultSession, onProgress?: DecryptProgress): Promise<void> {
  if ((await session.header())?.state !== 'decrypting') return;
  await finish(session, onProgress);
}
