/**
 * The encrypting `RecordCodec`: each record (and the list head) sealed with AES-256-GCM under the
 * unlocked data key, a fresh random IV each time.
 *
 * Plain payloads still decode: while encryption is being turned on, records are sealed in batches
 * and the ones not reached yet are plain; reading them keeps nothing from the user and the next
 * pass seals them (`encrypt-all.ts`). A sealed payload that fails authentication is unreadable
 * (`PayloadUnreadableError`, cause `SealBrokenError`): the store sets it aside, it is not dropped.
 */
import { PayloadUnreadableError, type RecordCodec, type StoredPayload } from '../store/record-codec';
import { openJson, SealBrokenError, sealJson } from './crypto';

export function isSealedPayload(payload: StoredPayload): boolean {
  return !('plain' in payload);
}

export function encryptedCodec(dataKey: CryptoKey): RecordCodec {
  return {
    kind: 'encrypted',
    encode: (profile) => sealJson(dataKey, profile),
    async decode(payload) {
      if ('plain' in payload) return payload.plain;
      try {
        return await openJson(dataKey, payload);
      } catch (error) {
        const reason = error instanceof SealBrokenError ? error.message : String(error);
        throw new PayloadUnreadableError(`The record could not be decrypted (${reason}).`, { cause: error });
      }
    },
  };
}

/** What pages use while the vault is locked: nothing sealed can be read, nothing can be written. */
export const lockedCodec: RecordCodec = {
  kind: 'encrypted',
  encode: async () => {
    throw new PayloadUnreadableError('The vault is locked.');
  },
  decode: async (payload) => {
    if ('plain' in payload) return payload.plain;
    throw new PayloadUnreadableError('The vault is locked.');
  },
};
