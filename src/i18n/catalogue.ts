/**
 * Message catalogues as they travel from the background to the content script. The content
 * script on e-İkamet bundles no locale file (four languages of field hints and rule texts
 * would triple its size); it asks the background once per page and language (the `messages`
 * and `fill-messages` requests of `src/protocol/protocol.ts`, whose schemas satisfy these types)
 * and gets the user's language plus English as the fallback.
 */
import type { Language } from '../contracts/languages';
import type { Messages } from './translate';

export const NAMESPACES = ['ui', 'fields', 'rules', 'docs'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * The content script asks in two parts, both at once: what the first paint shows (overlay
 * strings, field hints), then rule messages and the checklist's texts. The first, smaller
 * answer arrives sooner, so the panel has its words while the rest is still on its way.
 */
export const FIRST_NAMESPACES: readonly Namespace[] = ['ui', 'fields'];
export const LATER_NAMESPACES: readonly Namespace[] = ['rules', 'docs'];

export type Catalogue = Readonly<Partial<Record<Namespace, Messages>>>;

export interface CatalogueReply {
  readonly lang: Language;
  /** The user's language. */
  readonly primary: Catalogue;
  /**
   * English for the keys the user's language has not written (missing or ''), and only those,
   * so the answer stays small; empty when lang is 'en'.
   */
  readonly fallback: Catalogue;
}

/** A flat `key: text` map, as in `locales/<lang>/fill.json`. */
type FillTexts = Readonly<Record<string, string>>;

/** The fill section's texts (`locales/<lang>/fill.json`), answered on their own. */
export interface FillCatalogue {
  readonly lang: Language;
  /** The user's language. */
  readonly primary: FillTexts;
  /** English, for keys the user's language lacks (empty when lang is 'en'). */
  readonly fallback: FillTexts;
  /**
   * The section's stylesheet (`fill.css`), sent with its texts: the section shows nothing
   * before they arrive, so the content script need not carry it.
   */
  readonly css: string;
}

/** Two answers for the same language, as one. */
export function mergeCatalogues(first: CatalogueReply | null, second: CatalogueReply): CatalogueReply {
  if (!first || first.lang !== second.lang) return second;
  return {
    lang: second.lang,
    primary: { ...first.primary, ...second.primary },
    fallback: { ...first.fallback, ...second.fallback },
  };
}
