/**
 * `messages` → the message catalogues of a language plus English (`src/i18n/catalogue.ts`).
 * The catalogues live here, in the background, so the content script that runs on every
 * e-İkamet page carries none of them.
 */
import type { CatalogueReply } from '../i18n/catalogue';
import { catalogueFor } from '../i18n/catalogues';
import type { CheckedRequestOf } from '../protocol/protocol';

export function messages({ lang, namespaces }: CheckedRequestOf<'messages'>): CatalogueReply {
  return catalogueFor(lang, namespaces);
}
