/**
 * Turning encryption off: the passphrase is asked, every record comes back in
 * clear in batches, nothing is lost when it stops half way (the next unlock finishes), and a
 * tampered record stays set aside, never dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository } from '../../../src/profile/repository';
import { profileArea } from '../../../src/profile/store/idb-area';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore, setRecordCodec } from '../../../src/profile/store/record-store';
import { syncRecordCodec } from '../../../src/profile/vault/active-codec';
import { WrongPassphraseError } from '../../../src/profile/vault/crypto';
import { resumeDecryption, turnOffEncryption } from '../../../src/profile/vault/decrypt-all';
import { turnOnEncryption } from '../../../src/profile/vault/encrypt-all';
import { createVaultSession, VAULT_HEADER_KEY } from '../../../src/profile/vault/session';
import { RESEAL_BATCH, storeResealer } from '../../../src/profile/vault/store-resealer';
import { manyProfiles, seedRecords, storedEntries } from '../profile/helpers';

const PASS = 'several words make it long';
const COUNT = RESEAL_BATCH + 20;
/** Everything stored: the profile store (IndexedDB) and `storage.local`. */
const rawLocal = async () =>
  JSON.stringify([await storedEntries(), await fakeBrowser.storage.local.get(null)]);
/** How many profile records are stored sealed. */
async function sealedRecords(): Promise<number> {
  const all = await storedEntries();
  return Object.entries(all).filter(
    ([key, value]) => key.startsWith('profile:') && !('plain' in ((value as { body: object }).body ?? {})),
  ).length;
}

async function encryptedVault() {
  const session = createVaultSession();
  await turnOnEncryption(
    session,
    PASS,
    storeResealer(() => createRecordStore()),
  );
  expect(await sealedRecords()).toBe(COUNT);
  return session;
}

async function loadProfiles() {
  return createProfileRepository(createRecordStore()).load();
}

beforeEach(async () => {
  fakeBrowser.reset();
  setRecordCodec(plainCodec);
  await seedRecords(manyProfiles(COUNT));
  const repository = createProfileRepository(createRecordStore());
  await repository.refreshHead(await repository.loadForHead());
});

describe('turning encryption off', { timeout: 30_000 }, () => {
  it('refuses a wrong passphrase and changes nothing', async () => {
    const session = await encryptedVault();
    await session.lock();
    const before = await rawLocal();
    await expect(turnOffEncryption(session, 'not the passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(await rawLocal()).toBe(before);
    expect((await session.header())?.state).toBe('on');
  });

  it('writes every record back in clear, in batches, removes the vault and keeps every profile', async () => {
    const session = await encryptedVault();
    await session.lock();
    const progress: number[] = [];
    await turnOffEncryption(session, PASS, (done) => progress.push(done));
    expect(progress).toEqual([RESEAL_BATCH, COUNT]);
    expect(await sealedRecords()).toBe(0);
    expect(await session.header()).toBeNull();
    expect(await syncRecordCodec(session)).toBe('none');
    expect(await rawLocal()).toContain('PA0000007');
    const state = await loadProfiles();
    expect(state.profiles).toHaveLength(COUNT);
    expect(state.needsAttention).toEqual([]);
    expect(state.profiles.find((profile) => profile.id === 'p-7')?.passportNumber).toBe('PA0000007');
  });

  it('loses nothing when it stops half way; the next unlock finishes', async () => {
    const session = await encryptedVault();
    // As after a popup closed during the first batch: marked decrypting, records still sealed.
    const header = await session.header();
    await fakeBrowser.storage.local.set({ vault: { ...header, state: 'decrypting' } });
    await session.lock();
    expect(await syncRecordCodec(session)).toBe('locked');
    await session.unlock(PASS);
    expect(await syncRecordCodec(session)).toBe('unlocked');
    expect((await loadProfiles()).profiles).toHaveLength(COUNT);

    await resumeDecryption(session);
    expect(await sealedRecords()).toBe(0);
    expect(await fakeBrowser.storage.local.get(VAULT_HEADER_KEY.replace('local:', ''))).toEqual({});
    expect(await syncRecordCodec(session)).toBe('none');
    expect((await loadProfiles()).profiles).toHaveLength(COUNT);
  });

  it('leaves a tampered record as stored, set aside and reported', async () => {
    const session = await encryptedVault();
    const all = await storedEntries();
    const key = Object.keys(all).find((name) => name.startsWith('profile:')) as string;
    const record = all[key] as { rev: number; body: { iv: string; data: string } };
    const data = record.body.data;
    const broken = {
      ...record,
      body: { ...record.body, data: `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}` },
    };
    await profileArea().write({ [key]: broken });

    await turnOffEncryption(session, PASS);
    expect((await storedEntries())[key]).toEqual(broken);
    const state = await loadProfiles();
    expect(state.profiles).toHaveLength(COUNT - 1);
    expect(state.needsAttention).toHaveLength(1);
  });
});
