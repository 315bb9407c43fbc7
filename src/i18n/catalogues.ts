/**
 * Every message catalogue, imported statically: for the background (which hands them to the
 * content script, `src/background/messages-handler.ts`) and for extension pages. Never import
 * this from the content script: it is the weight the content script is kept free of.
 */
import arDocs from '@@/locales/ar/docs.json';
import arFields from '@@/locales/ar/fields.json';
import arRules from '@@/locales/ar/rules.json';
import arUi from '@@/locales/ar/ui.json';
import enDocs from '@@/locales/en/docs.json';
import enFields from '@@/locales/en/fields.json';
import enRules from '@@/locales/en/rules.json';
import enUi from '@@/locales/en/ui.json';
import ruDocs from '@@/locales/ru/docs.json';
import ruFields from '@@/locales/ru/fields.json';
import ruRules from '@@/locales/ru/rules.json';
import ruUi from '@@/locales/ru/ui.json';
import trDocs from '@@/locales/tr/docs.json';
import trFields from '@@/locales/tr/fields.json';
import trRules from '@@/locales/tr/rules.json';
import trUi from '@@/locales/tr/ui.json';
import type { Language } from '../contracts/languages';
import { type Catalogue, type CatalogueReply, NAMESPACES, type Namespace } from './catalogue';
import type { Messages } from './translate';

const CATALOGUES: Readonly<Record<Language, Readonly<Record<Namespace, Messages>>>> = {
  en: { ui: enUi, fields: enFields, rules: enRules, docs: enDocs },
  tr: { ui: trUi, fields: trFields, rules: trRules, docs: trDocs },
  ar: { ui: arUi, fields: arFields, rules: arRules, docs: arDocs },
  ru: { ui: ruUi, fields: ruFields, rules: ruRules, docs: ruDocs },
};

function pick(lang: Language, namespaces: readonly Namespace[]): Catalogue {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, CATALOGUES[lang][namespace]]));
}

/** English for the keys a language lacks or left empty; computed once per language and namespace. */
const missing = new Map<string, Messages>();
function englishFor(lang: Language, namespace: Namespace): Messages {
  const key = `${lang}:${namespace}`;
  let messages = missing.get(key);
  if (!messages) {
    const own = CATALOGUES[lang][namespace];
    messages = Object.fromEntries(Object.entries(CATALOGUES.en[namespace]).filter(([name]) => !own[name]));
    missing.set(key, messages);
  }
  return messages;
}

/** The chosen namespaces of a language, with English for what it lacks (none for English itself). */
export function catalogueFor(lang: Language, namespaces: readonly Namespace[] = NAMESPACES): CatalogueReply {
  return {
    lang,
    primary: pick(lang, namespaces),
    fallback:
      lang === 'en'
        ? {}
        : Object.fromEntries(namespaces.map((namespace) => [namespace, englishFor(lang, namespace)])),
  };
}
