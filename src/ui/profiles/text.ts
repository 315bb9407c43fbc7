/**
 * Texts for the popup and the options page: `profile` for these pages, `fields` for field
 * labels and hints, `docs` for checklists and option names, `rules` for findings and the
 * calendar. Each falls back to English, then to the key. English is bundled; another language
 * must have been loaded first (`loadPageCatalogues`, src/i18n/page-catalogues.ts; the
 * language hook does it), else its texts show in English.
 */

import type { FieldKey } from '../../contracts/field-keys';
import { type Language, RTL_LANGUAGES } from '../../contracts/languages';
import { createIsolatingTranslator, isolateLatinRuns } from '../../i18n/bidi';
import { ENGLISH_PAGE_CATALOGUES as EN, loadedPageCatalogues } from '../../i18n/page-catalogues';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import type { MessageRef } from '../../profile/messages';

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

function lookUp(dictionaries: readonly Messages[], key: string): string | undefined {
  for (const dictionary of dictionaries) {
    const text = dictionary[key];
    if (text) return text;
  }
  return undefined;
}

export function createProfileText(lang: Language): ProfileText {
  const rtl = RTL_LANGUAGES.has(lang);
  // Right to left: dates, numbers, Latin names and Turkish terms keep their own order (bidi.ts).
  const translator = rtl ? createIsolatingTranslator : createTranslator;
  const own = loadedPageCatalogues(lang) ?? EN;
  const t = translator(own.profile, EN.profile);
  const regionNames = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
  const numberFormat = new Intl.NumberFormat(lang);
  return {
    lang,
    dir: rtl ? 'rtl' : 'ltr',
    t,
    message: (ref) => t(ref.key, ref.params),
    docs: translator(own.docs, EN.docs),
    rules: translator(own.rules, EN.rules),
    field: (key, part) => {
      const text = lookUp([own.fields, EN.fields], `field.${key}.${part}`);
      return rtl && text !== undefined ? isolateLatinRuns(text) : text;
    },
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
