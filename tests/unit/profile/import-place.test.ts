/**
 * Import problems name their place as the person knows the file: "Satır 3, Doğum Tarihi" on a
 * Turkish screen, never the field's key (issue 14 §5). Every column has a label of its own in
 * every language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/contracts/languages';
import { createTranslator, type Messages } from '../../../src/i18n/translate';
import { PROFILE_COLUMNS } from '../../../src/profile/columns';
import { columnLabelSources, describePlace, type PlaceWords, parsePlace } from '../../../src/profile/place';

const catalogue = (lang: string, namespace: string): Messages =>
  JSON.parse(readFileSync(path.resolve(`locales/${lang}/${namespace}.json`), 'utf8'));

/** The words of one language, with no English fallback: a missing text shows as missing. */
function wordsOf(lang: string): PlaceWords {
  const own = { profile: catalogue(lang, 'profile'), fields: catalogue(lang, 'fields') };
  return {
    t: createTranslator(own.profile),
    label: (column) =>
      columnLabelSources(column)
        .map(([namespace, key]) => own[namespace][key])
        .find((label) => label !== undefined && label.trim() !== ''),
  };
}

const describeIn = (lang: string, at: string) => describePlace(parsePlace(at), wordsOf(lang));

describe('parsePlace', () => {
  it('reads the importer’s paths: CSV rows, JSON profiles (from 1), situation answers and list entries', () => {
    expect(parsePlace('row 3, birthDate')).toEqual({ kind: 'row', number: 3, column: 'birthDate' });
    expect(parsePlace('row 1')).toEqual({ kind: 'row', number: 1 });
    expect(parsePlace('row 7, situation.moveDate')).toEqual({
      kind: 'row',
      number: 7,
      column: 'situation.moveDate',
    });
    expect(parsePlace('profiles[0].birthDate')).toEqual({ kind: 'profile', number: 1, column: 'birthDate' });
    expect(parsePlace('profiles[4]')).toEqual({ kind: 'profile', number: 5 });
    expect(parsePlace('profiles[2].dependantIds[0]')).toEqual({
      kind: 'profile',
      number: 3,
      column: 'dependantIds',
      item: 1,
    });
    expect(parsePlace('profiles[2].situation')).toEqual({ kind: 'profile', number: 3, column: 'situation' });
    expect(parsePlace('profiles[2].notes.deeper[1]')).toEqual({
      kind: 'profile',
      number: 3,
      column: 'notes',
      rest: '.deeper[1]',
    });
    expect(parsePlace('(file)')).toEqual({ kind: 'file' });
    expect(parsePlace('exportedAt')).toEqual({ kind: 'file', column: 'exportedAt' });
  });
});

describe('describePlace', () => {
  it('names a CSV cell by row and the column’s label, in each language', () => {
    expect(describeIn('tr', 'row 3, birthDate')).toBe('Satır 3, Doğum Tarihi');
    expect(describeIn('en', 'row 3, birthDate')).toBe('Row 3, Date of birth');
    expect(describeIn('ru', 'row 3, birthDate')).toBe('Строка 3, Дата рождения');
    expect(describeIn('ar', 'row 3, birthDate')).toBe('الصف 3، تاريخ الميلاد');
  });

  it('names JSON places, situation answers, list entries and the file without a key in sight', () => {
    expect(describeIn('tr', 'profiles[0].foreignerId')).toMatch(/^Profil 1, Yabancı/);
    expect(describeIn('tr', 'row 4, situation.moveDate')).toBe(
      `Satır 4, ${catalogue('tr', 'profile')['situation.moveDate']}`,
    );
    expect(describeIn('en', 'profiles[1].dependantIds[2]')).toBe('Profile 2, Dependants, no. 3');
    expect(describeIn('tr', '(file)')).toBe('Dosya');
    expect(describeIn('ru', 'exportedAt')).toBe('Файл, Дата экспорта');
    for (const lang of LANGUAGES) {
      const text = describeIn(lang, 'row 12, passportExpiry');
      expect(text, lang).not.toMatch(/passportExpiry|row/);
    }
  });

  it('keeps a name it has no label for as the file wrote it, so the person can still find it', () => {
    expect(describeIn('en', 'profiles[0].phone')).toBe('Profile 1, phone');
  });
});

describe('column labels', () => {
  it('every column of a profile and every file-level key has a label of its own in tr, en, ar and ru', () => {
    const columns = [...PROFILE_COLUMNS, 'situation', 'format', 'version', 'exportedAt', 'profiles'];
    for (const lang of LANGUAGES) {
      const words = wordsOf(lang);
      const missing = columns.filter((column) => words.label(column) === undefined);
      expect(missing, lang).toEqual([]);
    }
  });

  it('every place text exists in every language with the same placeholders', () => {
    const keys = Object.keys(catalogue('en', 'profile')).filter((key) => key.startsWith('import.place.'));
    expect(keys.length).toBeGreaterThan(5);
    const holes = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const lang of LANGUAGES) {
      const own = catalogue(lang, 'profile');
      for (const key of keys)
        expect(holes(own[key]), `${lang} ${key}`).toEqual(holes(catalogue('en', 'profile')[key]));
    }
  });
});
