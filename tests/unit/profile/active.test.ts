import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findActiveProfile, loadActiveProfile, watchActiveProfile } from '../../../src/profile/active';
import { loadActiveProfileId, saveActiveProfileId } from '../../../src/profile/storage';
import { sampleProfile } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('the active profile, as a content script reads it', () => {
  it('is none until chosen, then the profile with page-ready values', async () => {
    expect(await loadActiveProfile()).toEqual({ status: 'none' });
    await fakeBrowser.storage.local.set({ profiles: [sampleProfile()], profiles$: { v: 2 } });
    await saveActiveProfileId('p-1');
    const active = await loadActiveProfile();
    expect(active.status).toBe('ok');
    expect(active.status === 'ok' && active.values).toMatchObject({
      // A Spanish passport prints GARCIA: Latin capitals, no dotted İ.
      surname: 'GARCIA',
      birthDate: '12.03.1990',
    });
  });

  it('says when the chosen profile is gone or broken, and never hands out a broken one', () => {
    expect(findActiveProfile([], 'p-1')).toEqual({ status: 'missing', id: 'p-1' });
    const broken = findActiveProfile([{ id: 'p-1', surname: 'X', birthDate: '31.02.1990' }], 'p-1');
    expect(broken.status).toBe('needs-attention');
    // A later valid record with the same id wins, as in the popup's list.
    expect(findActiveProfile([{ id: 'p-1' }, sampleProfile()], 'p-1').status).toBe('ok');
  });

  it('ignores a malformed stored id', async () => {
    await fakeBrowser.storage.local.set({ activeProfileId: { evil: true } });
    expect(await loadActiveProfileId()).toBeNull();
  });

  it('reports changes of the choice and of the profiles', async () => {
    const onChange = vi.fn();
    const stop = watchActiveProfile(onChange);
    await fakeBrowser.storage.local.set({ profiles: [sampleProfile()], profiles$: { v: 2 } });
    await saveActiveProfileId('p-1');
    await vi.waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'ok' })),
    );
    stop();
  });
});
