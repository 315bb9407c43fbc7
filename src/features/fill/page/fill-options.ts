/**
 * Choosing a list option for a profile value (in the background: `option-choice.ts`).
 *
 * Profiles store codes ('male', 'married', ISO alpha-2 countries, plate-code provinces, permit
 * types…); the page shows its own codes (`kod`) and texts (`aciklama`), in Turkish or English,
 * and "lookup lists can come back in the other language" (docs/site.md#option-codes). What a profile
 * value may look like on the page is described by `wanted-options.ts` (run in the background,
 * where the label tables live); here an option is matched by code first, then by meaning
 * (`option-meaning.ts`, the comparison the rules use too): its text in either language, folded
 * the Turkish-aware way ("KADIN" = "Kadın" = "kadin"), words in any order, with the words its
 * list adds ("KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR" is tourism).
 */

import type { FieldKey } from '../../../contracts/field-keys';
import type { WidgetOption } from '../../../page/bridge-protocol';
import type { PageLang } from './fill';
import { bestFit, betterFit, nearness, type OptionFit, type OptionWords } from './option-meaning';

export type { PageLang };

/** What a profile value may look like on the page: codes to try, then texts, and the words its list may add. */
export interface WantedOption {
  readonly codes: readonly string[];
  readonly texts: readonly string[];
  readonly words?: OptionWords;
}

/** Describes a profile value of field `key` for a page in `lang` (`describeWanted`, or its answers). */
export type DescribeWanted = (key: FieldKey, raw: string, lang: PageLang) => WantedOption;

export type OptionMatch =
  | { readonly option: WidgetOption }
  | { readonly error: 'option-not-found' | 'option-ambiguous' };

/** Picks the one option meaning the wanted value, or says why none could be chosen. */
export function matchOption(options: readonly WidgetOption[], wanted: WantedOption): OptionMatch {
  // 1. By code, in the order the codes were given.
  for (const code of wanted.codes) {
    const byCode = options.filter((option) => option.value === code);
    if (byCode.length > 0) return pickOne(byCode);
  }
  // 2. By meaning: the option whose text carries one of the wanted texts with the fewest added
  //    words (`option-meaning.ts`); two different options fitting equally well is a guess.
  let best: { fit: OptionFit; options: WidgetOption[] } | null = null;
  for (const option of options) {
    const fit = bestFit(option.text, wanted.texts, wanted.words);
    if (!fit) continue;
    const order = best ? betterFit(fit, best.fit) : -1;
    if (order < 0) best = { fit, options: [option] };
    else if (order === 0) best?.options.push(option);
  }
  return best ? pickOne(best.options) : { error: 'option-not-found' };
}

function pickOne(options: readonly WidgetOption[]): OptionMatch {
  const values = new Set(options.map((option) => option.value));
  const first = options[0];
  return values.size === 1 && first ? { option: first } : { error: 'option-ambiguous' };
}

/** The texts of the options nearest to the wanted value, nearest first, for a "not found" message. */
export function closestOptions(options: readonly WidgetOption[], wanted: WantedOption, limit = 3): string[] {
  return options
    .map((option) => ({ text: option.text, near: nearness(option.text, wanted.texts) }))
    .filter(({ near }) => near > 0)
    .sort((a, b) => b.near - a.near)
    .slice(0, limit)
    .map(({ text }) => text);
}

/**
 * Texts to type into a server-side list's filter to bring the wanted option into view: the
 * first word of each candidate text (the list filters by "contains"), page language first.
 */
export function searchQueries(wanted: WantedOption, limit = 4): string[] {
  const queries: string[] = [];
  for (const text of wanted.texts) {
    const word = text.split(/[\s,/()-]+/).find((part) => [...part].length >= 3 && /\p{L}/u.test(part));
    if (word && !queries.includes(word)) queries.push(word);
    if (queries.length >= limit) break;
  }
  return queries;
}
