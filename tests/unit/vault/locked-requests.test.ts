/**
 * While the vault is locked, the background gives a page nothing personal: the active profile
 * request is answered with the error `locked`, and the in-page fill section says to unlock in the
 * toolbar. Lock and unlock reach content scripts through a signal key in storage.local.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequestsOf, route } from '../../../src/background/router';
import { VAULT_SIGNAL_KEY as WATCHED } from '../../../src/contracts/storage-keys';
import { fillBackground } from '../../../src/features/fill/background';
import { isLockedReply, touchesProfiles } from '../../../src/features/fill/content/profile-request';
import { AUTO_LOCK_ALARM, createVaultSession, vaultSession } from '../../../src/profile/vault/session';
import { ProtocolError } from '../../../src/protocol/errors';
import { sampleProfile } from '../profile/helpers';
import { testController } from '../ui/fill/helpers';

handleRequestsOf(fillBackground);

const PASS = 'several words make it long';

const FILL_REQUEST = {
  type: 'fill-values',
  request: { page: 'wizard-personal', keys: ['givenName'], profileId: 'p-1' },
};
const LOCKED = { ok: false, error: { code: 'locked' } };
const EIKAMET_TAB = { tab: { id: 3 }, url: 'https://e-ikamet.goc.gov.tr/Ikamet/OnKayit/Basvuru' };

beforeEach(async () => {
  fakeBrowser.reset();
  await vaultSession().lock();
  await fakeBrowser.storage.local.set({
    profiles: [sampleProfile({ givenName: 'Omar', passportNumber: 'N12345678' })],
    profiles$: { v: 2 },
    activeProfileId: 'p-1',
  });
});

describe('profile requests from the page while locked', { timeout: 30_000 }, () => {
  it('answers `locked` with no data, and the values again once unlocked', async () => {
    await vaultSession().create(PASS);
    await vaultSession().lock();
    const locked = await route(FILL_REQUEST, EIKAMET_TAB);
    expect(locked).toEqual(LOCKED);
    expect(await route({ type: 'active-profile', request: {} }, EIKAMET_TAB)).toEqual(LOCKED);
    await vaultSession().unlock(PASS);
    const open = await route(FILL_REQUEST, EIKAMET_TAB);
    expect(open.ok).toBe(true);
    expect(JSON.stringify(open)).toContain('OMAR');
  });

  it('answers as before when there is no vault', async () => {
    expect((await route(FILL_REQUEST, EIKAMET_TAB)).ok).toBe(true);
    expect((await route({ type: 'active-profile', request: {} })).ok).toBe(true);
  });

  it('refuses a fill once the idle time has passed, even if nothing locked the vault since', async () => {
    let now = Date.parse('2026-03-02T10:00:00Z');
    // A background started afresh (its timers gone) with the key still in storage.session.
    const session = createVaultSession({ now: () => now });
    await session.create(PASS);
    await session.setIdleMinutes(1);
    const alarm = await fakeBrowser.alarms.get(AUTO_LOCK_ALARM);
    expect(alarm?.scheduledTime).toBe(now + 60_000);
    now += 61_000;
    expect(await session.status()).toBe('locked');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.get(AUTO_LOCK_ALARM)).toBeUndefined();
    const refused = await route(FILL_REQUEST, EIKAMET_TAB);
    expect(refused).toEqual(LOCKED);
  });

  it('tells the fill section the profiles are locked instead of "no profile"', async () => {
    const { controller } = testController(null, {
      loadProfile: vi.fn(async () => {
        throw new ProtocolError('locked', 'active-profile');
      }),
    });
    await vi.waitFor(() => expect(controller.getState().profile.status).toBe('locked'));
    // By its code, never by its text.
    expect(isLockedReply(new ProtocolError('failed', 'locked'))).toBe(false);
    expect(isLockedReply(new Error('active-profile: locked'))).toBe(false);
  });

  it('makes content scripts ask again on every lock and unlock', async () => {
    expect(touchesProfiles([WATCHED])).toBe(true);
    await vaultSession().create(PASS);
    const first = (await fakeBrowser.storage.local.get(WATCHED))[WATCHED];
    expect(first).toEqual(expect.any(Number));
    await vaultSession().lock();
    expect((await fakeBrowser.storage.local.get(WATCHED))[WATCHED]).toEqual(expect.any(Number));
  });
});
