/**
 * Encrypted export files: the ordinary export text (`export-file.ts`) sealed with AES-256-GCM
 * under a random file key, wrapped by a passphrase key (PBKDF2-SHA-256, ≥ 600,000 iterations):
 *
 * - with the vault's passphrase: the vault's KDF parameters, and the file key wrapped by the
 *   unlocked vault's passphrase key, so no passphrase needs typing;
 * - with another passphrase: a fresh salt.
 * The file key is always fresh: an export never carries the vault's data key.
 *
 * Opening needs the passphrase; a wrong one or a changed byte is refused and nothing is imported.
 */
import { z } from 'zod';
import {
  derivePassphraseKey,
  generateDataKey,
  IterationsOutOfRangeError,
  iterationsAllowed,
  type KdfParams,
  newKdfParams,
  openJson,
  SealBrokenError,
  sealJson,
  unwrapDataKey,
  WrongPassphraseError,
  wrapDataKey,
} from './crypto';
import { kdfSchema, sealedBoxSchema } from './header';

export const ENCRYPTED_EXPORT_FORMAT = 'eikamet-assistant-encrypted-profiles';

const encryptedExportSchema = z.strictObject({
  format: z.literal(ENCRYPTED_EXPORT_FORMAT),
  v: z.literal(1),
  // Any whole count parses, so that one outside 600,000–10,000,000 is refused with its own message
  // (`IterationsOutOfRangeError`, before any work), not as a malformed file.
  kdf: kdfSchema.extend({ iterations: z.number().int() }),
  wrappedKey: sealedBoxSchema,
  content: sealedBoxSchema,
});
export type EncryptedExport = z.infer<typeof encryptedExportSchema>;

/**
 * Another passphrase, or the vault's: its KDF parameters and its passphrase key (kept in
 * `storage.session` while unlocked). Either way the content gets a fresh file key of its own, never
 * the vault's data key: an export does not open records written later, whatever it is kept with.
 */
export type ExportKey =
  | { readonly passphrase: string }
  | { readonly vault: { readonly kdf: KdfParams }; readonly passphraseKey: CryptoKey };

export async function sealExportText(plainText: string, key: ExportKey): Promise<string> {
  const kdf = 'passphrase' in key ? newKdfParams() : key.vault.kdf;
  const wrapping = 'passphrase' in key ? await derivePassphraseKey(key.passphrase, kdf) : key.passphraseKey;
  const fileKey = await generateDataKey();
  const file: EncryptedExport = {
    format: ENCRYPTED_EXPORT_FORMAT,
    v: 1,
    kdf,
    wrappedKey: await wrapDataKey(fileKey, wrapping),
    content: await sealJson(fileKey, plainText),
  };
  return `${JSON.stringify(file)}\n`;
}

/**
 * The file as an encrypted export, or null when it is not one (then it goes the ordinary way).
 * A file that names the encrypted format but is malformed is 'malformed'.
 */
export function parseEncryptedExport(text: string): EncryptedExport | null | 'malformed' {
  if (!text.includes(ENCRYPTED_EXPORT_FORMAT)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== ENCRYPTED_EXPORT_FORMAT
  )
    return null;
  const parsed = encryptedExportSchema.safeParse(value);
  return parsed.success ? parsed.data : 'malformed';
}

/** The export text inside; `WrongPassphraseError` or `SealBrokenError` when it cannot be opened. */
export async function openExport(file: EncryptedExport, passphrase: string): Promise<string> {
  if (!iterationsAllowed(file.kdf.iterations)) throw new IterationsOutOfRangeError(file.kdf.iterations);
  const fileKey = await unwrapDataKey(file.wrappedKey, await derivePassphraseKey(passphrase, file.kdf));
  const text = await openJson(fileKey, file.content);
  if (typeof text !== 'string') throw new SealBrokenError('not an export');
  return text;
}

export { IterationsOutOfRangeError, SealBrokenError, WrongPassphraseError };
