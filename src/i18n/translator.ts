/**
 * The one translator of every surface: the overlay, the popup and options page, the fill
 * section, the vault and the printable checklist all build their texts here. The user's
 * language is looked up first, then the fallbacks (English); in a right-to-left language the
 * Latin runs and the values keep their own order (`bidi.ts`). Dependency-free: the content
 * script uses it.
 */
import { type Language, RTL_LANGUAGES } from '../contracts/languages';
import { createIsolatingTranslator, isolateLatinRuns } from './bidi';
import { createTranslator, type Messages, type Translate } from './translate';

export function translatorFor(lang: Language, ...dictionaries: Messages[]): Translate {
  return (RTL_LANGUAGES.has(lang) ? createIsolatingTranslator : createTranslator)(...dictionaries);
}

/**
 * A catalogue entry that takes no parameters (a field's label or hint), from the first
 * dictionary where it is written: an empty string means "not written yet" and falls through.
 */
export function entryFor(lang: Language, dictionaries: readonly Messages[], key: string): string | undefined {
  for (const dictionary of dictionaries) {
    const text = dictionary[key];
    if (text) return RTL_LANGUAGES.has(lang) ? isolateLatinRuns(text) : text;
  }
  return undefined;
}

/** "A, B and C" in the user's language; in Arabic with the Arabic comma: "A، B وC". */
export function listOf(lang: Language, items: readonly string[]): string {
  if (lang === 'ar' && items.length > 2) return `${items.slice(0, -1).join('، ')} و${items.at(-1)}`;
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
