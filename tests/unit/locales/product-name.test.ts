/**
 * One product name per language (issue 14 §5): the panel, the popup and the printed checklist
 * call the assistant the same thing, and no catalogue of that language uses another name for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LANGUAGES = ['tr', 'en', 'ar', 'ru'] as const;
/** Names the assistant once had or could drift to, per language. */
const OTHER_NAMES: Record<(typeof LANGUAGES)[number], RegExp> = {
  tr: /Yardımcı|e-İkamet Assistant/u,
  en: /e-İkamet (Helper|Assistent)/u,
  ar: /(مُعين|المعين) e-İkamet|e-İkamet Assistant/u,
  ru: /(Ассистент|Помошник) e-İkamet|e-İkamet Assistant/u,
};

function catalogue(lang: string, namespace: string): Record<string, string> {
  return JSON.parse(readFileSync(path.resolve('locales', lang, `${namespace}.json`), 'utf8'));
}

describe('product name', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the panel, the popup and the print use one name`, () => {
      const name = catalogue(lang, 'profile')['app.title'];
      expect(name).toBeTruthy();
      expect(catalogue(lang, 'ui')['overlay.title']).toBe(name);
      expect(catalogue(lang, 'ui')['print.footer']).toContain(name);
      for (const file of readdirSync(path.resolve('locales', lang))) {
        const texts = Object.entries(catalogue(lang, file.replace(/\.json$/, '')));
        const other = texts.filter(([, text]) => OTHER_NAMES[lang].test(text)).map(([key]) => key);
        expect(other, `${file} names the assistant otherwise`).toEqual([]);
      }
    });
  }
});
