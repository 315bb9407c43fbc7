/**
 * `overlay-assets` → what the content script needs before its overlay starts: the recognition
 * tables (`src/page/tables-wire.ts`) and the overlay's stylesheet. Both are a fixed part of this
 * extension; they live here, in the background, so that the content script that loads on every
 * e-İkamet page does not carry them (it asks at document_start, beside the texts).
 */
import overlayCss from '@@/entrypoints/eikamet.content/style.css?inline';
import { fieldCatalogue } from '../page/catalogue';
import { pageCatalogue } from '../page/pages';
import { encodeTables } from '../page/tables-wire';

let tables: string | undefined;

export function overlayAssets(): { tables: string; css: string } {
  tables ??= encodeTables({ fields: fieldCatalogue(), pages: pageCatalogue() });
  return { tables, css: overlayCss };
}
