import { LANGUAGES, type Language } from '../../contracts/languages';
import type { UiText } from '../i18n';
import { trusted } from './trusted';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const OWN_NAMES: Readonly<Record<Language, string>> = {
  tr: 'Türkçe',
  en: 'English',
  ar: 'العربية',
  ru: 'Русский',
};

/**
 * TR / EN / AR / RU buttons at the top of the panel. The choice is stored under `ui:language`,
 * the key the popup uses too, so switching in either place switches both.
 */
export function LanguageSwitch({ text, onChoose }: { text: UiText; onChoose: (language: Language) => void }) {
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{text.t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          data-language={language}
          aria-pressed={language === text.lang ? 'true' : 'false'}
          onClick={trusted(() => onChoose(language))}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span class="visually-hidden">{OWN_NAMES[language]}</span>
        </button>
      ))}
    </fieldset>
  );
}
