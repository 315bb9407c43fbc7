/**
 * The overlay's texts as the content script gets them once the background has answered: the
 * same catalogues the `messages` handler sends (`src/i18n/catalogues.ts`).
 */

import type { Language } from '../../../src/contracts/languages';
import { catalogueFor } from '../../../src/i18n/catalogues';
import { createUiText, type UiText } from '../../../src/ui/i18n';

export function uiText(lang: Language): UiText {
  return createUiText(lang, catalogueFor(lang));
}
