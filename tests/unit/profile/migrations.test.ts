import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository } from '../../../src/profile/repository';
import { LAYOUT_KEY, LAYOUT_VERSION, REV_KEY } from '../../../src/profile/store/keys';
import { LEGACY_KEY, planLegacyMove } from '../../../src/profile/store/legacy-layout';
import { createRecordStore } from '../../../src/profile/store/record-store';
import { sampleProfile } from './helpers';

/**
 * One stored fixture per layout version (tests/fixtures/profiles/v<N>.json): v1 and v2 are the
 * one-array layouts; v3 is a `storage.local` dump with one key per record. Each older fixture,
 * stored and read once, must leave exactly the v3 records in storage.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/profiles');
const fixture = (version: number): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8'));

/** The stored records and layout marker, without the random write token. */
async function storedLayout(): Promise<Record<string, unknown>> {
  const { [REV_KEY]: rev, ...rest } = await fakeBrowser.storage.local.get(null);
  expect(typeof rev).toBe('string');
  return rest;
}

beforeEach(() => fakeBrowser.reset());

describe('moving the one-array layout to one key per record', () => {
  it.each([1, 2])('moves the v%i fixture to exactly the v3 fixture', async (version) => {
    // Version 1 stored no meta key; version 2 recorded its own.
    await fakeBrowser.storage.local.set({
      profiles: fixture(version),
      ...(version > 1 ? { profiles$: { v: version } } : {}),
    });
    await createRecordStore().readAll();
    expect(await storedLayout()).toEqual(fixture(3));
    expect((await fakeBrowser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY]).toEqual({ v: LAYOUT_VERSION });
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
  });

  it('leaves the array in place when the move cannot be written', async () => {
    await fakeBrowser.storage.local.set({ profiles: fixture(2), profiles$: { v: 2 } });
    const before = await fakeBrowser.storage.local.get(null);
    const local = fakeBrowser.storage.local;
    const store = createRecordStore(undefined, {
      get: (keys: Parameters<typeof local.get>[0]) => local.get(keys),
      remove: (keys) => local.remove(keys),
      set: async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      },
    });
    await expect(store.readAll()).rejects.toThrow('QUOTA');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
