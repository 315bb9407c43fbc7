/**
 * Catalogues of the extension's own pages (popup, options): `profile`, `fields`, `docs` and
 * `rules`. English is bundled, since every other language falls back to it; each other language
 * is a separate chunk of the extension (no fetching from anywhere else), loaded when it is the
 * one the user reads, so the popup carries one language instead of four.
 */
import enDocs from '@@/locales/en/docs.json';
import enFields from '@@/locales/en/fields.json';
import enProfile from '@@/locales/en/profile.json';
import enRules from '@@/locales/en/rules.json';
import type { Language } from '../contracts/languages';
import type { Messages } from './translate';

export interface PageCatalogues {
  readonly profile: Messages;
  readonly fields: Messages;
  readonly docs: Messages;
  readonly rules: Messages;
}

const ENGLISH: PageCatalogues = { profile: enProfile, fields: enFields, docs: enDocs, rules: enRules };

type JsonModule = { default: Messages };
const both = (modules: [JsonModule, JsonModule, JsonModule, JsonModule]): PageCatalogues => ({
  profile: modules[0].default,
  fields: modules[1].default,
  docs: modules[2].default,
  rules: modules[3].default,
});

// Literal paths, one import() each, so the bundler makes one chunk per language.
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<PageCatalogues>>> = {
  tr: async () =>
    both(
      await Promise.all([
        import('@@/locales/tr/profile.json'),
        import('@@/locales/tr/fields.json'),
        import('@@/locales/tr/docs.json'),
        import('@@/locales/tr/rules.json'),
      ]),
    ),
  ar: async () =>
    both(
      await Promise.all([
        import('@@/locales/ar/profile.json'),
        import('@@/locales/ar/fields.json'),
        import('@@/locales/ar/docs.json'),
        import('@@/locales/ar/rules.json'),
      ]),
    ),
  ru: async () =>
    both(
      await Promise.all([
        import('@@/locales/ru/profile.json'),
        import('@@/locales/ru/fields.json'),
        import('@@/locales/ru/docs.json'),
        import('@@/locales/ru/rules.json'),
      ]),
    ),
};

const loaded = new Map<Language, PageCatalogues>([['en', ENGLISH]]);
const pending = new Map<Language, Promise<PageCatalogues>>();

/** Loads a language's catalogues once; later calls share the first load. */
export function loadPageCatalogues(lang: Language): Promise<PageCatalogues> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let loading = pending.get(lang);
  if (!loading) {
    loading = LOADERS[lang as Exclude<Language, 'en'>]().then((catalogues) => {
      loaded.set(lang, catalogues);
      return catalogues;
    });
    // A failed load may be tried again on the next switch to this language.
    loading.catch(() => pending.delete(lang));
    pending.set(lang, loading);
  }
  return loading;
}

/** The language's catalogues if loaded (loadPageCatalogues), else null. */
export function loadedPageCatalogues(lang: Language): PageCatalogues | null {
  return loaded.get(lang) ?? null;
}

/** English: the fallback of every language, always bundled. */
export const ENGLISH_PAGE_CATALOGUES = ENGLISH;
