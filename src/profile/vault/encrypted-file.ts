/**
 * Encrypted export files: the ordinary export text (`export-file.ts`) sealed with AES-256-GCM
 * under a random file key, wrapped by a passphrase key (PBKDF2-SHA-256, ≥ 600,000 iterations):
 *
 * - with the vault's passphrase: the vault's own KDF parameters and wrapped data key are copied
 *   and the content sealed with the unlocked data key, so no passphrase needs typing;
 * - with another passphrase: a fresh salt and a fresh file key.
 *
 * Opening needs the passphrase; a wrong one or a changed byte is refused and nothing is imported.
 */
import { z } from 'zod';
import {
  derivePassphraseKey,
  generateDataKey,
  newKdfParams,
  openJson,
  SealBrokenError,
  sealJson,
  unwrapDataKey,
  WrongPassphraseError,
  wrapDataKey,
} from './crypto';
import { kdfSchema, sealedBoxSchema, type VaultHeader } from './header';

export const ENCRYPTED_EXPORT_FORMAT = 'eikamet-assistant-encrypted-profiles';

const encryptedExportSchema = z.strictObject({
  format: z.literal(ENCRYPTED_EXPORT_FORMAT),
  v: z.literal(1),
  kdf: kdfSchema,
  wrappedKey: sealedBoxSchema,
  content: sealedBoxSchema,
});
export type EncryptedExport = z.infer<typeof encryptedExportSchema>;

/** Another passphrase, or the vault's (its header and unlocked data key). */
export type ExportKey =
  | { readonly passphrase: string }
  | { readonly vault: Pick<VaultHeader, 'kdf' | 'wrappedKey'>; readonly dataKey: CryptoKey };

export async function sealExportText(plainText: string, key: ExportKey): Promise<string> {
  let file: EncryptedExport;
  if ('passphrase' in key) {
    const kdf = newKdfParams();
    const fileKey = await generateDataKey();
    const wrappedKey = await wrapDataKey(fileKey, await derivePassphraseKey(key.passphrase, kdf));
    file = {
      format: ENCRYPTED_EXPORT_FORMAT,
      v: 1,
      kdf,
      wrappedKey,
      content: await sealJson(fileKey, plainText),
    };
  } else {
    const { kdf, wrappedKey } = key.vault;
    file = {
      format: ENCRYPTED_EXPORT_FORMAT,
      v: 1,
      kdf,
      wrappedKey,
      content: await sealJson(key.dataKey, plainText),
    };
  }
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
  const fileKey = await unwrapDataKey(file.wrappedKey, await derivePassphraseKey(passphrase, file.kdf));
  const text = await openJson(fileKey, file.content);
  if (typeof text !== 'string') throw new SealBrokenError('not an export');
  return text;
}

export { SealBrokenError, WrongPassphraseError };
