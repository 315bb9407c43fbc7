/**
 * Encryption at rest, with Web Crypto only (no dependency, nothing remote):
 *
 * - a passphrase key from PBKDF2-SHA-256 (≥ 600,000 iterations, the OWASP 2023 figure) over a
 *   random 16-byte salt;
 * - a random AES-256-GCM data key, stored only wrapped (AES-GCM-encrypted) by the passphrase key,
 *   so changing the passphrase re-wraps 32 bytes and rewrites no record;
 * - every record sealed with AES-256-GCM under the data key, with a fresh random 12-byte IV and,
 *   as additional data, its store key (which names the profile), its revision and the format
 *   version (`codec.ts`).
 *
 * GCM authenticates: a wrong passphrase fails to unwrap (`WrongPassphraseError`), a changed byte
 * in a record fails to open (`SealBrokenError`); neither ever yields garbage data.
 */
import { base64ToBytes, bytesToBase64 } from './base64';

export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 600_000;
/**
 * The most a stored header or an imported file may ask for: about 15 s per attempt at
 * 100,000,000 made a hostile file a way to stall the page; 10,000,000 is over 16 times today's figure.
 */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** How the passphrase key is derived; stored beside the wrapped key. */
export interface KdfParams {
  readonly name: 'PBKDF2';
  readonly hash: 'SHA-256';
  readonly iterations: number;
  /** base64, 16 random bytes */
  readonly salt: string;
}

/** AES-GCM output: base64 IV (12 bytes) and base64 ciphertext with its 16-byte tag. */
export interface SealedBox {
  readonly iv: string;
  readonly data: string;
}

/** The passphrase does not open this vault (or this export). */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
}

/** The ciphertext was changed or damaged: GCM authentication failed. */
export class SealBrokenError extends Error {
  override readonly name = 'SealBrokenError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Binds each sealed box to its purpose, so a wrapped key cannot be passed off as a record. */
const KEY_CONTEXT = encoder.encode('eikamet-assistant:data-key:v1');

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  if (iterations < MIN_PBKDF2_ITERATIONS)
    throw new RangeError(`PBKDF2 needs ≥ ${MIN_PBKDF2_ITERATIONS} iterations`);
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(randomBytes(SALT_BYTES)) };
}

/**
 * The passphrase key, used only to wrap and unwrap keys. Not extractable, except for the vault's
 * own while unlocked (`extractable`), which is kept beside the data key in `storage.session` so an
 * export can wrap its own file key for the vault's passphrase without asking for it again.
 * Iterations outside 600,000–10,000,000 are refused before any work is done.
 */
export async function derivePassphraseKey(
  passphrase: string,
  kdf: KdfParams,
  { extractable = false } = {},
): Promise<CryptoKey> {
  if (!iterationsAllowed(kdf.iterations)) throw new IterationsOutOfRangeError(kdf.iterations);
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: base64ToBytes(kdf.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

export function iterationsAllowed(iterations: number): boolean {
  return (
    Number.isSafeInteger(iterations) &&
    iterations >= MIN_PBKDF2_ITERATIONS &&
    iterations <= MAX_PBKDF2_ITERATIONS
  );
}

/** A file (or header) asks for a PBKDF2 iteration count outside 600,000–10,000,000. */
export class IterationsOutOfRangeError extends Error {
  override readonly name = 'IterationsOutOfRangeError';
  constructor(readonly iterations: number) {
    super(`PBKDF2 iterations out of range: ${iterations}`);
  }
}

/**
 * A fresh data key. Extractable only so that its raw bytes can be kept in `storage.session`
 * (memory, cleared when the browser closes) while unlocked; it is never written to disk in clear.
 */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function exportRawKey(key: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

export function importRawKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', base64ToBytes(raw), { name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
}

async function sealBytes(
  key: CryptoKey,
  bytes: Uint8Array<ArrayBuffer>,
  context?: Uint8Array<ArrayBuffer>,
): Promise<SealedBox> {
  const iv = randomBytes(IV_BYTES);
  const params: AesGcmParams = context
    ? { name: 'AES-GCM', iv, additionalData: context }
    : { name: 'AES-GCM', iv };
  const data = new Uint8Array(await crypto.subtle.encrypt(params, key, bytes));
  return { iv: bytesToBase64(iv), data: bytesToBase64(data) };
}

/** Throws `SealBrokenError` when the box is malformed or fails authentication. */
async function openBytes(
  key: CryptoKey,
  box: SealedBox,
  context?: Uint8Array<ArrayBuffer>,
): Promise<ArrayBuffer> {
  let iv: Uint8Array<ArrayBuffer>;
  let data: Uint8Array<ArrayBuffer>;
  try {
    iv = base64ToBytes(box.iv);
    data = base64ToBytes(box.data);
  } catch {
    throw new SealBrokenError('not a sealed value');
  }
  if (iv.length !== IV_BYTES) throw new SealBrokenError('not a sealed value');
  const params: AesGcmParams = context
    ? { name: 'AES-GCM', iv, additionalData: context }
    : { name: 'AES-GCM', iv };
  try {
    return await crypto.subtle.decrypt(params, key, data);
  } catch {
    throw new SealBrokenError('authentication failed');
  }
}

export async function wrapDataKey(dataKey: CryptoKey, passphraseKey: CryptoKey): Promise<SealedBox> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', dataKey));
  return sealBytes(passphraseKey, raw, KEY_CONTEXT);
}

/** Throws `WrongPassphraseError` when the passphrase key does not open the wrapped key. */
export async function unwrapDataKey(wrapped: SealedBox, passphraseKey: CryptoKey): Promise<CryptoKey> {
  let raw: ArrayBuffer;
  try {
    raw = await openBytes(passphraseKey, wrapped, KEY_CONTEXT);
  } catch {
    throw new WrongPassphraseError('wrong passphrase');
  }
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/**
 * JSON value → sealed box, with a fresh IV. `context` (AES-GCM additional data) is not stored but
 * must be given again to open the box: it binds the box to where it belongs.
 */
export function sealJson(key: CryptoKey, value: unknown, context?: string): Promise<SealedBox> {
  return sealBytes(
    key,
    encoder.encode(JSON.stringify(value)),
    context === undefined ? undefined : encoder.encode(context),
  );
}

/** Sealed box → JSON value; `SealBrokenError` when it was changed, sealed for another context or is not JSON. */
export async function openJson(key: CryptoKey, box: SealedBox, context?: string): Promise<unknown> {
  const bytes = await openBytes(key, box, context === undefined ? undefined : encoder.encode(context));
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch {
    throw new SealBrokenError('not JSON');
  }
}
