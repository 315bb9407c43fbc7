import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/vault.json';
import en from '../../../locales/en/vault.json';
import ru from '../../../locales/ru/vault.json';
import tr from '../../../locales/tr/vault.json';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const EN: Readonly<Record<string, string>> = en;

describe('locales/*/vault.json', () => {
  it.each([
    ['tr', tr],
    ['ar', ar],
    ['ru', ru],
  ] as const)(
    '%s has exactly the English keys, none empty, with the same placeholders',
    (_lang, catalogue) => {
      const messages: Readonly<Record<string, string>> = catalogue;
      expect(Object.keys(messages).sort()).toEqual(Object.keys(EN).sort());
      for (const [key, text] of Object.entries(EN)) {
        expect(messages[key], key).not.toBe('');
        expect(placeholders(messages[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );
});
