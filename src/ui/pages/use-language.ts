import { useEffect, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { isLanguage, type Language, pickLanguage } from '../../contracts/languages';
import { loadPageCatalogues } from '../../i18n/page-catalogues';
import { UI_LANGUAGE_KEY } from '../../profile/storage';

/** `local:ui:language`, the same key the in-page overlay reads, so one switch changes both. */
let languageItem: ReturnType<typeof defineLanguageItem> | undefined;
function defineLanguageItem() {
  return storage.defineItem<unknown>(UI_LANGUAGE_KEY, { fallback: null });
}
function item() {
  languageItem ??= defineLanguageItem();
  return languageItem;
}

export async function loadLanguage(preferences: readonly string[] = navigator.languages): Promise<Language> {
  const stored = await item().getValue();
  return isLanguage(stored) ? stored : pickLanguage(preferences);
}

export function saveLanguage(language: Language): Promise<void> {
  return item().setValue(language);
}

/** The UI language, following changes made in another window; undefined until read. */
export function useLanguage(): [Language | undefined, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>();
  // A language becomes current once its texts are loaded (page-catalogues.ts), so the page
  // switches in one step; should loading fail, the texts show in English.
  const show = (next: Language) => {
    const apply = () => setLanguage(next);
    loadPageCatalogues(next).then(apply, apply);
  };
  useEffect(() => {
    void loadLanguage().then(show);
    return item().watch((value) => {
      if (isLanguage(value)) show(value);
    });
  }, []);
  const choose = (next: Language) => {
    show(next);
    void saveLanguage(next);
  };
  return [language, choose];
}
