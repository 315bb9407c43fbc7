/**
 * `messages` → the message catalogues of a language plus English (`src/i18n/catalogue.ts`).
 * The catalogues live here, in the background, so the content script that runs on every
 * e-İkamet page carries none of them.
 */
import { catalogueFor } from '../i18n/catalogues';
import { handle } from './router';

handle('messages', ({ lang, namespaces }) => catalogueFor(lang, namespaces));
