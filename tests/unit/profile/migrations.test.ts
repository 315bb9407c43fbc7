import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStoredProfiles } from '../../../src/profile/records';
import { PROFILE_VERSION } from '../../../src/profile/schema';
import { defineProfilesItem, PROFILE_STORAGE_MIGRATIONS } from '../../../src/profile/storage';

/**
 * Read Frog style: one stored fixture per schema version (tests/fixtures/profiles/v<N>.json), each
 * migrated through every later migration must equal the latest fixture.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/profiles');
const fixture = (version: number): unknown =>
  JSON.parse(readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8'));
const VERSIONS = Array.from({ length: PROFILE_VERSION }, (_, i) => i + 1);

beforeEach(() => fakeBrowser.reset());

describe('stored profile migrations', () => {
  it('has a migration for every version after 1 and a fixture for every version', () => {
    expect(Object.keys(PROFILE_STORAGE_MIGRATIONS).map(Number)).toEqual(VERSIONS.slice(1));
    for (const version of VERSIONS) expect(Array.isArray(fixture(version))).toBe(true);
  });

  it.each(VERSIONS)('migrates the v%i fixture in storage to the latest fixture', async (version) => {
    // Version 1 stored no meta key; later versions record theirs.
    await fakeBrowser.storage.local.set({
      profiles: fixture(version),
      ...(version > 1 ? { profiles$: { v: version } } : {}),
    });
    const item = defineProfilesItem();
    await item.migrate();
    expect(await item.getValue()).toEqual(fixture(PROFILE_VERSION));
    expect(await item.getMeta()).toEqual({ v: PROFILE_VERSION });
  });

  it.each(VERSIONS)('migrates the v%i fixture through the migration functions directly', (version) => {
    let value = fixture(version);
    for (let next = version + 1; next <= PROFILE_VERSION; next += 1) {
      const migrate = PROFILE_STORAGE_MIGRATIONS[next as keyof typeof PROFILE_STORAGE_MIGRATIONS];
      value = migrate(value);
    }
    expect(value).toEqual(fixture(PROFILE_VERSION));
  });

  it('keeps a record it cannot migrate, which then needs attention', () => {
    const stored = readStoredProfiles(fixture(PROFILE_VERSION));
    expect(stored.profiles.map((profile) => profile.id)).toEqual(['v1-anna', 'v1-maria', 'v1-ahmad']);
    expect(stored.needsAttention).toHaveLength(1);
    expect(stored.needsAttention[0]).toMatchObject({ index: 3, id: 'v1-broken' });
    expect(stored.needsAttention[0]?.problems.map((problem) => problem.key)).toContain('error.unknownField');
  });

  it('leaves a stored value that is not a list alone, and reports it', async () => {
    await fakeBrowser.storage.local.set({ profiles: { not: 'a list' } });
    const item = defineProfilesItem();
    await item.migrate();
    expect(await item.getValue()).toEqual({ not: 'a list' });
    expect(readStoredProfiles(await item.getValue()).rootProblem).toEqual({ key: 'error.storedRoot' });
  });

  it('starts a fresh install at the current version on the first write', async () => {
    const item = defineProfilesItem();
    expect(await item.getValue()).toEqual([]);
    await item.setValue([]);
    expect(await item.getMeta()).toEqual({ v: PROFILE_VERSION });
  });
});
