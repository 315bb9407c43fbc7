import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/fields.json';
import en from '../../../locales/en/fields.json';
import ru from '../../../locales/ru/fields.json';
import tr from '../../../locales/tr/fields.json';
import { FIELD_KEYS } from '../../../src/contracts/field-keys';
import { PAGE_KINDS } from '../../../src/page/page-kinds';

type Catalogue = Readonly<Record<string, string>>;

const EN: Catalogue = en;
const TRANSLATIONS: ReadonlyArray<readonly [lang: string, catalogue: Catalogue]> = [
  ['tr', tr],
  ['ar', ar],
  ['ru', ru],
];
const ALL: ReadonlyArray<readonly [lang: string, catalogue: Catalogue]> = [['en', EN], ...TRANSLATIONS];

const FIELD_PARTS = ['label', 'hint', 'format', 'mistakes'] as const;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const CYRILLIC_SCRIPT = /[\u0400-\u04FF]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

describe('field catalogues (locales/*/fields.json)', () => {
  it('has a label and a hint in English for every FieldKey', () => {
    const missing = FIELD_KEYS.flatMap((key) =>
      (['label', 'hint'] as const)
        .map((part) => `field.${key}.${part}`)
        .filter((messageKey) => !EN[messageKey]?.trim()),
    );
    expect(missing).toEqual([]);
  });

  it('has a name and an "about" sentence in English for every page kind', () => {
    const missing = PAGE_KINDS.flatMap((kind) =>
      [`page.${kind}`, `page.${kind}.about`].filter((messageKey) => !EN[messageKey]?.trim()),
    );
    expect(missing).toEqual([]);
  });

  it('uses only known keys in English (field.<FieldKey>.<part>, page.<kind>[.about])', () => {
    const known = new Set<string>([
      ...FIELD_KEYS.flatMap((key) => FIELD_PARTS.map((part) => `field.${key}.${part}`)),
      ...PAGE_KINDS.flatMap((kind) => [`page.${kind}`, `page.${kind}.about`]),
    ]);
    expect(Object.keys(EN).filter((messageKey) => !known.has(messageKey))).toEqual([]);
  });

  it.each(TRANSLATIONS)(
    '%s has exactly the English keys, none missing and none extra',
    (_lang, catalogue) => {
      const englishKeys = Object.keys(EN);
      const keys = Object.keys(catalogue);
      expect(englishKeys.filter((messageKey) => !Object.hasOwn(catalogue, messageKey))).toEqual([]);
      expect(keys.filter((messageKey) => !Object.hasOwn(EN, messageKey))).toEqual([]);
    },
  );

  it.each(ALL)('%s has no empty value and no value equal to its key', (_lang, catalogue) => {
    const bad = Object.entries(catalogue)
      .filter(
        ([messageKey, text]) => typeof text !== 'string' || text.trim() === '' || text.trim() === messageKey,
      )
      .map(([messageKey]) => messageKey);
    expect(bad).toEqual([]);
  });

  it.each(TRANSLATIONS)('%s uses only placeholders that the English text has', (_lang, catalogue) => {
    const bad = Object.entries(catalogue).flatMap(([messageKey, text]) => {
      const english = new Set(placeholders(EN[messageKey] ?? ''));
      return placeholders(text)
        .filter((name) => !english.has(name))
        .map((name) => `${messageKey}: {${name}}`);
    });
    expect(bad).toEqual([]);
  });

  it('writes every Arabic text with Arabic script', () => {
    const bad = Object.entries(ar as Catalogue)
      .filter(([, text]) => !ARABIC_SCRIPT.test(text))
      .map(([messageKey]) => messageKey);
    expect(bad).toEqual([]);
  });

  it('writes every Russian text with Cyrillic script', () => {
    const bad = Object.entries(ru as Catalogue)
      .filter(([, text]) => !CYRILLIC_SCRIPT.test(text))
      .map(([messageKey]) => messageKey);
    expect(bad).toEqual([]);
  });
});
