/**
 * The fill section's texts (`locales/<lang>/fill.json`) and stylesheet. Like the rest of the
 * overlay's texts they are not bundled into the content script: the background answers a
 * `fill-messages` request with the user's language plus English (`src/i18n/fill-catalogues.ts`,
 * imported there only); the answer's shape is `src/contracts/fill-messages.ts`.
 */
import { FILL_MESSAGES, type FillCatalogue, parseFillCatalogue } from '../../../contracts/fill-messages';
import type { Language } from '../../../contracts/languages';
import type { Translate } from '../../../i18n/translate';
import { translatorFor } from '../../../i18n/translator';
import { askBackground } from '../background-client';

export async function requestFillCatalogue(lang: Language): Promise<FillCatalogue> {
  const catalogue = parseFillCatalogue(await askBackground(FILL_MESSAGES, { lang }));
  if (!catalogue || catalogue.lang !== lang) throw new Error(`${FILL_MESSAGES}: malformed catalogue`);
  return catalogue;
}

export function fillTranslator(catalogue: FillCatalogue): Translate {
  return translatorFor(catalogue.lang, catalogue.primary, catalogue.fallback);
}
