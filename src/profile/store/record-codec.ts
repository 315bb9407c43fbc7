/**
 * The one seam every stored profile record and the list head pass through on their way to and
 * from `storage.local`. Today only `plainCodec` exists; an encrypting codec (AES-GCM, a random IV
 * per record) plugs in here without the storage layer changing.
 *
 * `decode` returns the raw value exactly as it was encoded: the caller validates it with zod, so a
 * record that decodes to nonsense is set aside as "needs attention", never trusted.
 */
export interface RecordCodec {
  readonly kind: 'plain' | 'encrypted';
  /** What is written for this value. */
  encode(profile: unknown): Promise<StoredPayload>;
  /** What was written → the raw value (then zod-validated by the caller). Throws when unreadable. */
  decode(payload: StoredPayload): Promise<unknown>;
}

export type StoredPayload = { readonly plain: unknown } | { readonly iv: string; readonly data: string };

/** A stored value shaped like a payload of either kind; anything else is reported, not decoded. */
export function isStoredPayload(value: unknown): value is StoredPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.hasOwn(value, 'plain')) return true;
  const { iv, data } = value as { iv?: unknown; data?: unknown };
  return typeof iv === 'string' && typeof data === 'string';
}

/** Thrown by `decode` when a payload cannot be read with this codec (wrong kind, locked key…). */
export class PayloadUnreadableError extends Error {
  override readonly name = 'PayloadUnreadableError';
}

/** Stores values as they are. Never touches the value: what is encoded is what decodes. */
export const plainCodec: RecordCodec = {
  kind: 'plain',
  encode: async (profile) => ({ plain: profile }),
  decode: async (payload) => {
    if (!('plain' in payload)) throw new PayloadUnreadableError('The record is encrypted.');
    return payload.plain;
  },
};
