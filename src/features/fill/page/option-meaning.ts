/**
 * The one comparison behind every question "does this list option mean that value?": the fill
 * choosing an option for a profile value (`fill-options.ts`), and the rules and the checklist
 * reading what a chosen option means (`src/permit-application/option-match.ts`).
 *
 * Texts are compared as words of their folded form (`toMatchForm`: Turkish i's, case,
 * diacritics and punctuation ignored), in any order. A label matches an option when every
 * meaningful word of the label is in the option, and every other word of the option is either
 * a filler word (words that add no meaning in that list: "KISA DÖNEM / " before a purpose,
 * "AMAÇLI", "KALACAKLAR", "İKAMET İZNİ", "MAH."), a number (a code shown with the text), or a
 * qualifier that follows the label ("China" → "China, People's Republic of"). A word matches
 * the same word with a common Turkish or English ending ("turizm" = "turizmi", "victims" =
 * "victim"). The word lists live with the label tables (`option-words.ts`), away from the
 * content script; this file holds only the comparison.
 */
import { toMatchForm } from '../../../page/text';

/** Words a list's options may leave out or add without meaning something else. */
export interface OptionWords {
  /** May be missing from the option, or added anywhere ("ikamet izni", "ve", "mah"). */
  readonly filler?: readonly string[];
  /** May be added anywhere, never left out of a label that has them ("kısa dönem", "amaçlı"). */
  readonly added?: readonly string[];
  /** May be added after every word of the label, never before or between ("Federasyonu"). */
  readonly qualifiers?: readonly string[];
}

/** How well an option text carries a label; null when it does not. */
export interface OptionFit {
  /** The folded texts are the same. */
  readonly exact: boolean;
  /** Meaningful words of the label found in the option. */
  readonly covered: number;
  /** Words of the option that are not the label's (filler, numbers, qualifiers). */
  readonly extra: number;
}

/** Endings that do not change what a word names (folded: ı → i, ü → u). */
const ENDINGS: ReadonlySet<string> = new Set(
  's es i u a e si su in un nin nun lar ler lari leri da de ya ye yi yu'.split(' '),
);

/** The same word, or the same word with a common ending (the shorter at least 4 letters long). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && ENDINGS.has(long.slice(short.length));
}

function words(text: string): string[] {
  const folded = toMatchForm(text);
  return folded === '' ? [] : folded.split(' ');
}

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * Compares one option text with one label. Word order, case, Turkish letters and punctuation
 * do not matter; filler words may come or go; anything else the option adds makes it another
 * option ("SAĞLIK TURİZMİ" is not "TURİZM", "Guinea-Bissau" is not "Guinea").
 */
export function fitOption(optionText: string, label: string, vocabulary: OptionWords = {}): OptionFit | null {
  const option = words(optionText);
  const wanted = words(label);
  if (option.length === 0 || wanted.length === 0) return null;
  if (option.join(' ') === wanted.join(' ')) return { exact: true, covered: wanted.length, extra: 0 };
  const filler = new Set(vocabulary.filler ?? []);
  const added = new Set(vocabulary.added ?? []);
  const qualifiers = new Set(vocabulary.qualifiers ?? []);
  const meaningful = wanted.filter((word) => !filler.has(word));
  // A label made of filler only ("İkamet İzni") is compared whole.
  const needed = meaningful.length > 0 ? meaningful : wanted;
  const used = new Array<boolean>(option.length).fill(false);
  let last = -1;
  for (const word of needed) {
    const at = option.findIndex((candidate, index) => !used[index] && sameWord(candidate, word));
    if (at === -1) return null;
    used[at] = true;
    last = Math.max(last, at);
  }
  let extra = 0;
  for (const [index, word] of option.entries()) {
    if (used[index]) continue;
    // The label's own filler words, found in the option, are not extra.
    if (filler.has(word) || added.has(word) || isNumber(word)) {
      if (!wanted.includes(word)) extra += 1;
      continue;
    }
    if (qualifiers.has(word) && index > last) {
      extra += 1;
      continue;
    }
    return null;
  }
  return { exact: false, covered: needed.length, extra };
}

/** Orders fits: exact first, then fewer added words, then more of the label's words found. */
export function betterFit(a: OptionFit, b: OptionFit): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1;
  if (a.extra !== b.extra) return a.extra - b.extra;
  return b.covered - a.covered;
}

/** The best fit of an option text over several labels (the same value in TR and EN, say). */
export function bestFit(
  optionText: string,
  labels: readonly string[],
  vocabulary: OptionWords = {},
): OptionFit | null {
  let best: OptionFit | null = null;
  for (const label of labels) {
    const fit = fitOption(optionText, label, vocabulary);
    if (fit && (best === null || betterFit(fit, best) < 0)) best = fit;
  }
  return best;
}

/** How many of the labels' words an option text shares, for naming the closest options when none fits. */
export function nearness(optionText: string, labels: readonly string[]): number {
  const option = words(optionText);
  return Math.max(
    0,
    ...labels.map(
      (label) => words(label).filter((word) => option.some((other) => sameWord(other, word))).length,
    ),
  );
}
