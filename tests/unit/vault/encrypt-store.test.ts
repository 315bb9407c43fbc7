/**
 * Turning encryption on over the per-record store: every record and the list head sealed, nothing
 * personal left readable in storage.local, nothing lost when it stops half way, and a tampered
 * record set aside (reported), never dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository } from '../../../src/profile/repository';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore, setRecordCodec } from '../../../src/profile/store/record-store';
import { syncRecordCodec } from '../../../src/profile/vault/active-codec';
import { resumeIfUnfinished, turnOnEncryption } from '../../../src/profile/vault/encrypt-all';
import { createVaultSession } from '../../../src/profile/vault/session';
import { RESEAL_BATCH, storeResealer } from '../../../src/profile/vault/store-resealer';
import { manyProfiles, seedLegacy } from '../profile/helpers';

const PASS = 'several words make it long';
const COUNT = RESEAL_BATCH + 20;
const rawLocal = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
/** How many profile records are stored in clear. */
async function plainRecords(): Promise<number> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all).filter(
    ([key, value]) => key.startsWith('profile:') && 'plain' in ((value as { body: object }).body ?? {}),
  ).length;
}

beforeEach(async () => {
  fakeBrowser.reset();
  setRecordCodec(plainCodec);
  await seedLegacy(manyProfiles(COUNT));
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
    const stored = (await fakeBrowser.storage.local.get('profile:p-3'))['profile:p-3'] as {
      rev: number;
      body: { iv: string; data: string };
    };
    const data = stored.body.data;
    const tampered = {
      ...stored,
      body: { ...stored.body, data: `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}` },
    };
    await fakeBrowser.storage.local.set({ 'profile:p-3': tampered });
    const state = await createProfileRepository(createRecordStore()).load();
    expect(state.profiles).toHaveLength(COUNT - 1);
    expect(state.needsAttention).toHaveLength(1);
    expect(state.needsAttention[0]).toMatchObject({ key: 'profile:p-3' });
    expect(state.needsAttention[0]?.problems[0]).toMatchObject({ key: 'error.unreadableRecord' });
    expect((await fakeBrowser.storage.local.get('profile:p-3'))['profile:p-3']).toEqual(tampered);
  });
});
