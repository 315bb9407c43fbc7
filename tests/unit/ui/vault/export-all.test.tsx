/**
 * "Export all": a plain file without a vault; with the vault on, an encrypted file by default and
 * a plain one only after the person says yes to what it means (popup and options page).
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportAll } from '../../../../src/features/vault/popup/ExportAll';
import { parseImportFile } from '../../../../src/profile/import-file';
import type { Profile } from '../../../../src/profile/schema';
import { openExport, parseEncryptedExport } from '../../../../src/profile/vault/encrypted-file';
import { createVaultSession } from '../../../../src/profile/vault/session';
import { OptionsApp } from '../../../../src/ui/pages/OptionsApp';
import { PopupApp } from '../../../../src/ui/pages/PopupApp';
import { sampleProfile } from '../../profile/helpers';

/** Every file the page writes, as it would reach the downloads folder. */
const written = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../../../../src/ui/download', () => ({
  downloadText: (name: string, text: string) => written.push({ name, text }),
}));

const PASS = 'several words make it long';
const PROFILES: Profile[] = [
  sampleProfile({ id: 'a', givenName: 'Omar', surname: 'Haddad', passportNumber: 'U7654321' }),
  sampleProfile({ id: 'b', givenName: 'Anna', surname: 'Petrova', passportNumber: 'PA1234567' }),
];
const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null;
const click = (selector: string) => fireEvent.click($(selector) as HTMLElement);

beforeEach(() => {
  fakeBrowser.reset();
  written.length = 0;
});
afterEach(() => cleanup());

describe('Export all', { timeout: 30_000 }, () => {
  it('without a vault writes the plain file in one click, asking nothing', async () => {
    const writePlain = vi.fn();
    render(<ExportAll lang="en" label="Export all" profiles={PROFILES} writePlain={writePlain} />);
    await waitFor(() =>
      expect($('[data-action="export-all"]')?.getAttribute('data-export-kind')).toBe('plain'),
    );
    expect($('[data-action="export-all"]')?.textContent).toBe('Export all');
    expect($('[data-action="export-plain"]')).toBeNull();
    click('[data-action="export-all"]');
    expect(writePlain).toHaveBeenCalledWith(PROFILES);
    expect($('[data-plain-export-ask]')).toBeNull();
  });

  it('with the vault on writes an encrypted file by default, and a plain one only after a yes', async () => {
    await createVaultSession().create(PASS);
    const writePlain = vi.fn();
    render(<ExportAll lang="en" label="Export all" profiles={PROFILES} writePlain={writePlain} />);
    await waitFor(() =>
      expect($('[data-action="export-all"]')?.getAttribute('data-export-kind')).toBe('encrypted'),
    );
    expect($('[data-action="export-all"]')?.textContent).toBe('Export all (encrypted)');

    click('[data-action="export-all"]');
    await waitFor(() => expect(written).toHaveLength(1), { timeout: 10_000 });
    const [file] = written;
    expect(file?.name).toMatch(/^eikamet-profiles-\d{4}-\d{2}-\d{2}-2\.encrypted\.json$/);
    for (const secret of ['Haddad', 'Petrova', 'U7654321', 'PA1234567'])
      expect(file?.text.includes(secret), secret).toBe(false);
    // It opens with the vault's passphrase (nothing was typed) to exactly these profiles.
    const sealed = parseEncryptedExport(file?.text ?? '');
    if (sealed === null || sealed === 'malformed') throw new Error('not an encrypted export');
    const inside = await openExport(sealed, PASS);
    const parsed = parseImportFile(inside, inside.length);
    expect(parsed.ok && parsed.profiles).toEqual(PROFILES);
    expect($('[data-export-all-notice]')?.textContent).toBe(
      "2 profile(s) exported, encrypted with the vault's passphrase.",
    );
    expect(writePlain).not.toHaveBeenCalled();

    // A plain file: asked first; "Cancel" writes nothing.
    click('[data-action="export-plain"]');
    expect($('[data-plain-export-ask]')?.textContent).toContain(
      'anyone who gets it can read the personal data of all 2 profile(s)',
    );
    click('[data-action="cancel-plain-export"]');
    expect($('[data-plain-export-ask]')).toBeNull();
    expect(writePlain).not.toHaveBeenCalled();
    click('[data-action="export-plain"]');
    click('[data-action="confirm-plain-export"]');
    expect(writePlain).toHaveBeenCalledTimes(1);
    expect(writePlain).toHaveBeenCalledWith(PROFILES);
    expect($('[data-plain-export-ask]')).toBeNull();
    expect(written).toHaveLength(1);
  });

  it('is the popup\'s and the options page\'s "Export all": encrypted there too once the vault is on', async () => {
    await fakeBrowser.storage.local.set({ profiles: PROFILES, profiles$: { v: 2 }, 'ui:language': 'en' });
    await createVaultSession().create(PASS);
    for (const App of [PopupApp, OptionsApp]) {
      written.length = 0;
      render(<App />);
      await waitFor(
        () => expect($('[data-action="export-all"]')?.getAttribute('data-export-kind')).toBe('encrypted'),
        { timeout: 10_000 },
      );
      await waitFor(() => expect($('[data-action="export-all"]')?.hasAttribute('disabled')).toBe(false));
      click('[data-action="export-all"]');
      await waitFor(() => expect(written).toHaveLength(1), { timeout: 10_000 });
      expect(written[0]?.name).toMatch(/\.encrypted\.json$/);
      click('[data-action="export-plain"]');
      click('[data-action="confirm-plain-export"]');
      expect(written).toHaveLength(2);
      expect(written[1]?.name).toMatch(/^eikamet-profiles-.*-2\.json$/);
      expect(written[1]?.text).toContain('Haddad');
      cleanup();
    }
  });
});
