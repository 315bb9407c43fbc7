import { decodeTables, type RecognitionTables } from './tables-wire';

/**
 * The content script's recognition tables, as the background sent them (`tables-wire.ts`).
 * In the content script's build, `catalogue.ts` and `pages.ts` are swapped for
 * `catalogue.remote.ts` and `pages.remote.ts`, which read them here (wxt.config.ts,
 * `recognitionTablesFromBackground`); everywhere else (background, tests) the tables are
 * the modules themselves.
 */
let installed: RecognitionTables | null = null;

/** Called once, before the first recognition, with the background's answer. */
export function installRecognitionTables(json: string): void {
  installed = decodeTables(json);
}

export function receivedTables(): RecognitionTables {
  if (!installed) throw new Error('The recognition tables have not arrived from the background.');
  return installed;
}
