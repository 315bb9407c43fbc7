/**
 * The fill section's texts (`locales/<lang>/fill.json`) and stylesheet. Like the rest of the
 * overlay's texts they are not bundled into the content script: the background answers a
 * `fill-messages` request with the user's language plus English (`src/i18n/fill-catalogues.ts`,
 * imported there only); the answer's shape is in `src/protocol/protocol.ts`.
 */
import type { Language } from '../../../contracts/languages';
import type { FillCatalogue } from '../../../i18n/catalogue';
import type { Translate } from '../../../i18n/translate';
import { translatorFor } from '../../../i18n/translator';
import { send } from '../../../protocol/send';

export function requestFillCatalogue(lang: Language): Promise<FillCatalogue> {
  return send('fill-messages', { lang });
}

export function fillTranslator(catalogue: FillCatalogue): Translate {
  return translatorFor(catalogue.lang, catalogue.primary, catalogue.fallback);
}
