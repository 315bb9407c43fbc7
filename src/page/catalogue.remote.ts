/**
 * `catalogue.ts` in the content script's build: the same exports, the table sent by the
 * background (`remote-tables.ts`). A unit test keeps the two modules' exports equal.
 */
import type * as Catalogue from './catalogue';
import { receivedTables } from './remote-tables';

export type { FieldSpec } from './catalogue';
export { GATE_KEYS } from './gate-keys';

export const fieldCatalogue: typeof Catalogue.fieldCatalogue = () => receivedTables().fields;
