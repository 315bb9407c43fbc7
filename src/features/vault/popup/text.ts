/** Texts of the vault (encryption, lock, masking): `locales/<lang>/vault.json`, English fallback. */
import arVault from '@@/locales/ar/vault.json';
import enVault from '@@/locales/en/vault.json';
import ruVault from '@@/locales/ru/vault.json';
import trVault from '@@/locales/tr/vault.json';
import type { Language } from '../../../contracts/languages';
import type { Messages, Translate } from '../../../i18n/translate';
import { translatorFor } from '../../../i18n/translator';

const VAULT: Readonly<Record<Language, Messages>> = { en: enVault, tr: trVault, ar: arVault, ru: ruVault };
const translators = new Map<Language, Translate>();

export function vaultText(lang: Language): Translate {
  let translate = translators.get(lang);
  if (!translate) {
    translate = translatorFor(lang, VAULT[lang], VAULT.en);
    translators.set(lang, translate);
  }
  return translate;
}
