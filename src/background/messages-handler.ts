/**
 * `{ type: 'messages', lang, namespaces }` → the message catalogues of that language plus
 * English (`src/i18n/catalogue.ts`). The catalogues live here, in the background, so the
 * content script that runs on every e-İkamet page carries none of them.
 */

import { isLanguage } from '../contracts/languages';
import { isNamespace } from '../i18n/catalogue';
import { catalogueFor } from '../i18n/catalogues';
import { registerHandler } from './router';

registerHandler('messages', (request) => {
  if (!isLanguage(request.lang)) throw new Error('messages: unknown language');
  const namespaces = Array.isArray(request.namespaces) ? request.namespaces.filter(isNamespace) : undefined;
  return catalogueFor(request.lang, namespaces);
});
