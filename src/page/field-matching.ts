import { FIELD_KEYS, type FieldKey } from '../contracts/field-keys';
import { buildOnce } from './build-once';
import { type FieldSpec, fieldCatalogue } from './catalogue';
import type { PageControl } from './controls';
import type { MatchSignal } from './recognition-types';
import { type CompiledPattern, compilePattern, matchStrength, toMatchForm } from './text';

/**
 * Matching one control against the field catalogue. A control may fit several keys (the id
 * `ad` is the given name on OnKayit and its first two letters on the entry pages; a bare
 * "Başlangıç Tarihi" fits the permit and the insurance step); all fits are returned,
 * strongest first, and the page kind settles the choice later.
 */
export interface FieldMatch {
  readonly key: FieldKey;
  readonly signal: MatchSignal;
  /** For label matches, how specific the matching pattern was (see `matchStrength`). */
  readonly strength: number;
  /** Language of the label pattern that matched; null for id and name matches. */
  readonly lang: 'tr' | 'en' | null;
}

interface CompiledLabel {
  readonly key: FieldKey;
  readonly lang: 'tr' | 'en';
  readonly pattern: CompiledPattern;
}

/** Built on first use: lookups by lower-cased id and name, and all label patterns. */
const fieldIndex = buildOnce(() => ({
  byId: indexBy((spec) => spec.ids),
  byName: indexBy((spec) => spec.names),
  labelPatterns: FIELD_KEYS.flatMap((key): CompiledLabel[] => {
    const { labels } = fieldCatalogue()[key];
    return (['tr', 'en'] as const).flatMap((lang) =>
      labels[lang].map((pattern) => ({ key, lang, pattern: compilePattern(pattern) })),
    );
  }),
}));

function indexBy(values: (spec: FieldSpec) => readonly string[] | undefined): Map<string, FieldKey[]> {
  const index = new Map<string, FieldKey[]>();
  for (const key of FIELD_KEYS) {
    for (const value of values(fieldCatalogue()[key]) ?? []) {
      const lower = value.toLowerCase();
      index.set(lower, [...(index.get(lower) ?? []), key]);
    }
  }
  return index;
}

const SIGNAL_RANK: Readonly<Record<MatchSignal, number>> = { taught: 4, id: 3, name: 2, label: 1 };

/** Every catalogue key the control fits, strongest first: ids, then names, then labels. */
export function matchControl(control: PageControl): FieldMatch[] {
  const matches: FieldMatch[] = [];
  const add = (match: FieldMatch): void => {
    if (!matches.some((known) => known.key === match.key)) matches.push(match);
  };
  for (const key of sortByMaxLength(fieldIndex().byId.get(control.id.toLowerCase()), control.maxLength)) {
    add({ key, signal: 'id', strength: 0, lang: null });
  }
  for (const key of sortByMaxLength(fieldIndex().byName.get(control.name.toLowerCase()), control.maxLength)) {
    add({ key, signal: 'name', strength: 0, lang: null });
  }
  for (const match of matchLabelTexts([control.label, ...control.hints])) add(match);
  return matches;
}

/** Label matches for the given texts (label first, then hints), strongest first. */
export function matchLabelTexts(texts: readonly string[]): FieldMatch[] {
  const best = new Map<FieldKey, FieldMatch>();
  for (const text of texts) {
    for (const match of matchOneText(text)) {
      if (match.strength > (best.get(match.key)?.strength ?? 0)) best.set(match.key, match);
    }
  }
  return [...best.values()].sort((a, b) => b.strength - a.strength);
}

/**
 * Recognition runs again on every DOM change and the same labels come back each time, so
 * the (pure) per-text result is remembered. Bounded: cleared when it grows past the limit.
 */
const textMatchCache = new Map<string, readonly FieldMatch[]>();
const TEXT_MATCH_CACHE_LIMIT = 2000;

function matchOneText(text: string): readonly FieldMatch[] {
  const cached = textMatchCache.get(text);
  if (cached) return cached;
  const folded = toMatchForm(text);
  const matches: FieldMatch[] = [];
  if (folded) {
    for (const { key, lang, pattern } of fieldIndex().labelPatterns) {
      const strength = matchStrength(folded, pattern);
      if (strength > 0) matches.push({ key, signal: 'label', strength, lang });
    }
  }
  if (textMatchCache.size >= TEXT_MATCH_CACHE_LIMIT) textMatchCache.clear();
  textMatchCache.set(text, matches);
  return matches;
}

/**
 * Orders keys sharing an id by how well the element's `maxlength` fits them: a 2-character
 * box is the initials field, a longer or unlimited one the full name.
 */
function sortByMaxLength(keys: readonly FieldKey[] | undefined, maxLength: number | null): FieldKey[] {
  if (!keys) return [];
  const fits = (key: FieldKey): number => {
    const limit = fieldCatalogue()[key].maxLength;
    if (limit === undefined) return maxLength === null || maxLength > 2 ? 1 : 0;
    return maxLength !== null && maxLength <= limit ? 2 : -1;
  };
  return [...keys].sort((a, b) => fits(b) - fits(a));
}

/** Whether match `a` outranks match `b` (signal first, then label specificity). */
export function outranks(a: FieldMatch, b: FieldMatch): boolean {
  const bySignal = SIGNAL_RANK[a.signal] - SIGNAL_RANK[b.signal];
  return bySignal !== 0 ? bySignal > 0 : a.strength > b.strength;
}
