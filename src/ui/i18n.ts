/**
 * Overlay texts. The content script bundles no catalogue: the background sends the user's
 * language plus English (`src/i18n/catalogue.ts`) and the overlay renders with them once they
 * arrive. Until then every text is empty, so the overlay can mount its hooks at once without
 * flashing message keys at the user.
 */

import type { FieldKey } from '../contracts/field-keys';
import { isLanguage, type Language, pickLanguage, RTL_LANGUAGES } from '../contracts/languages';
import type { CatalogueReply, Namespace } from '../i18n/catalogue';
import type { Messages, Translate } from '../i18n/translate';
import { entryFor, translatorFor } from '../i18n/translator';
import type { PageKind } from '../page/page-kinds';

export type FieldTextPart = 'label' | 'hint' | 'format' | 'mistakes';

export interface UiText {
  readonly lang: Language;
  readonly dir: 'ltr' | 'rtl';
  /** False until the catalogues have arrived: every text is '' meanwhile. */
  readonly ready: boolean;
  /** Overlay strings (ui.json); falls back to English, then to the key itself. */
  readonly t: Translate;
  /** Rule messages, severities and confidence labels (rules.json). */
  readonly rule: Translate;
  /** Checklist documents, permit types and purposes (docs.json). */
  readonly doc: Translate;
  /** A field text (`field.<key>.<part>`), or undefined when no catalogue has it. */
  readonly field: (key: FieldKey, part: FieldTextPart) => string | undefined;
  /** What a page is for, in a sentence (`page.<kind>.about` in fields.json), when written. */
  readonly pageAbout: (kind: PageKind) => string | undefined;
}

/** The language stored by the user (`ui:language`) wins; otherwise the browser's preferences. */
export function resolveLanguage(stored: unknown, preferences: readonly string[]): Language {
  return isLanguage(stored) ? stored : pickLanguage(preferences);
}

const silent: Translate = () => '';

/** @param catalogues null while they are on their way: every text is then ''. */
export function createUiText(lang: Language, catalogues: CatalogueReply | null): UiText {
  const dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
  if (!catalogues) {
    return {
      lang,
      dir,
      ready: false,
      t: silent,
      rule: silent,
      doc: silent,
      field: () => undefined,
      pageAbout: () => undefined,
    };
  }
  const dictionaries = (namespace: Namespace): Messages[] =>
    [catalogues.primary[namespace], catalogues.fallback[namespace]].filter(
      (messages): messages is Messages => messages !== undefined,
    );
  const fieldDictionaries = dictionaries('fields');
  const lookUp = (messageKey: string): string | undefined => entryFor(lang, fieldDictionaries, messageKey);
  return {
    lang,
    dir,
    ready: true,
    t: translatorFor(lang, ...dictionaries('ui')),
    rule: translatorFor(lang, ...dictionaries('rules')),
    doc: translatorFor(lang, ...dictionaries('docs')),
    field: (key, part) => lookUp(`field.${key}.${part}`),
    pageAbout: (kind) => lookUp(`page.${kind}.about`),
  };
}
