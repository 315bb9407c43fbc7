/**
 * Property: an import whose write fails (the quota is full) or whose plan went stale (another
 * window changed or removed a profile) leaves storage byte for byte as it was; an import that goes
 * through loses nothing stored that the user did not choose to replace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import type { DuplicateChoice } from '../../../src/profile/import-plan';
import { prepareImport, runImport } from '../../../src/profile/import-run';
import { createProfileRepository } from '../../../src/profile/repository';
import type { Profile } from '../../../src/profile/schema';
import { profileArea } from '../../../src/profile/store/idb-area';
import { createRecordStore } from '../../../src/profile/store/record-store';
import { sampleProfile, seedLegacy, storedEntries } from './helpers';

const BROKEN = { id: 'broken', surname: 42 };
const person = (i: number, notes = 'stored') =>
  sampleProfile({
    id: `s-${i}`,
    surname: `Stored${String.fromCharCode(65 + i)}`,
    passportNumber: `SP${String(i).padStart(7, '0')}`,
    foreignerId: `99${String(200_000_000 + i)}`,
    notes,
  });

type Failure = 'quota' | 'edit-elsewhere' | 'delete-elsewhere' | 'none';

const scenario = fc.record({
  storedCount: fc.integer({ min: 1, max: 6 }),
  withBroken: fc.boolean(),
  /** Stored profiles the file holds again (by id, or by passport under another id). */
  again: fc.array(fc.record({ at: fc.nat(), byPassport: fc.boolean() }), { maxLength: 6 }),
  newCount: fc.integer({ min: 0, max: 4 }),
  choices: fc.array(fc.constantFrom<DuplicateChoice>('skip', 'replace', 'keep-both'), {
    minLength: 12,
    maxLength: 12,
  }),
  failure: fc.constantFrom<Failure>('quota', 'edit-elsewhere', 'delete-elsewhere', 'none'),
  target: fc.nat(),
});

/** Every key and value in the profile store, in a fixed order, as text: "byte-identical" means equal strings. */
async function storageBytes(): Promise<string> {
  const all = await storedEntries();
  return JSON.stringify(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function failingSetStore() {
  const area = profileArea();
  return createRecordStore(undefined, {
    get: (keys) => area.get(keys),
    watch: (listener) => area.watch(listener),
    write: async () => {
      throw new Error('QuotaExceededError: the disk is full');
    },
  });
}

describe('import writes', () => {
  it('leave storage byte-identical when refused or failed, and lose nothing when they succeed', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        fakeBrowser.reset();
        const stored = Array.from({ length: s.storedCount }, (_, i) => person(i));
        await seedLegacy(s.withBroken ? [...stored, BROKEN] : stored);
        const page = createProfileRepository();
        const shown = await page.load();

        const incoming: Profile[] = s.again.map(({ at, byPassport }, i) => {
          const base = stored[at % stored.length] as Profile;
          return { ...base, id: byPassport ? `f-${i}` : base.id, notes: `from the file ${i}` };
        });
        for (let i = 0; i < s.newCount; i += 1)
          incoming.push(
            sampleProfile({
              id: `n-${i}`,
              surname: `New${String.fromCharCode(65 + i)}`,
              passportNumber: `NP${i}`,
              foreignerId: undefined,
            }),
          );
        const text = exportFileText(incoming);
        const prepared = prepareImport(text, text.length, shown);
        if (!prepared.ok) return; // the same stored profile twice under one id: refused, tested elsewhere
        const choices = new Map(
          prepared.plan.duplicates.map(
            (d, i) => [d.incomingIndex, s.choices[i % s.choices.length] ?? 'skip'] as const,
          ),
        );

        // Another window acts after the plan was shown.
        const target = stored[s.target % stored.length] as Profile;
        const targeted = [...prepared.plan.duplicates, ...prepared.plan.identical].some(
          (d) => d.existing.id === target.id,
        );
        const elsewhere = createProfileRepository();
        if (s.failure === 'edit-elsewhere') {
          const current = (await elsewhere.load()).profiles.find((p) => p.id === target.id) as Profile;
          await elsewhere.update({ ...current, notes: 'edited elsewhere' }, { base: current });
        }
        if (s.failure === 'delete-elsewhere') await elsewhere.remove(target.id);
        await elsewhere.headSettled();

        const before = await storageBytes();
        const importer = s.failure === 'quota' ? createProfileRepository(failingSetStore()) : page;
        const run = runImport(importer, prepared.plan, choices);
        const mustFail = s.failure === 'quota' || (s.failure !== 'none' && targeted);
        if (mustFail) {
          await expect(run).rejects.toMatchObject({
            reason: { key: s.failure === 'quota' ? 'error.writeFailed' : 'import.changedMeanwhile' },
          });
          expect(await storageBytes()).toBe(before);
          return;
        }
        const { state, outcome } = await run;
        await page.headSettled();
        expect(outcome.added + outcome.replaced + outcome.skipped + outcome.unchanged).toBe(incoming.length);
        const replacedIds = new Set(
          prepared.plan.duplicates
            .filter((d) => choices.get(d.incomingIndex) === 'replace')
            .map((d) => d.existing.id),
        );
        // Every stored profile is still there, unchanged unless the user chose to replace it.
        const after = await createProfileRepository().load();
        for (const profile of stored) {
          if (s.failure === 'delete-elsewhere' && profile.id === target.id) continue;
          const now = after.profiles.find((p) => p.id === profile.id);
          expect(now).toBeDefined();
          if (!replacedIds.has(profile.id)) {
            const expectedNotes =
              s.failure === 'edit-elsewhere' && profile.id === target.id ? 'edited elsewhere' : 'stored';
            expect(now?.notes).toBe(expectedNotes);
          }
        }
        expect(after.profiles).toHaveLength(state.profiles.length);
        expect(after.profiles.length).toBe(
          shown.profiles.length - (s.failure === 'delete-elsewhere' ? 1 : 0) + outcome.added,
        );
        if (s.withBroken) expect(after.needsAttention.map((entry) => entry.raw)).toEqual([BROKEN]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('fails the property when a write is not all or nothing (the check can fail)', async () => {
    fakeBrowser.reset();
    await seedLegacy([person(0)]);
    const page = createProfileRepository();
    await page.load();
    const before = await storageBytes();
    // A store that writes half the records and then fails, as a chunked writer would.
    const area = profileArea();
    const halfWriting = createRecordStore(undefined, {
      get: (keys) => area.get(keys),
      watch: (listener) => area.watch(listener),
      write: async (items) => {
        const [first] = Object.entries(items);
        if (first) await area.write({ [first[0]]: first[1] });
        throw new Error('QuotaExceededError: the disk is full');
      },
    });
    const text = exportFileText([
      sampleProfile({ id: 'n-1' }),
      sampleProfile({ id: 'n-2', passportNumber: 'NP0000002', foreignerId: undefined }),
    ]);
    const prepared = prepareImport(text, text.length, await page.load());
    if (!prepared.ok) throw new Error('refused');
    await expect(
      runImport(createProfileRepository(halfWriting), prepared.plan, new Map()),
    ).rejects.toBeTruthy();
    expect(await storageBytes()).not.toBe(before);
  });
});
