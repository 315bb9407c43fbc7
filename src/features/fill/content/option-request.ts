/**
 * The fill's list choices, asked of the background (`src/features/fill/background/option-choice-handler.ts`,
 * which runs `src/features/fill/page/option-choice.ts`): the content script sends a list's options (codes and
 * texts) with the profile value of the field being filled, and gets back the option to set or
 * why there is none. The matcher and the label tables stay out of the content script. Answers
 * are kept for the fill they were asked for (the same list, value and options answer alike).
 */

import { optionsSignature } from '../../../page/bridge-protocol';
import { type Send, send } from '../../../protocol/send';
import type { ListQuestion, OptionAnswer, OptionChooser, PageLang } from '../page/fill';

/** One answer per question; a missing one (never sent by our background) counts as not found. */
const NOT_FOUND: OptionAnswer = { reason: 'option-not-found' };

/** A chooser answered by the background, remembering its answers for one fill. */
export function backgroundChooser(ask: Send = send): OptionChooser {
  const answers = new Map<string, OptionAnswer>();
  const idOf = (lang: PageLang, { key, value, options }: ListQuestion) =>
    `${lang}\u0000${key}\u0000${value}\u0000${optionsSignature(options)}`;
  return {
    known: (lang, question) => answers.get(idOf(lang, question)),
    async ask(lang, questions) {
      const reply = await ask('choose-options', { lang, questions });
      const chosen = questions.map((_, index) => reply[index] ?? NOT_FOUND);
      questions.forEach((question, index) => {
        answers.set(idOf(lang, question), chosen[index] ?? NOT_FOUND);
      });
      return chosen;
    },
    remember(lang, question, answer) {
      answers.set(idOf(lang, question), answer);
    },
  };
}
