import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vaultErrorText } from '../../../src/features/vault/popup/errors';
import { vaultText } from '../../../src/features/vault/popup/text';
import { exportFileText } from '../../../src/profile/export-file';
import { parseImportFile } from '../../../src/profile/import-file';
import { derivePassphraseKey, exportRawKey, unwrapDataKey } from '../../../src/profile/vault/crypto';
import {
  IterationsOutOfRangeError,
  openExport,
  parseEncryptedExport,
  SealBrokenError,
  sealExportText,
  WrongPassphraseError,
} from '../../../src/profile/vault/encrypted-file';
import { createVaultSession } from '../../../src/profile/vault/session';
import { sampleProfile } from '../profile/helpers';

const PROFILES = [sampleProfile({ givenName: 'Omar', passportNumber: 'N12345678' })];
const PLAIN = exportFileText(PROFILES, new Date('2026-05-04T10:00:00Z'));

beforeEach(() => fakeBrowser.reset());

describe('encrypted export files', { timeout: 30_000 }, () => {
  it('round-trips with another passphrase; the file shows nothing personal; a wrong passphrase is refused', async () => {
    const text = await sealExportText(PLAIN, { passphrase: 'file passphrase 123' });
    expect(text).not.toContain('N12345678');
    expect(text).not.toContain('Omar');
    const file = parseEncryptedExport(text);
    if (file === null || file === 'malformed') throw new Error('not parsed');
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    await expect(openExport(file, 'file passphrase 12')).rejects.toBeInstanceOf(WrongPassphraseError);
    const opened = await openExport(file, 'file passphrase 123');
    expect(opened).toBe(PLAIN);
    const parsed = parseImportFile(opened, opened.length);
    expect(parsed.ok && parsed.profiles.map((profile) => profile.passportNumber)).toEqual(['N12345678']);
  });

  it('exports with the vault passphrase without retyping it, under a key of its own', async () => {
    const session = createVaultSession();
    const dataKey = await session.create('the vault passphrase');
    const header = await session.header();
    const keys = await session.unlockedKeys();
    if (!header || !keys?.passphraseKey) throw new Error('no header');
    const file = parseEncryptedExport(
      await sealExportText(PLAIN, { vault: header, passphraseKey: keys.passphraseKey }),
    );
    if (file === null || file === 'malformed') throw new Error('not parsed');
    expect(await openExport(file, 'the vault passphrase')).toBe(PLAIN);
    // The file carries its own key, not the vault's: opening it yields nothing that opens records.
    expect(file.wrappedKey).not.toEqual(header.wrappedKey);
    const fileKey = await unwrapDataKey(
      file.wrappedKey,
      await derivePassphraseKey('the vault passphrase', file.kdf),
    );
    expect(await exportRawKey(fileKey)).not.toBe(await exportRawKey(dataKey));
  });

  it('refuses a file asking for fewer than 600,000 or more than 10,000,000 iterations, before any work', async () => {
    const text = await sealExportText(PLAIN, { passphrase: 'file passphrase 123' });
    for (const iterations of [100_000_000, 10_000_001, 599_999, 1]) {
      const file = parseEncryptedExport(text.replace(/"iterations":\d+/, `"iterations":${iterations}`));
      if (file === null || file === 'malformed') throw new Error('not parsed');
      const refused = await openExport(file, 'file passphrase 123').catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(IterationsOutOfRangeError);
      expect(vaultErrorText(vaultText('en'), refused)).toContain(
        `asks for ${iterations.toLocaleString('en').replaceAll(',', ' ')} PBKDF2 iterations`,
      );
    }
    const atMost = parseEncryptedExport(text);
    if (atMost === null || atMost === 'malformed') throw new Error('not parsed');
    expect(await openExport(atMost, 'file passphrase 123')).toBe(PLAIN);
  });

  it('refuses a changed byte in the content, and tells plain and malformed files apart', async () => {
    const text = await sealExportText(PLAIN, { passphrase: 'file passphrase 123' });
    const file = parseEncryptedExport(text);
    if (file === null || file === 'malformed') throw new Error('not parsed');
    const data = file.content.data;
    const changed = {
      ...file,
      content: { ...file.content, data: `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}` },
    };
    await expect(openExport(changed, 'file passphrase 123')).rejects.toBeInstanceOf(SealBrokenError);
    expect(parseEncryptedExport(PLAIN)).toBeNull();
    expect(parseEncryptedExport(JSON.stringify({ ...file, v: 2 }))).toBe('malformed');
  });
});
