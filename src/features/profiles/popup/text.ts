/**
 * Texts for the popup and the options page: `profile` for these pages, `fields` for field
 * labels and hints, `docs` for checklists and option names, `rules` for findings and the
 * calendar. Each falls back to English, then to the key. English is bundled; another language
 * must have been loaded first (`loadPageCatalogues`, src/i18n/page-catalogues.ts; the
 * language hook does it), else its texts show in English.
 */

import type { FieldKey } from '../../../contracts/field-keys';
import { type Language, RTL_LANGUAGES } from '../../../contracts/languages';
import { ENGLISH_PAGE_CATALOGUES as EN, loadedPageCatalogues } from '../../../i18n/page-catalogues';
import type { Translate } from '../../../i18n/translate';
import { entryFor, translatorFor } from '../../../i18n/translator';
import type { MessageRef } from '../../../profile/messages';

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  tr: 'Türkçe',
  en: 'English',
  ar: 'العربية',
  ru: 'Русский',
};

export interface ProfileText {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  /** profile.json */
  readonly t: Translate;
  /** A MessageRef from src/profile (errors, notices, import problems). */
  readonly message: (ref: MessageRef) => string;
  readonly docs: Translate;
  readonly rules: Translate;
  /** `field.<key>.<part>` from fields.json; empty entries fall through to English. */
  readonly field: (key: FieldKey, part: 'label' | 'hint' | 'format') => string | undefined;
  readonly country: (code: string) => string;
  readonly number: (value: number) => string;
}

export function createProfileText(lang: Language): ProfileText {
  const rtl = RTL_LANGUAGES.has(lang);
  const own = loadedPageCatalogues(lang) ?? EN;
  const t = translatorFor(lang, own.profile, EN.profile);
  const regionNames = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
  const numberFormat = new Intl.NumberFormat(lang);
  return {
    lang,
    dir: rtl ? 'rtl' : 'ltr',
    t,
    message: (ref) => t(ref.key, ref.params),
    docs: translatorFor(lang, own.docs, EN.docs),
    rules: translatorFor(lang, own.rules, EN.rules),
    field: (key, part) => entryFor(lang, [own.fields, EN.fields], `field.${key}.${part}`),
    country: (code) => {
      try {
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    number: (value) => numberFormat.format(value),
  };
}
