/**
 * Every language of `locales/<lang>/fill.json`, imported statically, with the fill section's
 * stylesheet (`fill.css`, which travels with its texts). For the background (which answers the
 * content script's `fill-messages` request, `src/protocol/protocol.ts`) and tests only:
 * never import this from the content script, which carries no catalogue (a unit test checks).
 */
import arFill from '@@/locales/ar/fill.json';
import enFill from '@@/locales/en/fill.json';
import ruFill from '@@/locales/ru/fill.json';
import trFill from '@@/locales/tr/fill.json';
import type { Language } from '../contracts/languages';
import type { FillCatalogue } from './catalogue';
import fillCss from './fill.css?inline';
import type { Messages } from './translate';

export const FILL_CATALOGUES: Readonly<Record<Language, Messages>> = {
  en: enFill,
  tr: trFill,
  ar: arFill,
  ru: ruFill,
};

export function fillCatalogueFor(lang: Language): FillCatalogue {
  return {
    lang,
    primary: FILL_CATALOGUES[lang],
    fallback: lang === 'en' ? {} : FILL_CATALOGUES.en,
    css: fillCss,
  };
}
