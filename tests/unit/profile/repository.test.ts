import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProfileRepository, ProfileWriteError } from '../../../src/profile/repository';
import { sampleProfile, seedLegacy, storedRecords } from './helpers';

const BROKEN = { id: 'broken', givenName: 'Nadia', birthDate: '31.02.1990', createdAt: 'x', updatedAt: 'y' };

async function seed(records: unknown) {
  await seedLegacy(records);
  return createProfileRepository();
}

const stored = storedRecords;

beforeEach(() => fakeBrowser.reset());

describe('profile repository', () => {
  it('lists valid profiles and sets broken records aside with their problems', async () => {
    const repository = await seed([sampleProfile(), BROKEN, 'nonsense']);
    const state = await repository.load();
    expect(state.profiles.map((profile) => profile.id)).toEqual(['p-1']);
    expect(state.needsAttention.map((entry) => [entry.index, entry.id])).toEqual([
      [1, 'broken'],
      [2, undefined],
    ]);
    expect(state.needsAttention[0]?.problems.map((problem) => `${problem.path}: ${problem.key}`)).toEqual([
      'createdAt: error.timestamp',
      'updatedAt: error.timestamp',
      'birthDate: error.date.calendar',
    ]);
    expect(state.needsAttention[0]?.summary).toContain('birthDate');
  });

  it('sets a second record with an already used id aside instead of merging it', async () => {
    const repository = await seed([sampleProfile(), sampleProfile({ givenName: 'Copy' })]);
    const state = await repository.load();
    expect(state.profiles).toHaveLength(1);
    expect(state.needsAttention[0]?.problems[0]).toMatchObject({ key: 'error.duplicateId' });
  });

  it('creates, updates, deletes and undoes without touching broken records', async () => {
    const repository = await seed([BROKEN]);
    const { profile } = await repository.create(
      { givenName: 'Anna', surname: 'Petrova' },
      new Date('2026-05-01T10:00:00Z'),
    );
    expect(profile).toMatchObject({ createdAt: '2026-05-01T10:00:00.000Z', givenName: 'Anna' });

    await repository.update({ ...profile, mobile: '5321234567' }, { now: new Date('2026-05-02T10:00:00Z') });
    expect(await stored()).toEqual([
      BROKEN,
      { ...profile, mobile: '5321234567', updatedAt: '2026-05-02T10:00:00.000Z' },
    ]);

    const { removed, state } = await repository.remove(profile.id);
    expect(state.profiles).toEqual([]);
    expect(await stored()).toEqual([BROKEN]);

    const restored = await repository.restore(removed);
    expect(restored.profiles.map((entry) => entry.id)).toEqual([profile.id]);
    // Undoing twice does not duplicate.
    await repository.restore(removed);
    expect(await stored()).toHaveLength(2);
    expect((await stored())[0]).toEqual(BROKEN);
  });

  it('never saves an invalid profile', async () => {
    const repository = await seed([]);
    await expect(repository.create({ givenName: 'Анна' })).rejects.toBeInstanceOf(ProfileWriteError);
    expect(await stored()).toEqual([]);
  });

  it('sets a stored value that is not a list aside as one record, and goes on saving', async () => {
    const repository = await seed({ corrupted: true });
    const { state } = await repository.create({ surname: 'Petrova' });
    expect(state.needsAttention.map((entry) => entry.raw)).toEqual([{ corrupted: true }]);
    expect(await stored()).toContainEqual({ corrupted: true });
  });

  it('says so when the profile was deleted elsewhere', async () => {
    const repository = await seed([]);
    await expect(repository.update(sampleProfile())).rejects.toMatchObject({
      reason: { key: 'error.profileGone' },
    });
  });

  it('keeps everything in storage.local, never sync', async () => {
    const repository = await seed([]);
    await repository.create({ surname: 'Petrova' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('serialises concurrent writes so none is lost', async () => {
    const repository = await seed([]);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        repository.create({ surname: `Person${String.fromCharCode(65 + i)}` }),
      ),
    );
    expect((await repository.load()).profiles).toHaveLength(10);
  });
});
