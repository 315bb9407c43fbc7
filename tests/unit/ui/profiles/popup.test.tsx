import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository } from '../../../../src/profile/repository';
import { createRecordStore } from '../../../../src/profile/store/record-store';
import { PopupApp } from '../../../../src/ui/pages/PopupApp';
import { sampleProfile, storedRecords } from '../../profile/helpers';

const TODAY = new Date(2026, 4, 4);

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => cleanup());

const rows = () => document.querySelectorAll('[data-profile-list] [data-profile-id]');
const byId = (id: string) => document.getElementById(id) as HTMLInputElement;

/** The editor's code loads on first use: wait for its form after the click that opens it. */
const editorShown = () => waitFor(() => expect(document.querySelector('form[data-editor]')).not.toBeNull());

async function renderPopup(stored: unknown[] = [], language = 'en') {
  await fakeBrowser.storage.local.set({ profiles: stored, profiles$: { v: 2 }, 'ui:language': language });
  render(<PopupApp today={TODAY} />);
  await waitFor(() => expect(document.querySelector('[data-profile-list]')).not.toBeNull());
}

describe('PopupApp', { timeout: 15_000 }, () => {
  it('shows the version of this build, in the UI language', async () => {
    const { version } = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    await renderPopup([], 'tr');
    expect(document.querySelector('[data-version]')?.textContent).toBe(`Sürüm ${version}`);
  });

  it('creates a profile and lists it; storage holds it in local only', async () => {
    await renderPopup();
    fireEvent.click(document.querySelector('[data-action="new"]') as HTMLElement);
    await editorShown();
    fireEvent.input(byId('field-surname'), { target: { value: 'Çelik' } });
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(await storedRecords()).toMatchObject([{ surname: 'Çelik' }]);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('searches Turkish-aware and shows only a window of a long list', async () => {
    await renderPopup(
      Array.from({ length: 120 }, (_, i) =>
        sampleProfile({
          id: `p-${i}`,
          surname: i === 7 ? 'Işık' : `Garcia ${String.fromCharCode(65 + (i % 26))}`,
          passportNumber: `PA${1_000_000 + i}`,
          foreignerId: `99${100_000_000 + i}`,
        }),
      ),
    );
    expect(rows()).toHaveLength(50);
    fireEvent.input(document.querySelector('[data-search]') as HTMLElement, { target: { value: 'ISIK' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('deletes with undo', async () => {
    await renderPopup([sampleProfile()]);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(document.querySelector('[data-profile-name]') as HTMLElement);
    await editorShown();
    fireEvent.click(document.querySelector('[data-action="delete"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[data-undo]')).not.toBeNull());
    expect(rows()).toHaveLength(0);
    fireEvent.click(document.querySelector('[data-action="undo"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[data-undo]')).toBeNull());
    expect(rows()).toHaveLength(1);
  });

  it('lists broken stored records as needing attention, never dropping them', async () => {
    const broken = { id: 'broken', givenName: 'Nadia', birthDate: '31.02.1990' };
    await renderPopup([sampleProfile(), broken]);
    const attention = await waitFor(() => {
      const section = document.querySelector('[data-needs-attention]');
      if (!section) throw new Error('no needs-attention section');
      return section;
    });
    expect(attention.textContent).toContain('Nadia');
    // The field is named by its label, as the person knows it, not by the stored key.
    expect(attention.textContent).toContain('Date of birth');
    expect(attention.textContent).not.toContain('birthDate');
    fireEvent.click(document.querySelector('[data-profile-name]') as HTMLElement);
    await editorShown();
    fireEvent.input(byId('field-notes'), { target: { value: 'edited' } });
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(async () => {
      const records = await storedRecords();
      expect(records[0]).toMatchObject({ notes: 'edited' });
      expect(records[1]).toEqual(broken);
    });
  });

  it('stores the chosen profile globally and the language under the overlay’s key', async () => {
    await renderPopup([sampleProfile()]);
    fireEvent.click(document.querySelector('[data-use-profile]') as HTMLElement);
    await waitFor(async () =>
      expect(await fakeBrowser.storage.local.get('activeProfileId')).toEqual({ activeProfileId: 'p-1' }),
    );
    fireEvent.change(document.querySelector('[data-language]') as HTMLSelectElement, {
      target: { value: 'ar' },
    });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(await fakeBrowser.storage.local.get('ui:language')).toEqual({ 'ui:language': 'ar' });
  });

  it('renders stored HTML as text and follows changes made in another window', async () => {
    await renderPopup([]);
    // Another window (the options page) saves through its own repository and record store; the
    // popup picks the change up from storage.
    const {
      id: _id,
      createdAt: _created,
      updatedAt: _updated,
      ...data
    } = sampleProfile({
      notes: '<img src=x onerror=alert(1)>',
    });
    await createProfileRepository(createRecordStore()).create(data);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(document.querySelector('[data-profile-name]') as HTMLElement);
    await editorShown();
    expect(byId('field-notes').value).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
