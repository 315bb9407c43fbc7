/**
 * Turkish-aware text folding for matching page labels against the catalogue.
 *
 * The comparison form is deliberately lossy: it is only ever compared with other folded
 * strings, never shown. It has to equate "DOĞUM TARİHİ", "Doğum Tarihi *" and the ASCII
 * "Dogum Tarihi", and "IKAMET" with "İkamet" — so all four Turkish i's (i, ı, İ, I) fold to
 * the same plain "i". Locale-aware lower-casing alone cannot do that: the Turkish locale
 * maps "I" to "ı" (so ASCII "IKAMET" stops matching "ikamet") and the root locale maps "İ"
 * to "i" plus a combining dot.
 */

/** Every Turkish and ASCII i-variant, folded to one letter before anything else. */
const I_VARIANTS = /[İIıi]/g;

/** Letters that Unicode decomposition does not strip to ASCII. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l' };
const EXTRA_FOLD_PATTERN = /[ßæøđł]/g;

/** Combining marks left over by NFD: cedilla, breve, diaeresis, dot above, acute… */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Apostrophes vanish rather than become spaces, so "Father's" folds to "fathers" and
 * "Türkiye'ye" to "turkiyeye" (one word, as a reader would treat it).
 */
const APOSTROPHES = /['’‘`´]/g;

/** Anything that is not a letter or digit separates words: "*", ":", "/", "-", "(", "." … */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text to its comparison form: i-variants unified, lower case, diacritics stripped,
 * punctuation (including trailing "*" and ":") turned into single spaces, trimmed.
 *
 * @example toMatchForm('Doğum Tarihi *') === 'dogum tarihi'
 * @example toMatchForm('IKAMET İZNİ') === toMatchForm('İkamet izni') // 'ikamet izni'
 */
export function toMatchForm(text: string): string {
  return text
    .replace(I_VARIANTS, 'i')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** A label pattern as written in the catalogue: a literal (compared whole) or a regex. */
export type TextPattern = string | RegExp;

/**
 * A pattern prepared for matching against folded text. Literals are folded once at load
 * time; regexes are written against the folded form already (lower-case ASCII, single
 * spaces, no punctuation).
 */
export interface CompiledPattern {
  readonly exact: string | null;
  readonly regex: RegExp | null;
}

export function compilePattern(pattern: TextPattern): CompiledPattern {
  if (typeof pattern === 'string') return { exact: toMatchForm(pattern), regex: null };
  // A global or sticky regex keeps state between exec() calls; matching must be pure.
  const regex =
    pattern.global || pattern.sticky
      ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
      : pattern;
  return { exact: null, regex };
}

/**
 * How strongly folded text matches a pattern: 0 for no match; for a literal, a score above
 * any regex match (a whole-label match is the most specific evidence there is); for a regex,
 * the length of the matched text, so the most specific of several matching patterns wins
 * ("previous surname" beats "surname" on "Previous Surname").
 */
export function matchStrength(folded: string, pattern: CompiledPattern): number {
  if (pattern.exact !== null) return folded === pattern.exact ? EXACT_MATCH_STRENGTH : 0;
  const match = pattern.regex?.exec(folded);
  return match ? Math.max(1, match[0].length) : 0;
}

/** Longer than any label a form would show, so a whole-label literal always wins. */
export const EXACT_MATCH_STRENGTH = 1000;

/** Whether raw (unfolded) text contains letters only Turkish uses: a language hint. */
export function hasTurkishLetters(text: string): boolean {
  return /[çğışöüÇĞİŞÖÜ]/.test(text);
}
