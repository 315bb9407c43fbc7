import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createVaultSession } from '../../../../src/profile/vault/session';
import { plainPayloads } from '../../../../src/profile/vault/store-resealer';
import { PopupApp } from '../../../../src/ui/pages/PopupApp';
import { sampleProfile, storedEntries } from '../../profile/helpers';

const PASS = 'several words make it long';
const $ = (selector: string) => document.querySelector(selector) as HTMLElement | null;
/** Everything stored on the device: the profile store (IndexedDB) and `storage.local`. */
const everything = async () =>
  JSON.stringify([await storedEntries(), await fakeBrowser.storage.local.get(null)]);
const type = (selector: string, value: string) =>
  fireEvent.input($(selector) as HTMLElement, { target: { value } });

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({
    profiles: [sampleProfile({ givenName: 'Omar', surname: 'Haddad' })],
    profiles$: { v: 2 },
    'ui:language': 'en',
  });
});
afterEach(() => cleanup());

describe('the popup behind the vault', { timeout: 30_000 }, () => {
  it('offers encryption on first run; "Not now" hides the offer for good', async () => {
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-offer]')).not.toBeNull());
    await waitFor(() => expect($('[data-profile-list]')).not.toBeNull());
    fireEvent.click($('[data-vault-dismiss]') as HTMLElement);
    expect($('[data-vault-offer]')).toBeNull();
    expect((await fakeBrowser.storage.local.get('vault:offerDismissed'))['vault:offerDismissed']).toBe(true);
  });

  it('refuses a short or unconfirmed passphrase with a message, and creates nothing', async () => {
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-start]')).not.toBeNull());
    fireEvent.click($('[data-vault-start]') as HTMLElement);
    type('[data-vault-passphrase]', 'short');
    expect($('[data-strength]')?.textContent).toContain('Weak');
    fireEvent.submit($('[data-vault-setup]') as HTMLElement);
    expect($('[data-vault-error]')?.textContent).toBe('The passphrase needs at least 10 characters.');
    type('[data-vault-passphrase]', PASS);
    type('[data-vault-confirm]', `${PASS}!`);
    fireEvent.submit($('[data-vault-setup]') as HTMLElement);
    expect($('[data-vault-error]')?.textContent).toBe('The two passphrases are different.');
    expect(await fakeBrowser.storage.local.get('vault')).toEqual({});
  });

  it('while locked shows only the unlock form; a wrong passphrase says so; the right one shows the profiles', async () => {
    const session = createVaultSession();
    await session.create(PASS);
    await session.lock();
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-locked]')).not.toBeNull());
    expect($('[data-profile-list]')).toBeNull();
    expect(document.body.textContent).not.toContain('Haddad');

    type('[data-vault-unlock-passphrase]', 'not the passphrase');
    fireEvent.submit($('[data-vault-unlock]') as HTMLElement);
    await waitFor(
      () => expect($('[data-vault-error]')?.textContent).toBe('Wrong passphrase. Nothing was changed.'),
      { timeout: 10_000 },
    );
    expect($('[data-profile-list]')).toBeNull();

    type('[data-vault-unlock-passphrase]', PASS);
    fireEvent.submit($('[data-vault-unlock]') as HTMLElement);
    await waitFor(() => expect($('[data-profile-list]')).not.toBeNull(), { timeout: 10_000 });
    // The vault was created and locked before any record was sealed: the unlock finishes that
    // encryption first, and only then do the settings say "encrypted".
    await waitFor(() => expect($('[data-vault-settings]')).not.toBeNull(), { timeout: 10_000 });
    expect(await plainPayloads()).toBe(0);

    fireEvent.click($('[data-vault-lock]') as HTMLElement);
    await waitFor(() => expect($('[data-vault-locked]')).not.toBeNull(), { timeout: 10_000 });
    expect($('[data-profile-list]')).toBeNull();
  });

  it('a vault left half encrypted (popup closed early) says "Encrypting…", finishes, then says encrypted', async () => {
    // As after a popup closed between the header and the last sealed record: unlocked, nothing sealed.
    await createVaultSession().create(PASS);
    expect(await everything()).toContain('Haddad');
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-encrypting]')?.textContent).toBe('Encrypting…'));
    expect($('[data-vault-settings]')).toBeNull();
    await waitFor(() => expect($('[data-vault-settings]')).not.toBeNull(), { timeout: 10_000 });
    expect($('[data-vault-encrypting]')).toBeNull();
    expect(await plainPayloads()).toBe(0);
    const stored = await everything();
    expect(stored).not.toContain('Haddad');
    expect(stored).toContain('"state":"on"');
  });

  it('on a first run offers encryption before any profile can be stored; "Not now" opens the profiles', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'ui:language': 'en' });
    document.documentElement.lang = ''; // as a page no earlier test rendered into
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-offer]')).not.toBeNull());
    expect($('[data-app="vault-first-run"]')).not.toBeNull();
    expect($('[data-action="new"]')).toBeNull();
    // The popup's own header names it once; the offer below does not repeat the title.
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    // The offer speaks the chosen language, and the page says which (set above the gate).
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    // Nothing stored before: nothing to warn about.
    expect($('.vault-disk-note')).toBeNull();
    fireEvent.click($('[data-vault-dismiss]') as HTMLElement);
    await waitFor(() => expect($('[data-action="new"]')).not.toBeNull());
    expect($('[data-vault-off]')).not.toBeNull();
  });

  it('after "Not now", turns encryption on from the settings, says what may remain on disk and how to clean it', async () => {
    await fakeBrowser.storage.local.set({ 'vault:offerDismissed': true });
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-turn-on]')).not.toBeNull());
    expect($('[data-vault-offer]')).toBeNull();
    await waitFor(() =>
      expect($('[data-vault-off] .vault-disk-note')?.textContent).toContain('until the extension is removed'),
    );
    type('[data-vault-passphrase]', PASS);
    type('[data-vault-confirm]', PASS);
    fireEvent.submit($('[data-vault-setup]') as HTMLElement);
    await waitFor(() => expect($('[data-vault-lock]')).not.toBeNull(), { timeout: 10_000 });
    // Said once the encryption this page started has finished.
    await waitFor(() => expect($('[data-vault-earlier-copies]')).not.toBeNull());
    expect(($('[data-vault-clean]') as HTMLDetailsElement).open).toBe(true);
    expect($('[data-vault-clean] ol')?.children).toHaveLength(4);
    expect(await plainPayloads()).toBe(0);
    // "Lock now" comes before the profiles in the page.
    await waitFor(() => expect($('[data-profile-list]')).not.toBeNull());
    const lock = $('[data-vault-lock]') as HTMLElement;
    const list = $('[data-profile-list]') as HTMLElement;
    expect(lock.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('turns encryption off with the passphrase; a wrong one changes nothing; every profile is kept', async () => {
    await fakeBrowser.storage.local.set({ 'vault:offerDismissed': true });
    render(<PopupApp />);
    await waitFor(() => expect($('[data-vault-turn-on]')).not.toBeNull());
    type('[data-vault-passphrase]', PASS);
    type('[data-vault-confirm]', PASS);
    fireEvent.submit($('[data-vault-setup]') as HTMLElement);
    await waitFor(() => expect($('[data-vault-off-form]')).not.toBeNull(), { timeout: 10_000 });

    type('[data-vault-off-passphrase]', 'not the passphrase');
    fireEvent.submit($('[data-vault-off-form]') as HTMLElement);
    await waitFor(
      () => expect($('[data-vault-error]')?.textContent).toBe('Wrong passphrase. Nothing was changed.'),
      { timeout: 10_000 },
    );
    expect(await everything()).not.toContain('Haddad');

    type('[data-vault-off-passphrase]', PASS);
    fireEvent.submit($('[data-vault-off-form]') as HTMLElement);
    await waitFor(() => expect($('[data-vault-turned-off]')).not.toBeNull(), { timeout: 10_000 });
    expect($('[data-vault-turned-off]')?.textContent).toBe('Encryption is off. Every profile was kept.');
    expect((await fakeBrowser.storage.local.get('vault')).vault).toBeUndefined();
    expect(await everything()).toContain('Haddad');
    await waitFor(() => expect(document.body.textContent).toContain('Haddad'));
  });
});
