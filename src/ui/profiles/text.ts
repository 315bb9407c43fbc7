/**
 * Texts for the popup and the options page. All catalogues are bundled (no fetching): `profile`
 * for these pages, `fields` for field labels and hints, `docs` for checklists and option names,
 * `rules` for findings and the calendar. Each falls back to English, then to the key.
 */
import arDocs from '@@/locales/ar/docs.json';
import arFields from '@@/locales/ar/fields.json';
import arProfile from '@@/locales/ar/profile.json';
import arRules from '@@/locales/ar/rules.json';
import enDocs from '@@/locales/en/docs.json';
import enFields from '@@/locales/en/fields.json';
import enProfile from '@@/locales/en/profile.json';
import enRules from '@@/locales/en/rules.json';
import ruDocs from '@@/locales/ru/docs.json';
import ruFields from '@@/locales/ru/fields.json';
import ruProfile from '@@/locales/ru/profile.json';
import ruRules from '@@/locales/ru/rules.json';
import trDocs from '@@/locales/tr/docs.json';
import trFields from '@@/locales/tr/fields.json';
import trProfile from '@@/locales/tr/profile.json';
import trRules from '@@/locales/tr/rules.json';
import { type Language, RTL_LANGUAGES } from '../../i18n/languages';
import { createTranslator, type Messages, type Translate } from '../../i18n/translate';
import type { FieldKey } from '../../page/field-keys';
import type { MessageRef } from '../../profile/messages';

type Catalogues = Readonly<Record<Language, Messages>>;
const PROFILE: Catalogues = { en: enProfile, tr: trProfile, ar: arProfile, ru: ruProfile };
const FIELDS: Catalogues = { en: enFields, tr: trFields, ar: arFields, ru: ruFields };
const DOCS: Catalogues = { en: enDocs, tr: trDocs, ar: arDocs, ru: ruDocs };
const RULES: Catalogues = { en: enRules, tr: trRules, ar: arRules, ru: ruRules };

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

/**
 * In right-to-left text, dates, numbers and Latin names inserted into a sentence are wrapped in
 * Unicode first-strong isolates (FSI … PDI), so "2026-11-23" or "Petrova, Anna" keep their own
 * order instead of being reordered by the surrounding Arabic.
 */
function isolated(translate: Translate): Translate {
  return (key, params) =>
    translate(
      key,
      params &&
        Object.fromEntries(Object.entries(params).map(([name, value]) => [name, `\u2068${value}\u2069`])),
    );
}

export function createProfileText(lang: Language): ProfileText {
  const rtl = RTL_LANGUAGES.has(lang);
  const wrap = (translate: Translate) => (rtl ? isolated(translate) : translate);
  const t = wrap(createTranslator(PROFILE[lang], PROFILE.en));
  const regionNames = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' });
  const numberFormat = new Intl.NumberFormat(lang);
  return {
    lang,
    dir: rtl ? 'rtl' : 'ltr',
    t,
    message: (ref) => t(ref.key, ref.params),
    docs: wrap(createTranslator(DOCS[lang], DOCS.en)),
    rules: wrap(createTranslator(RULES[lang], RULES.en)),
    field: (key, part) => lookUp([FIELDS[lang], FIELDS.en], `field.${key}.${part}`),
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
