/**
 * Turning encryption on over the per-record store: every record and the list head sealed, nothing
 * personal left readable in storage.local, nothing lost when it stops half way, and a tampered
 * record set aside (reported), never dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredProfiles } from '../../../src/profile/records';
import { createProfileRepository } from '../../../src/profile/repository';
import { profileArea } from '../../../src/profile/store/idb-area';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore, setRecordCodec } from '../../../src/profile/store/record-store';
import { syncRecordCodec } from '../../../src/profile/vault/active-codec';
import { recordAdditionalData } from '../../../src/profile/vault/codec';
import { openJson, SealBrokenError, sealJson } from '../../../src/profile/vault/crypto';
import { resumeIfUnfinished, turnOnEncryption } from '../../../src/profile/vault/encrypt-all';
import { createVaultSession } from '../../../src/profile/vault/session';
import { plainPayloads, RESEAL_BATCH, storeResealer } from '../../../src/profile/vault/store-resealer';
import { manyProfiles, seedRecords, storedEntries } from '../profile/helpers';

const PASS = 'several words make it long';
const COUNT = RESEAL_BATCH + 20;
/** Everything stored: the profile store and `storage.local`. */
const rawLocal = async () =>
  JSON.stringify([await storedEntries(), await fakeBrowser.storage.local.get(null)]);
/** How many profile records are stored in clear. */
async function plainRecords(): Promise<number> {
  const all = await storedEntries();
  return Object.entries(all).filter(
    ([key, value]) => key.startsWith('profile:') && 'plain' in ((value as { body: object }).body ?? {}),
  ).length;
}

beforeEach(async () => {
  fakeBrowser.reset();
  setRecordCodec(plainCodec);
  await seedRecords(manyProfiles(COUNT));
  const repository = createProfileRepository(createRecordStore());
  const loaded = await repository.loadForHead();
  await repository.refreshHead(loaded);
});

describe('turning encryption on', { timeout: 30_000 }, () => {
  it('seals every record and the list head; the profiles read back unchanged while unlocked', async () => {
    expect((await rawLocal()).includes('PA0000007')).toBe(true);
    const session = createVaultSession();
    await turnOnEncryption(
      session,
      PASS,
      storeResealer(() => createRecordStore()),
    );
    const raw = await rawLocal();
    for (const secret of ['PA0000007', '99100000007', 'Garcia', 'Işıl', 'Client since'])
      expect(raw).not.toContain(secret);
    expect((await session.header())?.state).toBe('on');

    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT);
    expect(state.needsAttention).toEqual([]);
    expect(state.profiles.find((profile) => profile.id === 'p-7')?.passportNumber).toBe('PA0000007');
  });

  it('while locked reads nothing sealed; unlocking reads every record again', async () => {
    const session = createVaultSession();
    await turnOnEncryption(
      session,
      PASS,
      storeResealer(() => createRecordStore()),
    );
    await session.lock();
    expect(await syncRecordCodec(session)).toBe('locked');
    const locked = await createProfileRepository(createRecordStore()).load();
    expect(locked.profiles).toEqual([]);
    expect(JSON.stringify(locked)).not.toContain('PA0000007');
    await session.unlock(PASS);
    expect(await syncRecordCodec(session)).toBe('unlocked');
    expect((await createProfileRepository(createRecordStore()).load()).profiles).toHaveLength(COUNT);
  });

  it('loses nothing when the write fails after the first batch, and the next unlock finishes the job', async () => {
    const session = createVaultSession();
    const store = createRecordStore();
    let writes = 0;
    const failing = storeResealer(() => ({
      ...store,
      codec: store.codec,
      async write(puts, removals) {
        writes += 1;
        if (writes === 2) throw new Error('QUOTA_BYTES quota exceeded');
        return store.write(puts, removals);
      },
    }));
    await expect(turnOnEncryption(session, PASS, failing)).rejects.toThrow('quota');
    expect((await session.header())?.state).toBe('encrypting');
    expect(await plainRecords()).toBe(COUNT - RESEAL_BATCH); // the second batch is still plain…
    const half = await createProfileRepository(createRecordStore()).load();
    expect(half.profiles).toHaveLength(COUNT); // …and every record still reads
    expect(half.needsAttention).toEqual([]);

    await session.lock();
    await session.unlock(PASS);
    await resumeIfUnfinished(
      session,
      storeResealer(() => createRecordStore()),
    );
    expect((await session.header())?.state).toBe('on');
    expect(await plainRecords()).toBe(0);
    expect((await rawLocal()).includes('PA0000')).toBe(false);
    expect((await createProfileRepository(createRecordStore()).load()).profiles).toHaveLength(COUNT);
  });

  it('sets a tampered record aside as needing attention and keeps it stored as it was', async () => {
    const session = createVaultSession();
    await turnOnEncryption(
      session,
      PASS,
      storeResealer(() => createRecordStore()),
    );
    const stored = (await storedEntries())['profile:p-3'] as {
      rev: number;
      body: { iv: string; data: string };
    };
    const data = stored.body.data;
    const tampered = {
      ...stored,
      body: { ...stored.body, data: `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}` },
    };
    await profileArea().write({ 'profile:p-3': tampered });
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT - 1);
    expect(state.needsAttention).toHaveLength(1);
    expect(state.needsAttention[0]).toMatchObject({ key: 'profile:p-3' });
    expect(state.needsAttention[0]?.problems[0]).toMatchObject({ key: 'error.unreadableRecord' });
    expect((await storedEntries())['profile:p-3']).toEqual(tampered);
  });
});

/** An unlocked vault over the seeded profiles, and this page's codec plugged in. */
async function encryptedVault() {
  const session = createVaultSession();
  await turnOnEncryption(
    session,
    PASS,
    storeResealer(() => createRecordStore()),
  );
  expect(await syncRecordCodec(session)).toBe('unlocked');
  return session;
}

const problemOf = (state: StoredProfiles, key: string) =>
  state.needsAttention.find((entry) => entry.key === key)?.problems[0]?.key;

describe('sealed records bound to their place', { timeout: 60_000 }, () => {
  it('sets aside a sealed record copied under another profile’s key', async () => {
    await encryptedVault();
    const entries = await storedEntries();
    // Same revision, so only the key differs from what the seal was made for.
    await profileArea().write({ 'profile:p-4': entries['profile:p-3'] });
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles.map((profile) => profile.id)).not.toContain('p-4');
    expect(state.profiles.find((profile) => profile.id === 'p-3')).toBeDefined();
    expect(problemOf(state, 'profile:p-4')).toBe('error.unreadableRecord');
  });

  it('refuses an older revision put back, and a deleted profile brought back', async () => {
    const session = await encryptedVault();
    const repository = createProfileRepository(createRecordStore());
    const before = await storedEntries();
    const opened = (await repository.load()).profiles.find((profile) => profile.id === 'p-5');
    if (!opened) throw new Error('no p-5');
    await repository.update({ ...opened, notes: 'Moved to Ankara.' }, { base: opened });
    await repository.remove('p-6');
    // Someone with access to the browser's files writes the old records back, as they were.
    await profileArea().write({ 'profile:p-5': before['profile:p-5'], 'profile:p-6': before['profile:p-6'] });

    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles.map((profile) => profile.id)).not.toContain('p-5');
    expect(state.profiles.map((profile) => profile.id)).not.toContain('p-6');
    expect(problemOf(state, 'profile:p-5')).toBe('error.replayedRecord');
    expect(problemOf(state, 'profile:p-6')).toBe('error.replayedRecord');
    // Kept exactly as found, and never handed to a page.
    expect((await storedEntries())['profile:p-5']).toEqual(before['profile:p-5']);
    expect(await session.header()).toMatchObject({ state: 'on', records: 2 });
  });

  it('refuses a record stored in clear while encryption is on, and reports it', async () => {
    await encryptedVault();
    const injected = manyProfiles(1)[0];
    await profileArea().write({
      'profile:injected': { rev: 1, body: { plain: { ...injected, id: 'injected' } } },
    });
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT);
    expect(problemOf(state, 'profile:injected')).toBe('error.recordInClear');
  });

  it('reseals records sealed before binding existed at the next unlock, then refuses that format', async () => {
    const session = await encryptedVault();
    const keys = await session.unlockedKeys();
    if (!keys) throw new Error('locked');
    // A vault as the previous version left it: records sealed without additional data, no index.
    const old = await sealJson(keys.dataKey, manyProfiles(1)[0]);
    await profileArea().write({ 'profile:p-0': { rev: 1, body: old } }, ['profilesIndex']);
    const header = await session.header();
    if (!header) throw new Error('no vault');
    const { records: _records, ...previousHeader } = header;
    await fakeBrowser.storage.local.set({ vault: previousHeader });
    await session.lock();
    await session.unlock(PASS);
    await syncRecordCodec(session);
    expect((await createProfileRepository(createRecordStore()).load()).profiles).toHaveLength(COUNT);
    await resumeIfUnfinished(
      session,
      storeResealer(() => createRecordStore()),
    );
    expect(await session.header()).toMatchObject({ state: 'on', records: 2 });
    expect(await plainPayloads()).toBe(0);
    await syncRecordCodec(session);
    // The old format is no longer accepted: putting one back is reported.
    await profileArea().write({
      'profile:p-1': { rev: 1, body: await sealJson(keys.dataKey, manyProfiles(2)[1]) },
    });
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT - 1);
    expect(problemOf(state, 'profile:p-1')).toBe('error.replayedRecord');
  });
});

describe('changing the passphrase with a new key', { timeout: 90_000 }, () => {
  it('reseals every record with a new data key, resumably; the old key opens nothing afterwards', async () => {
    const session = await encryptedVault();
    const oldKey = (await session.unlockedKeys())?.dataKey;
    if (!oldKey) throw new Error('locked');
    await session.changePassphrase(PASS, 'a brand new passphrase', { rekey: true });
    expect((await session.header())?.previousKey).toBeDefined();
    await syncRecordCodec(session);

    // Stops after the first batch, as a closed popup would.
    const store = createRecordStore();
    let writes = 0;
    const failing = storeResealer(() => ({
      ...store,
      codec: store.codec,
      async write(puts, removals) {
        writes += 1;
        if (writes === 2) throw new Error('stopped');
        return store.write(puts, removals);
      },
    }));
    await expect(resumeIfUnfinished(session, failing)).rejects.toThrow('stopped');
    expect((await createProfileRepository(createRecordStore()).load()).profiles).toHaveLength(COUNT);

    await session.lock();
    await expect(session.unlock(PASS)).rejects.toThrow();
    await session.unlock('a brand new passphrase');
    await syncRecordCodec(session);
    await resumeIfUnfinished(
      session,
      storeResealer(() => createRecordStore()),
    );
    const header = await session.header();
    expect(header?.previousKey).toBeUndefined();
    expect(header).toMatchObject({ state: 'on', records: 2 });
    await syncRecordCodec(session);
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT);
    expect(state.needsAttention).toEqual([]);

    // Every record now opens only with the new key.
    const entries = await storedEntries();
    const record = entries['profile:p-7'] as { rev: number; body: { iv: string; data: string } };
    const context = recordAdditionalData({ key: 'profile:p-7', rev: record.rev });
    await expect(openJson(oldKey, record.body, context)).rejects.toBeInstanceOf(SealBrokenError);
    const newKey = (await session.unlockedKeys())?.dataKey;
    if (!newKey) throw new Error('locked');
    expect(await openJson(newKey, record.body, context)).toMatchObject({ passportNumber: 'PA0000007' });
  });
});
