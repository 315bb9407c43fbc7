import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import { parseImportFile } from '../../../src/profile/import-file';
import {
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

  it('exports with the vault passphrase without retyping it, and opens with that passphrase', async () => {
    const session = createVaultSession();
    const dataKey = await session.create('the vault passphrase');
    const header = await session.header();
    if (!header) throw new Error('no header');
    const file = parseEncryptedExport(await sealExportText(PLAIN, { vault: header, dataKey }));
    if (file === null || file === 'malformed') throw new Error('not parsed');
    expect(await openExport(file, 'the vault passphrase')).toBe(PLAIN);
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
