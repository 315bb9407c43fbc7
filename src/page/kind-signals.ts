import type { FieldKey } from '../contracts/field-keys';
import type { ApplicationKind } from '../domain/permits';

/**
 * The small tables recognition uses beside the page catalogue (`pages.ts`, which re-exports
 * them). They live apart from it because the content script carries them while the catalogue
 * itself comes from the background (`remote-tables.ts`).
 */

/** The current permit's fields: wizard step 3 of an extension or a transfer. */
export const CURRENT_PERMIT: readonly FieldKey[] = ['currentPermitType', 'currentPermitEnd'];

/** The fields current-permit presence implies an extension or transfer (wizard step 3). */
export const CURRENT_PERMIT_FIELDS: ReadonlySet<FieldKey> = new Set(CURRENT_PERMIT);

/**
 * Headings that say which flow a wizard page belongs to. Matched on headings only: the
 * page body can hold option texts such as "aile ikamet izninden geçiş" (a permit purpose).
 */
export const APPLICATION_KIND_HEADINGS: Readonly<Record<ApplicationKind, readonly RegExp[]>> = {
  first: [/\bilk (kez )?basvuru/, /\bfirst (time )?application\b/, /\bfor the first time\b/],
  extension: [/\buzatma\b/, /\bextension\b/],
  transfer: [/\bgecis\b/, /\btransfer\b/],
};

/**
 * URL path words that name the flow (`/Ikamet/Basvuru/UzatmaBasvuru`, `/Ikamet/OnKayit`).
 * The lookup page without a suffix is the first-application one (docs/site.md#hosts-and-paths).
 */
export const APPLICATION_KIND_PATHS: Readonly<Record<ApplicationKind, RegExp>> = {
  first: /(ilkbasvuru|onkayit|devamedenbasvurugiris\/?$)/i,
  extension: /uzatmabasvuru/i,
  transfer: /gecisbasvuru/i,
};
