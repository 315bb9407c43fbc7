/**
 * The fill section's texts (`locales/<lang>/fill.json`) and stylesheet. Like the rest of the
 * overlay's texts they are not bundled into the content script: the background answers a
 * `fill-messages` request with the user's language plus English (`fill-catalogues.ts`,
 * imported there only).
 */
import { isLanguage, type Language } from '../../../contracts/languages';
import { createTranslator, type Messages, type Translate } from '../../../i18n/translate';
import { askBackground } from '../background-client';

export const FILL_MESSAGES = 'fill-messages';

export interface FillCatalogue {
  readonly lang: Language;
  /** The user's language. */
  readonly primary: Messages;
  /** English, for keys the user's language lacks (empty when lang is 'en'). */
  readonly fallback: Messages;
  /**
   * The section's stylesheet (`fill.css`), sent with its texts: the section shows nothing
   * before they arrive, so the content script need not carry it.
   */
  readonly css: string;
}

function isMessages(value: unknown): value is Messages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((text) => typeof text === 'string');
}

/** An answer from another context: its shape is checked before use. */
export function parseFillCatalogue(value: unknown): FillCatalogue | null {
  if (typeof value !== 'object' || value === null) return null;
  const { lang, primary, fallback, css } = value as Record<string, unknown>;
  if (!isLanguage(lang) || !isMessages(primary) || !isMessages(fallback)) return null;
  return { lang, primary, fallback, css: typeof css === 'string' ? css : '' };
}

export async function requestFillCatalogue(lang: Language): Promise<FillCatalogue> {
  const catalogue = parseFillCatalogue(await askBackground(FILL_MESSAGES, { lang }));
  if (!catalogue || catalogue.lang !== lang) throw new Error(`${FILL_MESSAGES}: malformed catalogue`);
  return catalogue;
}

export function fillTranslator(catalogue: FillCatalogue): Translate {
  return createTranslator(catalogue.primary, catalogue.fallback);
}

/** "A, B and C" in the user's language. */
export function listOf(lang: Language, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
