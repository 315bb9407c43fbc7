/**
 * Overlay texts. The four catalogues are imported statically so the content script never
 * fetches anything at run time; only the `ui` and `fields` namespaces are bundled.
 */
import arFields from '@@/locales/ar/fields.json';
import arUi from '@@/locales/ar/ui.json';
import enFields from '@@/locales/en/fields.json';
import enUi from '@@/locales/en/ui.json';
import ruFields from '@@/locales/ru/fields.json';
import ruUi from '@@/locales/ru/ui.json';
import trFields from '@@/locales/tr/fields.json';
import trUi from '@@/locales/tr/ui.json';
import { isLanguage, type Language, pickLanguage, RTL_LANGUAGES } from '../i18n/languages';
import { createTranslator, type Messages, type Translate } from '../i18n/translate';
import type { FieldKey } from '../page/field-keys';
import type { PageKind } from '../page/page-kinds';

const UI_MESSAGES: Record<Language, Messages> = { en: enUi, tr: trUi, ar: arUi, ru: ruUi };
const FIELD_MESSAGES: Record<Language, Messages> = { en: enFields, tr: trFields, ar: arFields, ru: ruFields };

export type FieldTextPart = 'label' | 'hint' | 'format' | 'mistakes';

export interface UiText {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  /** Overlay strings; falls back to English, then to the key itself. */
  readonly t: Translate;
  /** A field text (`field.<key>.<part>`), or undefined when no catalogue has it. */
  readonly field: (key: FieldKey, part: FieldTextPart) => string | undefined;
  /** What a page is for, in a sentence (`page.<kind>.about` in fields.json), when written. */
  readonly pageAbout: (kind: PageKind) => string | undefined;
}

/** The language stored by the user (`ui:language`) wins; otherwise the browser's preferences. */
export function resolveLanguage(stored: unknown, preferences: readonly string[]): Language {
  return isLanguage(stored) ? stored : pickLanguage(preferences);
}

export function createUiText(lang: Language): UiText {
  const fieldDictionaries = [FIELD_MESSAGES[lang], FIELD_MESSAGES.en];
  const lookUp = (messageKey: string): string | undefined => {
    for (const dictionary of fieldDictionaries) {
      const text = dictionary[messageKey];
      // An empty string in a catalogue means "not written yet": fall through to English.
      if (text) return text;
    }
    return undefined;
  };
  return {
    lang,
    dir: RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr',
    t: createTranslator(UI_MESSAGES[lang], UI_MESSAGES.en),
    field: (key, part) => lookUp(`field.${key}.${part}`),
    pageAbout: (kind) => lookUp(`page.${kind}.about`),
  };
}
