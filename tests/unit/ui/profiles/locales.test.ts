import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '../../../../locales/ar/profile.json';
import en from '../../../../locales/en/profile.json';
import ru from '../../../../locales/ru/profile.json';
import tr from '../../../../locales/tr/profile.json';

type Catalogue = Readonly<Record<string, string>>;
const EN: Catalogue = en;
const TRANSLATIONS: ReadonlyArray<readonly [string, Catalogue]> = [
  ['tr', tr],
  ['ar', ar],
  ['ru', ru],
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory()
      ? sources(file)
      : /\.tsx?$/.test(name)
        ? [readFileSync(file, 'utf8')]
        : [];
  });
}

describe('locales/*/profile.json', () => {
  it.each(TRANSLATIONS)('%s has exactly the English keys and the same placeholders', (_lang, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(EN))
      expect(placeholders(catalogue[key] ?? ''), key).toEqual(placeholders(text));
  });

  it('has an English text for every error, notice and import message the code can produce', () => {
    const root = path.resolve(import.meta.dirname, '../../../../src');
    const code = [
      ...sources(path.join(root, 'profile')),
      ...sources(path.join(root, 'features/profiles')),
      ...sources(path.join(root, 'features/lookups')),
      ...sources(path.join(root, 'ui/pages')),
    ].join('\n');
    const used = new Set(
      [...code.matchAll(/'((?:error|notice|import|status)\.[A-Za-z.]+)'/g)].map((match) => match[1] ?? ''),
    );
    for (const type of ['string', 'boolean']) used.add(`error.type.${type}`);
    expect([...used].filter((key) => !EN[key])).toEqual([]);
  });
});
