/**
 * Turning encryption on: every stored record and the list head re-encoded with the encrypting
 * codec (`store-resealer.ts` does the writing); this module orders the steps so that nothing
 * can be lost:
 *
 * 1. the vault header is written first (state `encrypting`), so the data key is recoverable with
 *    the passphrase before any record is sealed;
 * 2. the store reseals in batches, each batch one atomic write; records not reached yet stay
 *    plain, and plain payloads still decode (`codec.ts`);
 * 3. only when every batch is written is the header marked `on`. A failure half way leaves a
 *    readable mix, and the next unlock resumes (`resumeIfUnfinished`).
 */
import type { RecordCodec } from '../store/record-codec';
import { encryptedCodec } from './codec';
import type { VaultHeader } from './header';
import { VaultLockedError, type VaultSession } from './session';
import { storeResealer } from './store-resealer';

export interface RecordResealer {
  /** Re-encodes every stored record and the list head with `codec`; batched, each batch atomic. */
  resealAll(codec: RecordCodec, onProgress?: (done: number, total: number) => void): Promise<void>;
}

/** The per-record store's resealer; imported statically so the page has one record store and codec. */
async function defaultResealer(): Promise<RecordResealer> {
  return storeResealer();
}

/**
 * The encryption this page is running, if any: a page that sees the vault half encrypted joins it
 * instead of starting a second pass over the same records.
 */
let running: Promise<void> | undefined;

function track(task: Promise<void>): Promise<void> {
  running = task;
  task
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      if (running === task) running = undefined;
    });
  return task;
}

export function turnOnEncryption(
  session: VaultSession,
  passphrase: string,
  resealer?: RecordResealer,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  return track(
    (async () => {
      const dataKey = await session.create(passphrase);
      await (resealer ?? (await defaultResealer())).resealAll(encryptedCodec(dataKey), onProgress);
      await session.markEncrypted();
    })(),
  );
}

/** Whether the stored records still need a pass: encrypting, a new key, or the bound format. */
export function resealDue(header: VaultHeader | null): boolean {
  // While encryption is being turned off, only the decrypting pass may write records.
  return (
    header !== null &&
    header.state !== 'decrypting' &&
    (header.state === 'encrypting' || header.records !== 2 || header.previousKey !== undefined)
  );
}

/**
 * After an unlock, or when a page finds the vault unfinished (a popup closed half way through
 * encrypting, a passphrase change with a new key, a vault whose records predate binding): reseals
 * every record with the current key, or waits for the pass this page already runs.
 */
export async function resumeIfUnfinished(
  session: VaultSession,
  resealer?: RecordResealer,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  if (running) return running;
  const header = await session.header();
  if (!resealDue(header)) return;
  if (running) return running;
  return track(
    (async () => {
      const keys = await session.unlockedKeys();
      if (!keys) throw new VaultLockedError();
      const codec = encryptedCodec(keys.dataKey, {
        ...(keys.previousKey ? { previousKey: keys.previousKey } : {}),
        strict: header?.state === 'on',
        acceptUnbound: true,
      });
      await (resealer ?? (await defaultResealer())).resealAll(codec, onProgress);
      await session.markEncrypted();
    })(),
  );
}
