import type { FieldKey } from '../contracts/field-keys';
import type { FieldSpec } from './catalogue';
import type { PageSpec } from './pages';

/**
 * The recognition tables as they travel from the background to the content script: the field
 * catalogue (`catalogue.ts`) and the page catalogue (`pages.ts`). They are a tenth of the
 * content script's weight, which loads on every e-İkamet page; the background sends them once
 * per page with the overlay's stylesheet (the `overlay-assets` request), as it sends the texts.
 * JSON, with each RegExp written as `{ "\u0000re": [source, flags] }`.
 */
export interface RecognitionTables {
  readonly fields: Readonly<Record<FieldKey, FieldSpec>>;
  readonly pages: readonly PageSpec[];
}

const REGEXP = '\u0000re';

export function encodeTables(tables: RecognitionTables): string {
  return JSON.stringify(tables, (_key, value: unknown) =>
    value instanceof RegExp ? { [REGEXP]: [value.source, value.flags] } : value,
  );
}

export function decodeTables(json: string): RecognitionTables {
  return JSON.parse(json, (_key, value: unknown) => {
    const written =
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[REGEXP] : null;
    return Array.isArray(written) ? new RegExp(String(written[0]), String(written[1])) : value;
  }) as RecognitionTables;
}
