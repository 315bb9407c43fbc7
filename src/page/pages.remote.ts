/**
 * `pages.ts` in the content script's build: the same exports, the page catalogue sent by the
 * background (`remote-tables.ts`). A unit test keeps the two modules' exports equal.
 */
import type * as Pages from './pages';
import { receivedTables } from './remote-tables';

export { APPLICATION_KIND_HEADINGS, APPLICATION_KIND_PATHS, CURRENT_PERMIT_FIELDS } from './kind-signals';
export type { PageSpec } from './pages';

export const pageCatalogue: typeof Pages.pageCatalogue = () => receivedTables().pages;
