import { LANGUAGES, type Language } from '../../contracts/languages';
import { LANGUAGE_NAMES, type ProfileText } from '../../features/profiles/popup/text';

/** The UI language, stored in `local:ui:language` and shared with the in-page overlay. */
export function LanguageSwitch({
  text,
  onChange,
}: {
  text: ProfileText;
  onChange: (language: Language) => void;
}) {
  return (
    <div class="language-switch">
      <label for="language">{text.t('language.label')}</label>
      <select
        id="language"
        value={text.lang}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Language)}
        data-language
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
