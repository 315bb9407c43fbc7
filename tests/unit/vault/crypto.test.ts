import { describe, expect, it } from 'vitest';
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
} from '../../../src/profile/vault/crypto';
import { parseVaultHeader } from '../../../src/profile/vault/header';

const RECORD = { id: 'p-1', givenName: 'Omar', passportNumber: 'U12345678', notes: 'ş ğ ı — عربي' };

function flipFirstByte(base64: string): string {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('vault crypto', { timeout: 30_000 }, () => {
  it('seals a record so that its text is not in the stored value, and opens it back unchanged', async () => {
    const key = await generateDataKey();
    const box = await sealJson(key, RECORD);
    expect(JSON.stringify(box)).not.toContain('U12345678');
    expect(JSON.stringify(box)).not.toContain('Omar');
    expect(await openJson(key, box)).toEqual(RECORD);
  });

  it('uses a fresh 12-byte IV for every record, even for the same content', async () => {
    const key = await generateDataKey();
    const boxes = await Promise.all(Array.from({ length: 200 }, () => sealJson(key, RECORD)));
    const ivs = new Set(boxes.map((box) => box.iv));
    expect(ivs.size).toBe(200);
    expect(atob(boxes[0]?.iv ?? '')).toHaveLength(12);
    expect(new Set(boxes.map((box) => box.data)).size).toBe(200);
  });

  it('refuses a tampered ciphertext, IV or a box sealed with another key', async () => {
    const key = await generateDataKey();
    const box = await sealJson(key, RECORD);
    await expect(openJson(key, { ...box, data: flipFirstByte(box.data) })).rejects.toBeInstanceOf(
      SealBrokenError,
    );
    await expect(openJson(key, { ...box, iv: flipFirstByte(box.iv) })).rejects.toBeInstanceOf(
      SealBrokenError,
    );
    await expect(openJson(key, { ...box, data: 'not base64!' })).rejects.toBeInstanceOf(SealBrokenError);
    await expect(openJson(await generateDataKey(), box)).rejects.toBeInstanceOf(SealBrokenError);
  });

  it('wraps the data key so only the right passphrase unwraps it', async () => {
    const kdf = newKdfParams();
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, await derivePassphraseKey('correct horse battery', kdf));
    expect(wrapped.data).not.toBe('');
    const unwrapped = await unwrapDataKey(wrapped, await derivePassphraseKey('correct horse battery', kdf));
    const box = await sealJson(dataKey, RECORD);
    expect(await openJson(unwrapped, box)).toEqual(RECORD);
    await expect(
      unwrapDataKey(wrapped, await derivePassphraseKey('correct horse battery!', kdf)),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('derives with PBKDF2-SHA-256, at least 600,000 iterations and a random 16-byte salt', () => {
    const first = newKdfParams();
    const second = newKdfParams();
    expect(first).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
    expect(first.iterations).toBeGreaterThanOrEqual(600_000);
    expect(atob(first.salt)).toHaveLength(16);
    expect(first.salt).not.toBe(second.salt);
    expect(() => newKdfParams(100_000)).toThrow(RangeError);
  });

  it('refuses a stored header with fewer than 600,000 iterations or unknown fields', () => {
    const header = {
      format: 'eikamet-assistant-vault',
      v: 1,
      kdf: newKdfParams(),
      wrappedKey: { iv: 'AAAAAAAAAAAAAAAA', data: 'AAAA' },
      state: 'on',
    };
    expect(parseVaultHeader(header)).toEqual(header);
    expect(parseVaultHeader(null)).toBeNull();
    expect(parseVaultHeader({ ...header, kdf: { ...header.kdf, iterations: 1000 } })).toBe('corrupt');
    expect(parseVaultHeader({ ...header, extra: 1 })).toBe('corrupt');
  });
});
