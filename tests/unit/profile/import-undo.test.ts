/**
 * An import undone as a whole (issue 14 §4): the profiles it added removed, those it replaced put
 * back as they were, in one write, with encryption off and on; refused with nothing written when
 * an imported profile was saved or deleted since.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import { prepareImport, runImport } from '../../../src/profile/import-run';
import { createProfileRepository, IMPORT_CHANGED_SINCE } from '../../../src/profile/repository';
import type { Profile } from '../../../src/profile/schema';
import { plainCodec } from '../../../src/profile/store/record-codec';
import { createRecordStore, setRecordCodec } from '../../../src/profile/store/record-store';
import { turnOnEncryption } from '../../../src/profile/vault/encrypt-all';
import { createVaultSession } from '../../../src/profile/vault/session';
import { storeResealer } from '../../../src/profile/vault/store-resealer';
import { sampleProfile, seedLegacy, storedEntries } from './helpers';

const NOW = new Date('2026-05-05T08:00:00Z');
const STORED: Profile[] = [
  sampleProfile({ id: 'anna', surname: 'Petrova', passportNumber: 'AP1111111', foreignerId: undefined }),
  sampleProfile({ id: 'omar', surname: 'Haddad', passportNumber: 'OH2222222', foreignerId: undefined }),
  sampleProfile({ id: 'leyla', surname: 'Aliyeva', passportNumber: 'LA3333333', foreignerId: undefined }),
];
/** Anna changed, Omar as stored, two new clients. */
const FILE = exportFileText([
  { ...(STORED[0] as Profile), id: 'anna-in-file', notes: 'New address given at the office.' },
  STORED[1] as Profile,
  sampleProfile({ id: 'new-1', surname: 'Weber', passportNumber: 'JW4444444', foreignerId: undefined }),
  sampleProfile({ id: 'new-2', surname: 'Karimi', passportNumber: 'NK5555555', foreignerId: undefined }),
]);

async function importFile(repository = createProfileRepository()) {
  const prepared = prepareImport(FILE, FILE.length, await repository.load());
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
  return runImport(repository, prepared.plan, new Map([[0, 'replace']]), NOW);
}

beforeEach(async () => {
  fakeBrowser.reset();
  setRecordCodec(plainCodec);
  await seedLegacy(STORED);
});

describe('undoing an import', () => {
  it('removes what it added and restores what it replaced, in one action', async () => {
    const repository = createProfileRepository();
    const before = (await repository.load()).profiles;
    const { state, outcome, imported } = await importFile(repository);
    expect(outcome).toEqual({ added: 2, replaced: 1, skipped: 0, unchanged: 1 });
    expect(state.profiles.map((p) => p.surname)).toEqual(['Petrova', 'Haddad', 'Aliyeva', 'Weber', 'Karimi']);
    expect(state.profiles[0]?.notes).toBe('New address given at the office.');
    expect(imported.map(({ written, replaced }) => [written.surname, replaced?.notes])).toEqual([
      ['Petrova', 'Client since 2024.'],
      ['Weber', undefined],
      ['Karimi', undefined],
    ]);

    const undone = await repository.undoImport(imported);
    expect(undone.profiles).toEqual(before);
    // Read afresh from storage by another page: the same.
    expect((await createProfileRepository().load()).profiles).toEqual(before);
  });

  it('is refused, with nothing written, once an imported profile was saved or deleted since', async () => {
    const repository = createProfileRepository();
    const { imported } = await importFile(repository);
    const elsewhere = createProfileRepository();
    const weber = (await elsewhere.load()).profiles.find((p) => p.surname === 'Weber') as Profile;
    await elsewhere.update({ ...weber, notes: 'called back' }, { base: weber });
    await Promise.all([repository.headSettled(), elsewhere.headSettled()]);
    const storedNow = JSON.stringify(await storedEntries());
    await expect(repository.undoImport(imported)).rejects.toMatchObject({
      reason: { key: IMPORT_CHANGED_SINCE },
    });
    expect(JSON.stringify(await storedEntries())).toBe(storedNow);

    await elsewhere.remove(weber.id);
    await expect(repository.undoImport(imported)).rejects.toMatchObject({
      reason: { key: IMPORT_CHANGED_SINCE },
    });
  });

  it('works the same with encryption on, and leaves nothing readable in storage', async () => {
    const session = createVaultSession();
    await turnOnEncryption(
      session,
      'several words make it long',
      storeResealer(() => createRecordStore()),
    );
    const repository = createProfileRepository(createRecordStore());
    const before = (await repository.load()).profiles;
    expect(before).toHaveLength(3);
    const { imported } = await importFile(repository);
    expect(JSON.stringify(await storedEntries())).not.toContain('Karimi');
    const undone = await repository.undoImport(imported);
    expect(undone.profiles).toEqual(before);
    const raw = JSON.stringify(await storedEntries());
    for (const secret of ['Petrova', 'New address', 'Client since']) expect(raw).not.toContain(secret);
    expect((await createProfileRepository(createRecordStore()).load()).profiles).toEqual(before);
  }, 30_000);
});
