/**
 * The request a content script sends to store a field a person taught (`src/page/taught.ts`);
 * the background validates the entry with zod (`src/background/taught-handler.ts`) before it
 * writes it. Named here so neither end imports the other.
 */
export const TEACH_FIELD = 'teach-field';
