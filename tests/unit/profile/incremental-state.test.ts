/**
 * A write hands back the profiles worked out from the state before it (one record replaced or
 * added), not from a new pass over every record: what it hands back must be exactly what a full
 * read of storage finds, set-aside records included, and the revision checks must still hold.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredProfiles } from '../../../src/profile/records';
import {
  CHANGED_ELSEWHERE,
  createProfileRepository,
  type ProfileRepository,
} from '../../../src/profile/repository';
import type { Profile } from '../../../src/profile/schema';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore, setRecordCodec } from '../../../src/profile/store/record-store';
import { syncRecordCodec } from '../../../src/profile/vault/active-codec';
import { turnOnEncryption } from '../../../src/profile/vault/encrypt-all';
import { createVaultSession } from '../../../src/profile/vault/session';
import { storeResealer } from '../../../src/profile/vault/store-resealer';
import { manyProfiles, sampleProfile, seedLegacy } from './helpers';

const BROKEN = { id: 'broken', givenName: 'Nadia', birthDate: '31.02.1990', createdAt: 'x', updatedAt: 'y' };

/** Valid profiles with a broken record, a duplicate and a non-record in between. */
async function seedMixed() {
  const profiles = manyProfiles(6);
  await seedLegacy([
    profiles[0],
    BROKEN,
    profiles[1],
    profiles[2],
    { ...profiles[2], givenName: 'Second copy' },
    'nonsense',
    ...profiles.slice(3),
  ]);
}

/** What a page that has never read before finds in storage now. */
const fullRead = () => createProfileRepository(createRecordStore()).load();

function profileAt(state: StoredProfiles, id: string): Profile {
  const profile = state.profiles.find((entry) => entry.id === id);
  if (!profile) throw new Error(`no profile ${id}`);
  return profile;
}

/**
 * The popup and the options page over the same stored profiles; the popup has saved `id` once.
 * `fromPopup` is that profile as the popup's editor holds it after the save.
 */
async function popupSavedOnce(id: string) {
  await seedMixed();
  const popup = createProfileRepository(createRecordStore());
  const options = createProfileRepository(createRecordStore());
  const inPopup = profileAt(await popup.load(), id);
  const saved = await popup.update({ ...inPopup, notes: 'Popup.' }, { base: inPopup });
  return { popup, options, fromPopup: profileAt(saved.state, id) };
}

/** Another window deletes the profile and puts it back with Undo. */
async function deleteAndUndo(repository: ProfileRepository, id: string): Promise<void> {
  await repository.load();
  const { removed } = await repository.remove(id);
  await repository.restore(removed);
}

beforeEach(() => {
  fakeBrowser.reset();
  setRecordCodec(plainCodec);
});

describe('the state a write hands back', () => {
  it('equals a full read after an update, with set-aside records kept and reported', async () => {
    await seedMixed();
    const repository = createProfileRepository(createRecordStore());
    const before = await repository.load();
    expect(before.needsAttention).toHaveLength(3);
    const { state } = await repository.update({ ...profileAt(before, 'p-2'), notes: 'Edited.' });
    expect(profileAt(state, 'p-2').notes).toBe('Edited.');
    expect(state.profiles.map((profile) => profile.id)).toEqual(before.profiles.map((profile) => profile.id));
    expect(state).toEqual(await fullRead());
  });

  it('equals a full read after a create and after a restore', async () => {
    await seedMixed();
    const repository = createProfileRepository(createRecordStore());
    await repository.load();
    const created = await repository.create({ givenName: 'Anna', surname: 'Petrova' });
    expect(created.state.profiles.at(-1)?.id).toBe(created.profile.id);
    expect(created.state).toEqual(await fullRead());

    const { removed } = await repository.remove('p-1');
    const restored = await repository.restore(removed);
    expect(profileAt(restored, 'p-1')).toEqual(profileAt(await fullRead(), 'p-1'));
    expect(restored).toEqual(await fullRead());
  });

  it('lets the saved profile be saved again, and refuses a save from the version before', async () => {
    await seedMixed();
    const repository = createProfileRepository(createRecordStore());
    const opened = profileAt(await repository.load(), 'p-3');
    const first = await repository.update({ ...opened, notes: 'One.' }, { base: opened });
    const reopened = profileAt(first.state, 'p-3');
    const second = await repository.update({ ...reopened, notes: 'Two.' }, { base: reopened });
    expect(profileAt(second.state, 'p-3').notes).toBe('Two.');
    await expect(repository.update({ ...opened, notes: 'Stale.' }, { base: opened })).rejects.toMatchObject({
      reason: { key: CHANGED_ELSEWHERE },
    });
    expect(profileAt(await fullRead(), 'p-3').notes).toBe('Two.');
  });

  it('still refuses a save over another window’s save made after it', async () => {
    const { popup, options, fromPopup } = await popupSavedOnce('p-4');
    const inOptions = profileAt(await options.load(), 'p-4');
    await options.update({ ...inOptions, notes: 'Options.' }, { base: inOptions, now: new Date(0) });
    await expect(
      popup.update({ ...fromPopup, notes: 'Popup again.' }, { base: fromPopup }),
    ).rejects.toMatchObject({ reason: { key: CHANGED_ELSEWHERE } });
    expect(profileAt(await popup.load(), 'p-4').notes).toBe('Options.');
  });

  it('keeps the revision of the saved profile: a delete and undo elsewhere since is noticed', async () => {
    const { popup, options, fromPopup } = await popupSavedOnce('p-5');
    await deleteAndUndo(options, 'p-5');
    // Same text and timestamp as the popup saved, but a record written again since.
    await expect(
      popup.update({ ...fromPopup, notes: 'Popup again.' }, { base: fromPopup }),
    ).rejects.toMatchObject({ reason: { key: CHANGED_ELSEWHERE } });
  });

  it('notices a delete and undo elsewhere after this page has read the list again', async () => {
    const { popup, options, fromPopup } = await popupSavedOnce('p-5');
    await deleteAndUndo(options, 'p-5');
    // The popup's list follows the other window (its watch, or its list head being rebuilt),
    // while the editor still holds the profile it saved: the same text, now under another record.
    const reread = profileAt(await popup.load(), 'p-5');
    expect(reread).toEqual(fromPopup);
    await expect(
      popup.update({ ...fromPopup, notes: 'Popup again.' }, { base: fromPopup }),
    ).rejects.toMatchObject({ reason: { key: CHANGED_ELSEWHERE } });
    // Opened again from the list as it is now, the profile saves.
    const again = await popup.update({ ...reread, notes: 'Popup again.' }, { base: reread });
    expect(profileAt(again.state, 'p-5').notes).toBe('Popup again.');
  });

  it('a load with nothing written since hands back the same profiles without a new pass', async () => {
    await seedLegacy([sampleProfile()]);
    const repository = createProfileRepository(createRecordStore());
    const first = await repository.load();
    expect(await repository.load()).toBe(first);
  });

  it('equals a full read with encryption on, and stores the saved profile sealed', async () => {
    await seedLegacy(manyProfiles(5));
    const session = createVaultSession();
    await turnOnEncryption(
      session,
      'several words make it long',
      storeResealer(() => createRecordStore()),
    );
    expect(await syncRecordCodec(session)).toBe('unlocked');
    const repository = createProfileRepository(createRecordStore());
    const opened = profileAt(await repository.load(), 'p-2');
    const { state } = await repository.update({ ...opened, notes: 'Sealed note.' }, { base: opened });
    expect(profileAt(state, 'p-2').notes).toBe('Sealed note.');
    expect(state).toEqual(await fullRead());
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Sealed note.');
  });
});
