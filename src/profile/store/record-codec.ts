/**
 * The one seam every stored profile record, the list head and the revision index pass through on
 * their way to and from the profile store: `plainCodec` without a vault, the encrypting codec
 * (`vault/codec.ts`) with one.
 *
 * Every value is encoded for a place: its store key and its revision (`RecordContext`). The
 * encrypting codec binds both, with its format version, into each seal as AES-GCM additional
 * data, so a sealed value moved to another key or given another revision fails to open.
 *
 * `decode` returns the raw value exactly as it was encoded: the caller validates it with zod, so a
 * record that decodes to nonsense is set aside as "needs attention", never trusted.
 */
export interface RecordCodec {
  readonly kind: 'plain' | 'encrypted';
  /**
   * Encryption is fully on: every record must be sealed in today's bound format and carry the
   * revision the sealed revision index lists for it (`record-store.ts`); anything else is set aside.
   */
  readonly strict?: boolean;
  /** What is written for this value at this place. */
  encode(value: unknown, context: RecordContext): Promise<StoredPayload>;
  /** What was written → the raw value (then zod-validated by the caller). Throws when unreadable. */
  decode(payload: StoredPayload, context: RecordContext): Promise<unknown>;
}

/** Where a value is stored: the store key (`profile:<id>` names the profile) and its revision. */
export interface RecordContext {
  readonly key: string;
  readonly rev: number;
}

/**
 * `{ plain }` in clear; `{ iv, data }` sealed without additional data (format 1, before issue 16);
 * `{ v: 2, iv, data }` sealed and bound to its key, revision and format.
 */
export type StoredPayload =
  | { readonly plain: unknown }
  | { readonly iv: string; readonly data: string; readonly v?: 2 };

/** A stored value shaped like a payload of either kind; anything else is reported, not decoded. */
export function isStoredPayload(value: unknown): value is StoredPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.hasOwn(value, 'plain')) return true;
  const { iv, data, v } = value as { iv?: unknown; data?: unknown; v?: unknown };
  return typeof iv === 'string' && typeof data === 'string' && (v === undefined || v === 2);
}

/** Why a payload could not be read; the store reports each differently. */
export type UnreadableReason = 'payload' | 'clear' | 'replayed';

/** Thrown by `decode` when a payload cannot be read with this codec (wrong kind, locked key…). */
export class PayloadUnreadableError extends Error {
  override readonly name = 'PayloadUnreadableError';
  constructor(message: string, options?: ErrorOptions & { readonly reason?: UnreadableReason }) {
    super(message, options);
    this.reason = options?.reason ?? 'payload';
  }
  readonly reason: UnreadableReason;
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
