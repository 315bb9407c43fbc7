/**
 * Choosing a list option for a profile value, and the small text rules of the fill engine.
 *
 * Profiles store codes ('male', 'married', ISO alpha-2 countries, plate-code provinces, permit
 * types…); the page shows its own codes (`kod`) and texts (`aciklama`), in Turkish or English,
 * and "lookup lists can come back in the other language" (docs/site.md#option-codes). What a profile
 * value may look like on the page is described by `wanted-options.ts` (run in the background,
 * where the label tables live); here an option is matched by code first, then by its text in
 * either language, compared in a Turkish-aware folded form ("KADIN" = "Kadın" = "kadin"), then
 * by a few looser but unambiguous rules.
 */
import type { WidgetOption } from './bridge-protocol';
import type { FieldKey } from './field-keys';
import { toMatchForm } from './text';

export type PageLang = 'tr' | 'en';

/** What a profile value may look like on the page: codes to try, then texts. */
export interface WantedOption {
  readonly codes: readonly string[];
  readonly texts: readonly string[];
}

/** Describes a profile value of field `key` for a page in `lang` (`describeWanted`, or its answers). */
export type DescribeWanted = (key: FieldKey, raw: string, lang: PageLang) => WantedOption;

export type OptionMatch =
  | { readonly option: WidgetOption }
  | { readonly error: 'option-not-found' | 'option-ambiguous' };

/**
 * Words that may follow a country's short name in an official long name: "Russian
 * Federation" is not a qualified "Russia", but "China, People's Republic of" is a qualified
 * "China" and "Rusya Federasyonu" a qualified "Rusya". "Guinea-Bissau" is not "Guinea".
 */
const QUALIFIERS: ReadonlySet<string> = new Set(
  [
    'of america of the republic peoples people democratic federation federal federative islamic arab',
    'state states kingdom united socialist plurinational bolivarian',
    'halk cumhuriyeti federasyonu federal islam arap devleti demokratik krallik kralligi birlesik',
  ]
    .join(' ')
    .split(' '),
);

/** Picks the one option meaning the wanted value, or says why none could be chosen. */
export function matchOption(
  options: readonly WidgetOption[],
  wanted: WantedOption,
  key?: FieldKey,
): OptionMatch {
  // 1. By code, in the order the codes were given.
  for (const code of wanted.codes) {
    const byCode = options.filter((option) => option.value === code);
    if (byCode.length > 0) return pickOne(byCode);
  }
  const folded = wanted.texts.map(toMatchForm).filter((text) => text !== '');
  const optionForms = options.map((option) => ({ option, form: toMatchForm(option.text) }));
  // 2. By the whole text, folded (Turkish i's, case, diacritics and punctuation ignored).
  const exact = optionForms.filter(({ form }) => form !== '' && folded.includes(form));
  if (exact.length > 0) return pickOne(exact.map(({ option }) => option));
  // 3. A short name plus official qualifiers ("China" → "China, People's Republic of"), and for
  //    purposes of stay the text after the permit type ("TOURISM" → "SHORT TERM / TOURISM").
  const loose = optionForms.filter(({ form }) =>
    folded.some(
      (text) => qualifiedName(form, text) || (key === 'permitPurpose' && form.endsWith(` ${text}`)),
    ),
  );
  if (loose.length > 0) return pickOne(loose.map(({ option }) => option));
  return { error: 'option-not-found' };
}

function qualifiedName(form: string, text: string): boolean {
  if (text.length < 3 || !form.startsWith(`${text} `)) return false;
  return form
    .slice(text.length + 1)
    .split(' ')
    .every((word) => QUALIFIERS.has(word));
}

function pickOne(options: readonly WidgetOption[]): OptionMatch {
  const values = new Set(options.map((option) => option.value));
  const first = options[0];
  return values.size === 1 && first ? { option: first } : { error: 'option-ambiguous' };
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

/**
 * The first two letters of a name, upper-cased the Turkish way ("ismail" → "İS"), as the
 * entry pages ask ("Adınızın ilk iki harfi"). Letters only: "O'Brien" → "OB". Null when the
 * name has fewer than two letters.
 */
export function initialsOf(name: string): string | null {
  const letters = [...name.normalize('NFC')].filter((character) => /\p{L}/u.test(character));
  if (letters.length < 2) return null;
  return letters.slice(0, 2).join('').toLocaleUpperCase('tr-TR');
}
