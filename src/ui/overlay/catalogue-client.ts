/**
 * The overlay's texts, asked from the background once per language and part
 * (`src/i18n/catalogue.ts`). A language switch back and forth costs no second request.
 */

import type { Language } from '../../contracts/languages';
import { type CatalogueReply, NAMESPACES, type Namespace } from '../../i18n/catalogue';
import { send } from '../../protocol/send';

const loaded = new Map<string, Promise<CatalogueReply>>();
/** Answers that have arrived, so a first render can use them without waiting a microtask. */
const arrived = new Map<string, CatalogueReply>();

export function loadCatalogue(
  lang: Language,
  namespaces: readonly Namespace[] = NAMESPACES,
): Promise<CatalogueReply> {
  const key = `${lang}:${namespaces.join()}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = send('messages', { lang, namespaces }).then((reply) => {
      arrived.set(key, reply);
      return reply;
    });
    // A failed request may be retried on the next switch to this language.
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

/** The answer for this language and part if it has already arrived, else null. */
export function arrivedCatalogue(
  lang: Language,
  namespaces: readonly Namespace[] = NAMESPACES,
): CatalogueReply | null {
  return arrived.get(`${lang}:${namespaces.join()}`) ?? null;
}
