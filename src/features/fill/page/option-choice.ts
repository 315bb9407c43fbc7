/**
 * Which option of a page's list holds a profile value: the answer the fill asks for. It runs
 * in the background (`src/features/fill/background/option-choice-handler.ts`), where the label tables
 * (`wanted-options.ts`), the list words (`option-words.ts`) and the matcher
 * (`fill-options.ts`, `option-meaning.ts`) live, so none of them weighs on the content script:
 * the content script sends a list's options (codes and texts) with the profile value of the
 * field being filled, and gets back the option to set, or why there is none.
 */

import type { FieldKey } from '../../../contracts/field-keys';
import type { WidgetOption } from '../../../page/bridge-protocol';
import type { ListQuestion, OptionAnswer, OptionChooser } from './fill';
import { closestOptions, matchOption, type PageLang, searchQueries } from './fill-options';
import { describeWanted } from './wanted-options';

/** The option meaning the profile value `raw` of field `key`, or why none can be chosen. */
export function chooseOption(
  key: FieldKey,
  raw: string,
  lang: PageLang,
  options: readonly WidgetOption[],
): OptionAnswer {
  const wanted = describeWanted(key, raw, lang);
  const match = matchOption(options, wanted);
  if ('option' in match) return { option: match.option };
  if (match.error === 'option-ambiguous') return { reason: match.error };
  const closest = closestOptions(options, wanted);
  return {
    reason: match.error,
    ...(closest.length > 0 ? { closest } : {}),
    // For a list the page loads by search: the words to type into its filter.
    queries: searchQueries(wanted),
  };
}

/**
 * Answers one made-up question in each page language, so the first real one does not pay for
 * setting up the country names (the browser's region names take tens of milliseconds to load).
 */
export function prepareOptionChoice(): void {
  const options = [
    { value: '1', text: 'Türkiye' },
    { value: '2', text: 'Erkek' },
    { value: '3', text: 'Evli' },
  ];
  for (const lang of ['tr', 'en'] as const) {
    chooseOptions(lang, [
      { key: 'nationality', value: 'SY', options },
      { key: 'gender', value: 'male', options },
      { key: 'maritalStatus', value: 'married', options },
    ]);
  }
}

/** Every question answered, in order. */
export function chooseOptions(lang: PageLang, questions: readonly ListQuestion[]): OptionAnswer[] {
  return questions.map(({ key, value, options }) => chooseOption(key, value, lang, options));
}

/** The fill's chooser answered in this context (tests, the report), as the background answers it. */
export const chooseHere: OptionChooser = {
  known: (lang, question) => chooseOption(question.key, question.value, lang, question.options),
  ask: async (lang, questions) => chooseOptions(lang, questions),
};
