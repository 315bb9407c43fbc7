/**
 * A consultant's backup: 10,000 profiles with long notes, exported compactly and imported back
 * from that very file, into an empty browser and over the same profiles.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import { prepareImport, prepareImportInSteps, runImport } from '../../../src/profile/import-run';
import { MAX_IMPORT_BYTES } from '../../../src/profile/limits';
import { createProfileRepository } from '../../../src/profile/repository';
import { manyProfiles } from './helpers';

const COUNT = 10_000;
const LONG_NOTES = 'Görüşme notu: kira sözleşmesi, sağlık sigortası ve adres kaydı kontrol edildi. '.repeat(
  12,
);

async function importText(text: string) {
  const repository = createProfileRepository();
  const progress: number[] = [];
  const prepared = await prepareImportInSteps(
    text,
    new TextEncoder().encode(text).length,
    await repository.load(),
    (done) => progress.push(done),
  );
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems.slice(0, 3)));
  const result = await runImport(repository, prepared.plan, new Map());
  return { ...result, prepared, progress };
}

describe(`a backup of ${COUNT} profiles with long notes`, () => {
  it('is compact, fits the import limit and comes back exactly from its own export', async () => {
    fakeBrowser.reset();
    const profiles = manyProfiles(COUNT).map((profile) => ({ ...profile, notes: LONG_NOTES }));
    const first = await importText(exportFileText(profiles));
    expect(first.outcome).toEqual({ added: COUNT, replaced: 0, skipped: 0, unchanged: 0 });
    // The bar moved in steps up to the whole file.
    expect(first.progress.at(-1)).toBe(COUNT);
    expect(first.progress.length).toBeGreaterThan(10);

    const backup = exportFileText(first.state.profiles);
    expect(backup).not.toContain('\n  ');
    expect(new TextEncoder().encode(backup).length).toBeLessThan(MAX_IMPORT_BYTES);

    // Into an empty browser: every profile back, byte for byte the same.
    fakeBrowser.reset();
    const restored = await importText(backup);
    expect(restored.outcome.added).toBe(COUNT);
    expect(JSON.stringify(restored.state.profiles)).toBe(JSON.stringify(first.state.profiles));

    // Over the same profiles: every one is identical, none to decide on, and nothing changes.
    const again = prepareImport(backup, backup.length, await createProfileRepository().load());
    if (!again.ok) throw new Error('refused');
    expect(again.plan.duplicates).toHaveLength(0);
    expect(again.plan.identical).toHaveLength(COUNT);
    const skipped = await runImport(createProfileRepository(), again.plan, new Map());
    expect(skipped.outcome).toEqual({ added: 0, replaced: 0, skipped: 0, unchanged: COUNT });
    expect(JSON.stringify(skipped.state.profiles)).toBe(JSON.stringify(first.state.profiles));
  }, 120_000);
});
