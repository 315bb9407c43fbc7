/**
 * The encrypting `RecordCodec`: each record (and the list head, and the revision index) sealed with
 * AES-256-GCM under the unlocked data key, a fresh random IV each time, and bound to its place:
 * the additional data names the format, the store key (so the profile id) and the revision. A
 * sealed record copied under another profile's key, or put back with another revision, fails to
 * open and is set aside.
 *
 * What else is read depends on how far the vault is:
 * - while encryption is being turned on (`encrypting`), plain payloads still decode: records are
 *   sealed in batches and the ones not reached yet are plain; the next pass seals them;
 * - once it is on (`strict`), a plain payload is refused (`reason: 'clear'`): nothing the extension
 *   wrote since looks like that, so it was put there from outside;
 * - records sealed before binding existed (format 1) open until the vault has resealed them;
 * - while the data key is being replaced (a passphrase change), records still sealed with the
 *   previous key open with it.
 * A sealed payload that fails authentication is unreadable (`PayloadUnreadableError`): the store
 * sets it aside, it is not dropped.
 */
import {
  PayloadUnreadableError,
  type RecordCodec,
  type RecordContext,
  type StoredPayload,
} from '../store/record-codec';
import { openJson, SealBrokenError, type SealedBox, sealJson } from './crypto';

export const SEALED_FORMAT = 2;

/** The additional data of a sealed value: the format, its key and revision. */
export function recordAdditionalData(context: RecordContext): string {
  return `eikamet-assistant:record:v${SEALED_FORMAT}\n${context.key}\n${context.rev}`;
}

export function isSealedPayload(payload: StoredPayload): boolean {
  return !('plain' in payload);
}

/** Whether a payload is sealed in today's bound format. */
export function isBoundPayload(payload: StoredPayload): boolean {
  return !('plain' in payload) && payload.v === SEALED_FORMAT;
}

export interface EncryptedCodecOptions {
  /** Encryption is fully on: plain payloads are refused. */
  readonly strict?: boolean;
  /** Records sealed before binding existed may still be opened (until resealed). */
  readonly acceptUnbound?: boolean;
  /** The data key before a passphrase change, while records are being resealed with the new one. */
  readonly previousKey?: CryptoKey;
}

export function encryptedCodec(dataKey: CryptoKey, options: EncryptedCodecOptions = {}): RecordCodec {
  const { strict = false, acceptUnbound = !strict, previousKey } = options;
  async function open(box: SealedBox, context?: string): Promise<unknown> {
    try {
      return await openJson(dataKey, box, context);
    } catch (error) {
      if (!previousKey) throw error;
      return openJson(previousKey, box, context);
    }
  }
  return {
    kind: 'encrypted',
    strict,
    encode: async (value, context) => ({
      v: SEALED_FORMAT,
      ...(await sealJson(dataKey, value, recordAdditionalData(context))),
    }),
    async decode(payload, context) {
      if ('plain' in payload) {
        if (strict)
          throw new PayloadUnreadableError('A record in clear while encryption is on.', { reason: 'clear' });
        return payload.plain;
      }
      const bound = payload.v === SEALED_FORMAT;
      if (!bound && !acceptUnbound)
        throw new PayloadUnreadableError('A record sealed in the old, unbound format.', {
          reason: 'replayed',
        });
      try {
        return await open(payload, bound ? recordAdditionalData(context) : undefined);
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
