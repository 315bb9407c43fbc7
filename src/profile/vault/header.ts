/**
 * The stored vault header (`local:vault`): how to derive the passphrase key and the data key it
 * wraps. Holds nothing personal and no key in clear. Parsed strictly: a header that does not
 * parse is reported, never guessed at (the records stay as they are).
 */
import { z } from 'zod';
import { MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './crypto';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
export const sealedBoxSchema = z.strictObject({ iv: base64, data: base64 });

export const kdfSchema = z.strictObject({
  name: z.literal('PBKDF2'),
  hash: z.literal('SHA-256'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
  salt: base64,
});

export const VAULT_FORMAT = 'eikamet-assistant-vault';

export const vaultHeaderSchema = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  v: z.literal(1),
  kdf: kdfSchema,
  wrappedKey: sealedBoxSchema,
  /**
   * `encrypting` while turning encryption on: records may still be plain and are sealed in
   * batches; the next unlock finishes the job. `on` once every record is sealed. `decrypting`
   * while turning it off (`decrypt-all.ts`): records may be of either kind, the next unlock
   * finishes, and the header goes once nothing is sealed.
   */
  state: z.enum(['encrypting', 'on', 'decrypting']),
  /**
   * 2 once every record is sealed bound to its key and revision and listed in the sealed revision
   * index (`codec.ts`); absent for vaults from before, whose next unlock reseals them.
   */
  records: z.literal(2).optional(),
  /**
   * Set while the data key is being replaced after a passphrase change: records sealed with the
   * previous key (wrapped here by the new passphrase) are resealed in batches, and a stopped run
   * resumes at the next unlock.
   */
  previousKey: sealedBoxSchema.optional(),
});
export type VaultHeader = z.infer<typeof vaultHeaderSchema>;

/** The header, null when there is no vault, or 'corrupt' when something unreadable is stored. */
export function parseVaultHeader(value: unknown): VaultHeader | null | 'corrupt' {
  if (value === undefined || value === null) return null;
  const parsed = vaultHeaderSchema.safeParse(value);
  return parsed.success ? parsed.data : 'corrupt';
}
