/**
 * The overlay's texts, asked from the background once per language and part
 * (`src/i18n/catalogue.ts`). A language switch back and forth costs no second request.
 */
import { type CatalogueReply, NAMESPACES, type Namespace, parseCatalogueReply } from '../../i18n/catalogue';
import type { Language } from '../../i18n/languages';
import { askBackground } from './background-client';

const loaded = new Map<string, Promise<CatalogueReply>>();

export function loadCatalogue(
  lang: Language,
  namespaces: readonly Namespace[] = NAMESPACES,
): Promise<CatalogueReply> {
  const key = `${lang}:${namespaces.join()}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = askBackground('messages', { lang, namespaces: [...namespaces] }).then((value) => {
      const reply = parseCatalogueReply(value);
      if (!reply || reply.lang !== lang) throw new Error('messages: malformed catalogue');
      return reply;
    });
    // A failed request may be retried on the next switch to this language.
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}
