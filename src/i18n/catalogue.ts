/**
 * Message catalogues as they travel from the background to the content script. The content
 * script on e-İkamet bundles no locale file (four languages of field hints and rule texts
 * would triple its size); it asks the background once per page and language
 * (`{ type: 'messages', lang, namespaces }`) and gets the user's language plus English as the
 * fallback. Shared by both ends, so it stays dependency-free: hand-written checks, no schema library.
 */
import { isLanguage, type Language } from '../contracts/languages';
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

export function isNamespace(value: unknown): value is Namespace {
  return typeof value === 'string' && (NAMESPACES as readonly string[]).includes(value);
}

/** A catalogue answer is data from another context: checked shape by shape before use. */
export function parseCatalogueReply(value: unknown): CatalogueReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const reply = value as Record<string, unknown>;
  const primary = parseCatalogue(reply.primary);
  const fallback = parseCatalogue(reply.fallback);
  if (!isLanguage(reply.lang) || !primary || !fallback) return null;
  return { lang: reply.lang, primary, fallback };
}

function parseCatalogue(value: unknown): Catalogue | null {
  if (typeof value !== 'object' || value === null) return null;
  const catalogue: Partial<Record<Namespace, Messages>> = {};
  for (const [namespace, messages] of Object.entries(value)) {
    if (!isNamespace(namespace) || !isMessages(messages)) return null;
    catalogue[namespace] = messages;
  }
  return catalogue;
}

function isMessages(value: unknown): value is Messages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((text) => typeof text === 'string');
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
