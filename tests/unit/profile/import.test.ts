import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileText } from '../../../src/profile/export-file';
import { parseImportFile } from '../../../src/profile/import-file';
import { prepareImport, runImport } from '../../../src/profile/import-run';
import { MAX_IMPORT_BYTES, MAX_PROFILES } from '../../../src/profile/limits';
import { createProfileRepository } from '../../../src/profile/repository';
import { sampleProfile } from './helpers';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/profiles');
const readFixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const parseFixture = (name: string) => {
  const text = readFixture(name);
  return parseImportFile(text, Buffer.byteLength(text));
};
const problemsOf = (result: ReturnType<typeof parseImportFile>) =>
  result.ok ? [] : result.problems.map(({ path: at, key }) => `${at}: ${key}`);

beforeEach(() => fakeBrowser.reset());

describe('parseImportFile', () => {
  it('reads a good version-2 file, normalising what the editor would', () => {
    const result = parseFixture('import/good-v2.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles.map((profile) => profile.id)).toEqual(['imp-anna', 'imp-jonas', 'imp-leyla']);
    expect(result.profiles[2]?.mobile).toBe('5421112233');
    expect(result.notices).toEqual([
      { path: 'profiles[2].mobile', key: 'notice.mobile', params: { value: '5421112233' } },
    ]);
    // HTML stays text: it is data, shown with textContent.
    expect(result.profiles[1]?.notes).toBe('<img src=x onerror=alert(1)> shown as text');
  });

  it('migrates a version-1 file', () => {
    const result = parseFixture('import/v1-export.json');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.version).toBe(1);
    expect(result.profiles[0]).toMatchObject({
      givenName: 'Olga',
      surname: 'Ivanova',
      mobile: '5354445566',
      currentPermitEnd: '15.07.2026',
    });
  });

  it('refuses malformed JSON with the parser’s reason', () => {
    const text = '{ "format": "eikamet-assistant/profiles", "version": 2, "profiles": [ { "id": "x", ';
    const result = parseImportFile(text, text.length);
    expect(problemsOf(result)).toEqual(['(file): import.malformedJson']);
    expect(result.ok ? '' : result.problems[0]?.params?.detail).toMatch(/JSON/);
  });

  it('names every problem of a file with bad fields, by path', () => {
    expect(problemsOf(parseFixture('import/broken-fields.json'))).toEqual([
      'profiles[0].birthDate: error.date.calendar',
      'profiles[0].foreignerId: error.foreignerId',
      'profiles[0]: error.unknownField',
      'profiles[1].surname: error.controlCharacter',
      'profiles[1].gender: error.option',
      'profiles[1].passportNumber: error.type.string',
    ]);
  });

  it('refuses other formats and newer versions', () => {
    expect(problemsOf(parseFixture('import/wrong-format.json'))).toEqual(['format: import.wrongFormat']);
    expect(problemsOf(parseFixture('import/newer-version.json'))).toEqual(['version: import.newerVersion']);
    expect(problemsOf(parseImportFile('[]', 2))).toEqual(['(file): import.notAnObject']);
  });

  it('refuses files over 5 MB before reading them, and lists over 10,000 profiles', () => {
    expect(problemsOf(parseImportFile('{}', MAX_IMPORT_BYTES + 1))).toEqual(['(file): import.tooLarge']);
    const tooMany = JSON.stringify({
      format: 'eikamet-assistant/profiles',
      version: 2,
      exportedAt: '2026-05-04T10:00:00.000Z',
      profiles: Array.from({ length: MAX_PROFILES + 1 }, () => 0),
    });
    expect(problemsOf(parseImportFile(tooMany, tooMany.length))).toEqual([
      'profiles: import.tooManyProfiles',
    ]);
  });

  const fileWith = (profiles: unknown[]) =>
    JSON.stringify({
      format: 'eikamet-assistant/profiles',
      version: 2,
      exportedAt: '2026-05-04T10:00:00.000Z',
      profiles,
    });

  it('refuses two profiles with the same id in one file', () => {
    const text = fileWith([sampleProfile(), sampleProfile()]);
    const result = parseImportFile(text, text.length);
    expect(problemsOf(result)).toEqual(['profiles[1].id: import.duplicateIdInFile']);
    // The other one named as a person counts: "the same id as profile 1".
    expect(result.ok ? undefined : result.problems[0]?.params).toEqual({ other: 1 });
  });

  describe.each(['__proto__', 'constructor', 'prototype'])('a %s key', (name) => {
    const refusal = (path: string) => [{ path, key: 'import.reservedKey', params: { name } }];
    const problems = (text: string) => {
      const result = parseImportFile(text, text.length);
      return result.ok ? 'accepted' : result.problems;
    };

    it('in a record is named with the record, polluting nothing', () => {
      const profiles = [sampleProfile({ id: 'p-1' }), sampleProfile({ id: 'p-2' })];
      const text = fileWith(profiles).replace('"id":"p-2"', `"id":"p-2","${name}":{"polluted":true}`);
      expect(problems(text)).toEqual(refusal('profiles[1]'));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('in a version-1 record, which would otherwise be copied away without a word, is named', () => {
      const record = {
        id: 'v1-a',
        name: 'Maria Garcia',
        createdAt: '2026-01-01T10:00:00.000Z',
        updatedAt: '2026-01-01T10:00:00.000Z',
      };
      const text = JSON.stringify({
        format: 'eikamet-assistant/profiles',
        version: 1,
        exportedAt: '2026-05-04T10:00:00.000Z',
        profiles: [record],
      }).replace('"id":"v1-a"', `"${name}":{"x":1},"id":"v1-a"`);
      expect(problems(text)).toEqual(refusal('profiles[0]'));
    });

    it('nested in a record (the situation answers, a list) is named where it is', () => {
      const nested = fileWith([sampleProfile({ situation: { propertyOwner: true } })]).replace(
        '"situation":{',
        `"situation":{"${name}":true,`,
      );
      expect(problems(nested)).toEqual(refusal('profiles[0].situation'));
      const inList = fileWith([sampleProfile({ dependantIds: ['b'] })]).replace(
        '"dependantIds":["b"]',
        `"dependantIds":["b",{"${name}":1}]`,
      );
      expect(problems(inList)).toEqual(refusal('profiles[0].dependantIds[1]'));
    });

    it('beside the profile list is named for the file', () => {
      const text = fileWith([sampleProfile()]).replace('"exportedAt"', `"${name}":{"a":1},"exportedAt"`);
      expect(problems(text)).toEqual(refusal('(file)'));
    });
  });

  it('summarises a flood of problems', () => {
    const text = JSON.stringify({
      format: 'eikamet-assistant/profiles',
      version: 2,
      exportedAt: '2026-05-04T10:00:00.000Z',
      profiles: Array.from({ length: 300 }, () => 'not a profile'),
    });
    const result = parseImportFile(text, text.length);
    expect(result.ok ? 0 : result.problems.length).toBe(101);
    expect(problemsOf(result).at(-1)).toBe('(file): import.moreProblems');
  });

  it('reads its own exports back', () => {
    const profiles = [
      sampleProfile(),
      sampleProfile({ id: 'p-2', surname: 'Çelik', situation: { propertyOwner: true } }),
    ];
    const text = exportFileText(profiles, new Date('2026-05-04T10:00:00Z'));
    const result = parseImportFile(text, text.length);
    expect(result.ok && result.profiles).toEqual(profiles);
  });
});

describe('import with duplicates', () => {
  async function seededRepository() {
    await fakeBrowser.storage.local.set({
      profiles: [
        sampleProfile({
          id: 'stored-anna',
          givenName: 'Anna',
          surname: 'Petrova',
          passportNumber: '751234567',
        }),
        sampleProfile({
          id: 'stored-leyla',
          givenName: 'Leyla',
          surname: 'Hasanova',
          passportNumber: 'AZ0000001',
          foreignerId: '99876543210',
        }),
        { id: 'broken', surname: 42 },
      ],
      profiles$: { v: 2 },
    });
    return createProfileRepository();
  }

  it('offers each duplicate, matched by passport number or foreigner id', async () => {
    const repository = await seededRepository();
    const text = readFixture('import/good-v2.json');
    const prepared = prepareImport(text, text.length, await repository.load());
    if (!prepared.ok) throw new Error('refused');
    expect(prepared.plan.duplicates.map((d) => [d.incoming.id, d.existing.id, d.reasons])).toEqual([
      ['imp-anna', 'stored-anna', ['passportNumber']],
      ['imp-leyla', 'stored-leyla', ['foreignerId']],
    ]);
  });

  it('applies skip, replace and keep-both, keeping broken records as they are', async () => {
    const repository = await seededRepository();
    const text = readFixture('import/good-v2.json');
    const prepared = prepareImport(text, text.length, await repository.load());
    if (!prepared.ok) throw new Error('refused');
    const { state, outcome } = await runImport(
      repository,
      prepared.plan,
      new Map([
        [0, 'replace'],
        [2, 'keep-both'],
      ]),
      new Date('2026-05-05T08:00:00Z'),
    );
    expect(outcome).toEqual({ added: 2, replaced: 1, skipped: 0, unchanged: 0 });
    const anna = state.profiles.find((profile) => profile.id === 'stored-anna');
    expect(anna).toMatchObject({ notes: 'Updated at the office.', updatedAt: '2026-05-05T08:00:00.000Z' });
    expect(state.profiles.map((profile) => profile.surname)).toEqual([
      'Petrova',
      'Hasanova',
      'Weber',
      'Hasanova',
    ]);
    expect(state.needsAttention.map((entry) => entry.raw)).toEqual([{ id: 'broken', surname: 42 }]);
  });

  it('skips duplicates by default', async () => {
    const repository = await seededRepository();
    const text = readFixture('import/good-v2.json');
    const prepared = prepareImport(text, text.length, await repository.load());
    if (!prepared.ok) throw new Error('refused');
    const { outcome } = await runImport(repository, prepared.plan, new Map());
    expect(outcome).toEqual({ added: 1, replaced: 0, skipped: 2, unchanged: 0 });
  });

  it('writes nothing when the stored profiles changed since the choices were shown', async () => {
    const repository = await seededRepository();
    const text = readFixture('import/good-v2.json');
    const prepared = prepareImport(text, text.length, await repository.load());
    if (!prepared.ok) throw new Error('refused');
    await repository.remove('stored-anna');
    const before = await fakeBrowser.storage.local.get(null);
    await expect(runImport(repository, prepared.plan, new Map([[0, 'replace']]))).rejects.toMatchObject({
      reason: { key: 'import.changedMeanwhile' },
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
