/**
 * 50,000 profiles (the stored limit): the repository, search and the list head stay correct.
 * Correctness only; how long it takes is measured by `npm run bench`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_PROFILES } from '../../../src/profile/limits';
import { buildListHead, HEAD_ROWS, parseListHead } from '../../../src/profile/list-head';
import { createProfileRepository } from '../../../src/profile/repository';
import { compareByName, searchProfiles } from '../../../src/profile/search';
import { manyProfiles, seedRecords, storedKeys } from './helpers';

const COUNT = 50_000;

describe(`${COUNT} profiles`, () => {
  const profiles = manyProfiles(COUNT);

  // Seeded as the store holds them, one record each. The one-array layout of versions 1 and 2
  // never held this many (its limit was 10,000), and its move is one write whatever the size:
  // migrations.test.ts covers it.
  // Writing 50,000 records takes seconds on a busy machine: a hang guard, not a timing.
  beforeAll(async () => {
    fakeBrowser.reset();
    await seedRecords(profiles);
  }, 120_000);

  it('are all stored one per key, read back valid, and one more is refused at the limit', async () => {
    expect(COUNT).toBe(MAX_PROFILES);
    const repository = createProfileRepository();
    const state = await repository.load();
    expect(state.profiles).toHaveLength(COUNT);
    expect(state.needsAttention).toEqual([]);
    // Keys only: reading 50,000 values back a second time would prove nothing more.
    const keys = (await storedKeys()).filter((key) => key.startsWith('profile:'));
    expect(keys).toHaveLength(COUNT);
    await expect(repository.create({ surname: 'One more' })).rejects.toMatchObject({
      reason: { key: 'error.storageFull' },
    });

    const target = state.profiles[COUNT - 1];
    if (!target) throw new Error('missing');
    const { state: after } = await repository.update({ ...target, notes: 'edited' }, { base: target });
    expect(after.profiles).toHaveLength(COUNT);
    expect(after.profiles.find((profile) => profile.id === target.id)?.notes).toBe('edited');
    await repository.headSettled();
    const head = await repository.loadHead();
    expect(head?.total).toBe(COUNT);
    expect(head?.rows).toHaveLength(HEAD_ROWS);
  }, 120_000);

  it('are found by passport number, foreigner id and Turkish-folded name', () => {
    expect(searchProfiles(profiles, 'PA0049999').map((profile) => profile.id)).toEqual(['p-49999']);
    expect(searchProfiles(profiles, '99100012345').map((profile) => profile.id)).toEqual(['p-12345']);
    // Every 7th is "Işıl"; surnames cycle through 26 letters.
    const isil = searchProfiles(profiles, 'isil garciaa');
    expect(isil.length).toBe(profiles.filter((_p, i) => i % 7 === 0 && i % 26 === 0).length);
    expect(isil.every((profile) => profile.givenName === 'Işıl' && profile.surname === 'GarciaA')).toBe(true);
  });

  it('head in list order with the right total', () => {
    const head = buildListHead(profiles, 'r', new Date('2026-05-01T10:00:00'));
    expect(head.total).toBe(COUNT);
    const expected = [...profiles]
      .sort(compareByName)
      .slice(0, HEAD_ROWS)
      .map((profile) => profile.id);
    expect(head.rows.map((row) => row.id)).toEqual(expected);
    expect(parseListHead(head, 'r')).toEqual(head);
  });
});
