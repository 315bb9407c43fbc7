import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openJson, sealJson, WrongPassphraseError } from '../../../src/profile/vault/crypto';
import {
  createVaultSession,
  VAULT_HEADER_KEY,
  VAULT_UNLOCKED_KEY,
  VaultLockedError,
} from '../../../src/profile/vault/session';

const PASS = 'a long enough passphrase';
const rawHeader = async () => (await fakeBrowser.storage.local.get('vault')).vault as Record<string, unknown>;
const rawSession = async () => (await fakeBrowser.storage.session.get('vault:unlocked'))['vault:unlocked'];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => vi.useRealTimers());

describe('vault session', { timeout: 30_000 }, () => {
  it('creates a vault left unlocked, keeps the key only in session storage, and stores no key in local', async () => {
    const session = createVaultSession();
    expect(await session.status()).toBe('none');
    await session.create(PASS);
    expect(await session.status()).toBe('unlocked');
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const unlocked = (await rawSession()) as { key: string };
    expect(local).not.toContain(unlocked.key);
    expect(VAULT_HEADER_KEY).toBe('local:vault');
    expect(VAULT_UNLOCKED_KEY.startsWith('session:')).toBe(true);
    expect(((await rawHeader()).kdf as { iterations: number }).iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('locks now, refuses a wrong passphrase without changing anything, and unlocks with the right one', async () => {
    const session = createVaultSession();
    const key = await session.create(PASS);
    const sealed = await sealJson(key, { passportNumber: 'U1234' });
    await session.lock();
    expect(await session.status()).toBe('locked');
    await expect(session.requireKey()).rejects.toBeInstanceOf(VaultLockedError);
    const before = await rawHeader();
    await expect(session.unlock('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await rawHeader()).toEqual(before);
    expect(await session.status()).toBe('locked');
    const unlocked = await session.unlock(PASS);
    expect(await openJson(unlocked, sealed)).toEqual({ passportNumber: 'U1234' });
  });

  it('locks itself after the idle time the user set, and each use restarts the clock', async () => {
    const session = createVaultSession();
    await session.create(PASS);
    await session.setIdleMinutes(5);
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(await session.dataKey()).not.toBeNull(); // a use at minute 4
    await vi.advanceTimersByTimeAsync(4 * 60_000);
    expect(await session.status()).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1);
    expect(await rawSession()).toBeUndefined();
    expect(await session.status()).toBe('locked');
  });

  it('does not hand out a key whose idle time passed while no timer ran (e.g. a restarted background)', async () => {
    const creator = createVaultSession();
    await creator.create(PASS);
    const other = createVaultSession();
    vi.setSystemTime(Date.now() + 16 * 60_000);
    expect(await other.dataKey()).toBeNull();
    expect(await rawSession()).toBeUndefined();
  });

  it('changes the passphrase by re-wrapping the same data key', async () => {
    const session = createVaultSession();
    const key = await session.create(PASS);
    const sealed = await sealJson(key, { foreignerId: '99123456789' });
    const before = await rawHeader();
    await expect(session.changePassphrase('not it', 'another passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await rawHeader()).toEqual(before);
    await session.changePassphrase(PASS, 'another passphrase');
    expect((await rawHeader()).kdf).not.toEqual(before.kdf);
    await session.lock();
    await expect(session.unlock(PASS)).rejects.toBeInstanceOf(WrongPassphraseError);
    const unlocked = await session.unlock('another passphrase');
    expect(await openJson(unlocked, sealed)).toEqual({ foreignerId: '99123456789' });
  });

  it('reports an unreadable header instead of treating the vault as absent', async () => {
    await fakeBrowser.storage.local.set({ vault: { format: 'eikamet-assistant-vault', v: 9 } });
    const session = createVaultSession();
    expect(await session.status()).toBe('corrupt');
    await expect(session.create(PASS)).rejects.toThrow();
    expect((await rawHeader()).v).toBe(9);
  });
});
