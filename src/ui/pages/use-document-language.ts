import { useEffect } from 'preact/hooks';
import type { ProfileText } from '../../features/profiles/popup/text';

/** Puts the UI language and direction on <html>, so the whole page (scrollbars too) flips for Arabic. */
export function useDocumentLanguage(text: ProfileText): void {
  useEffect(() => {
    document.documentElement.lang = text.lang;
    document.documentElement.dir = text.dir;
    document.title = text.t('app.title');
  }, [text]);
}
