import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LANGUAGES } from '../../../../src/contracts/languages';
import type { SkipReason } from '../../../../src/features/fill/page/fill';
import { FILL_CATALOGUES } from '../../../../src/i18n/fill-catalogues';
import { contentScriptFolders } from '../../conventions/source-files';

const REASONS = [
  'not-fillable',
  'page-not-recognised',
  'user-typed',
  'same-value',
  'no-profile-value',
  'option-not-found',
  'option-ambiguous',
  'invalid-value',
  'not-verified',
  'bridge-unavailable',
  'element-gone',
  'list-empty',
  'needs-parent',
  'failed',
] as const satisfies readonly SkipReason[];

const SCRIPTS = { ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u, tr: /[çğışöüÇĞİŞÖÜ]/ } as const;

describe('fill catalogues (locales/*/fill.json)', () => {
  const english = FILL_CATALOGUES.en;

  it('have the same keys in every language, none empty', () => {
    for (const lang of LANGUAGES) {
      const messages = FILL_CATALOGUES[lang];
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('explain every reason the engine can give for not filling a field', () => {
    expectTypeOf<Exclude<SkipReason, (typeof REASONS)[number]>>().toEqualTypeOf<never>();
    for (const reason of REASONS) expect(english).toHaveProperty([`fill.reason.${reason}`]);
  });

  it('keep every placeholder in every language', () => {
    for (const [key, text] of Object.entries(english)) {
      const placeholders = text.match(/\{\w+\}/g) ?? [];
      for (const lang of LANGUAGES)
        for (const placeholder of placeholders)
          expect(FILL_CATALOGUES[lang][key], `${lang} ${key}`).toContain(placeholder);
    }
  });

  it('are real translations, written in each language’s script', () => {
    for (const lang of ['tr', 'ar', 'ru'] as const) {
      for (const [key, text] of Object.entries(FILL_CATALOGUES[lang])) {
        expect(text, `${lang} ${key}`).not.toBe(english[key]);
        if (lang !== 'tr') expect(text, `${lang} ${key}`).toMatch(SCRIPTS[lang]);
      }
    }
    expect(FILL_CATALOGUES.tr['fill.button']).toBe('{name} profilinden doldur');
  });
});

describe('the content script carries no fill catalogue', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return sources(file);
      return /\.(ts|tsx)$/.test(name) ? [file] : [];
    });
  }

  it('imports the catalogues only in the background', () => {
    const contentSide = [
      ...contentScriptFolders().flatMap(sources),
      ...sources('entrypoints/eikamet.content'),
    ];
    expect(contentSide.some((file) => file.includes('features/fill/content'))).toBe(true);
    const offenders = contentSide.filter((file) =>
      /from ['"][^'"]*(fill-catalogues|locales\/\w+\/fill\.json)['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
