import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository } from '../../../src/profile/repository';
import { profileArea } from '../../../src/profile/store/idb-area';
import { LAYOUT_KEY, LAYOUT_VERSION, REV_KEY } from '../../../src/profile/store/keys';
import { LEGACY_KEY, moveLocalLayouts, planLegacyMove } from '../../../src/profile/store/legacy-layout';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore } from '../../../src/profile/store/record-store';
import { sampleProfile, storedEntries } from './helpers';

/**
 * One stored fixture per layout version (tests/fixtures/profiles/v<N>.json): v1 and v2 are the
 * one-array layouts in `storage.local`; v3 is a `storage.local` dump with one key per record; v4
 * is the profile store (the extension's IndexedDB) they all become. Each older fixture, stored
 * and read once, must leave exactly the v4 entries in the store and no profile in `storage.local`.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/profiles');
const fixture = (version: number): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8'));

/** The stored records and layout marker, without the random write token. */
async function storedLayout(): Promise<Record<string, unknown>> {
  const { [REV_KEY]: rev, ...rest } = await storedEntries();
  expect(typeof rev).toBe('string');
  return rest;
}

/** What `storage.local` (open to content scripts) still holds. */
const localKeys = async () =>
  Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key !== 'profilesSignal');

beforeEach(() => fakeBrowser.reset());

describe('moving older layouts into the profile store', () => {
  it.each([1, 2])('moves the v%i fixture to exactly the v4 fixture', async (version) => {
    // Version 1 stored no meta key; version 2 recorded its own.
    await fakeBrowser.storage.local.set({
      profiles: fixture(version),
      ...(version > 1 ? { profiles$: { v: version } } : {}),
      'ui:language': 'tr',
    });
    await createRecordStore().readAll();
    expect(await storedLayout()).toEqual(fixture(4));
    expect((await storedEntries())[LAYOUT_KEY]).toEqual({ v: LAYOUT_VERSION });
    expect(await localKeys()).toEqual(['ui:language']);
  });

  it('moves the v3 fixture (one key per record in storage.local) to exactly the v4 fixture', async () => {
    await fakeBrowser.storage.local.set({
      ...(fixture(3) as Record<string, unknown>),
      profilesRev: 'token-of-v3',
      activeProfileId: 'v1-anna',
    });
    const { records } = await createRecordStore().readAll();
    expect(records.map((record) => record.key)).toEqual(Object.keys(fixture(3) as object).slice(0, 4));
    expect(await storedLayout()).toEqual(fixture(4));
    // The choice of profile is an id, not client data: it stays where content scripts watch it.
    expect(await localKeys()).toEqual(['activeProfileId']);
  });

  it('keeps a record the store holds at a later revision when version 3 keys turn up again', async () => {
    await fakeBrowser.storage.local.set(fixture(3) as Record<string, unknown>);
    const repository = createProfileRepository();
    const anna = (await repository.load()).profiles.find((profile) => profile.id === 'v1-anna');
    if (!anna) throw new Error('no anna');
    await repository.update({ ...anna, notes: 'Saved after the move.' }, { base: anna });
    // A copy of the old layout (a failed removal, a restored backup of the browser's files).
    await fakeBrowser.storage.local.set({
      'profile:v1-anna': (fixture(3) as Record<string, unknown>)['profile:v1-anna'],
    });
    const after = await createProfileRepository().load();
    expect(after.profiles.find((profile) => profile.id === 'v1-anna')?.notes).toBe('Saved after the move.');
    expect(await localKeys()).toEqual([]);
  });

  it('keeps a record it cannot migrate, which then needs attention', async () => {
    await fakeBrowser.storage.local.set({ profiles: fixture(2), profiles$: { v: 2 } });
    const stored = await createProfileRepository().load();
    expect(stored.profiles.map((profile) => profile.id)).toEqual(['v1-anna', 'v1-maria', 'v1-ahmad']);
    expect(stored.needsAttention).toHaveLength(1);
    expect(stored.needsAttention[0]).toMatchObject({ id: 'v1-broken', key: 'profile:v1-broken' });
    expect(stored.needsAttention[0]?.problems.map((problem) => problem.key)).toContain('error.unknownField');
  });

  it('sets duplicates, id-less records and a stored value that is not a list aside, dropping nothing', async () => {
    const valid = sampleProfile({ id: 'p-1' });
    const broken = { id: 'p-1', surname: 42 };
    const copy = sampleProfile({ id: 'p-1', givenName: 'Copy' });
    let next = 0;
    const plan = planLegacyMove(
      [broken, valid, copy, 'nonsense', { surname: 'No id' }],
      { v: 2 },
      new Set(),
      () => {
        next += 1;
        return `profile:~${next}`;
      },
    );
    // The valid profile keeps its id even though a broken record with the same id came first.
    expect(plan.map((put) => [put.key, put.value])).toEqual([
      ['profile:~1', broken],
      ['profile:p-1', valid],
      ['profile:~2', copy],
      ['profile:~3', 'nonsense'],
      ['profile:~4', { surname: 'No id' }],
    ]);
    expect(planLegacyMove({ not: 'a list' }, { v: 2 }, new Set(), () => 'profile:~root')).toEqual([
      { key: 'profile:~root', rev: 1, value: { not: 'a list' } },
    ]);

    await fakeBrowser.storage.local.set({ profiles: [broken, valid, copy, 'nonsense'], profiles$: { v: 2 } });
    const state = await createProfileRepository().load();
    expect(state.profiles).toEqual([valid]);
    expect(state.needsAttention.map((entry) => entry.raw)).toEqual([broken, copy, 'nonsense']);
  });

  it('moves once, even when two pages read at the same time', async () => {
    await fakeBrowser.storage.local.set({ profiles: [{ surname: 'No id' }], profiles$: { v: 2 } });
    const [first, second] = await Promise.all([createRecordStore().readAll(), createRecordStore().readAll()]);
    expect(first.records).toHaveLength(1);
    expect(second.records).toHaveLength(1);
    expect(await fakeBrowser.storage.local.get(LEGACY_KEY)).toEqual({});
    expect(Object.keys(await storedEntries()).filter((key) => key.startsWith('profile:'))).toHaveLength(1);
  });

  it('leaves the array in place when the move cannot be written', async () => {
    await fakeBrowser.storage.local.set({ profiles: fixture(2), profiles$: { v: 2 } });
    const before = await fakeBrowser.storage.local.get(null);
    const area = profileArea();
    const store = createRecordStore(undefined, {
      get: (keys) => area.get(keys),
      watch: (listener) => area.watch(listener),
      write: async () => {
        throw new Error('QuotaExceededError: the disk is full');
      },
    });
    await expect(store.readAll()).rejects.toThrow('Quota');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await storedEntries()).toEqual({});
  });
});

describe('an older layout written again while one is being moved', () => {
  it('is kept and moved the next time, not removed unread', async () => {
    const local = fakeBrowser.storage.local;
    await local.set({ profiles: [sampleProfile({ id: 'first' })], profiles$: { v: 2 } });
    const area = profileArea();
    // Another writer (a backup restored again) lands after the move stored the first array.
    const landingMidMove = {
      get: area.get,
      watch: area.watch,
      write: async (...args: Parameters<typeof area.write>) => {
        await area.write(...args);
        await local.set({ profiles: [sampleProfile({ id: 'second' })], profiles$: { v: 2 } });
      },
    };
    expect(await moveLocalLayouts(local, landingMidMove, () => plainCodec)).toBe(true);
    expect(await local.get('profiles')).toEqual({ profiles: [sampleProfile({ id: 'second' })] });

    const repository = createProfileRepository();
    expect((await repository.load()).profiles.map((profile) => profile.id)).toEqual(['first', 'second']);
    expect(await localKeys()).toEqual([]);
  });
});
