/**
 * The fill's list choices, asked of the background (`src/background/option-choice-handler.ts`,
 * which runs `src/page/option-choice.ts`): the content script sends a list's options (codes and
 * texts) with the profile value of the field being filled, and gets back the option to set or
 * why there is none. The matcher and the label tables stay out of the content script. Answers
 * are kept for the fill they were asked for (the same list, value and options answer alike).
 */

import { CHOOSE_OPTIONS } from '../../../contracts/fill-messages';
import { optionsSignature, type WidgetOption } from '../../../page/bridge-protocol';
import type { ListQuestion, OptionAnswer, OptionChooser, PageLang } from '../../../page/fill';
import { askBackground } from '../background-client';

const REASONS: ReadonlySet<unknown> = new Set(['option-not-found', 'option-ambiguous']);

function isOption(value: unknown): value is WidgetOption {
  if (typeof value !== 'object' || value === null) return false;
  const { value: code, text } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof text === 'string';
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** Checks one answer by hand (messages validate nothing); anything odd counts as not found. */
export function parseOptionAnswer(value: unknown): OptionAnswer {
  const answer = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (isOption(answer.option)) return { option: { value: answer.option.value, text: answer.option.text } };
  const reason = REASONS.has(answer.reason) ? (answer.reason as 'option-ambiguous') : 'option-not-found';
  const closest = strings(answer.closest);
  const queries = strings(answer.queries);
  return { reason, ...(closest ? { closest } : {}), ...(queries ? { queries } : {}) };
}

/** A chooser answered by the background, remembering its answers for one fill. */
export function backgroundChooser(ask = askBackground): OptionChooser {
  const answers = new Map<string, OptionAnswer>();
  const idOf = (lang: PageLang, { key, value, options }: ListQuestion) =>
    `${lang}\u0000${key}\u0000${value}\u0000${optionsSignature(options)}`;
  return {
    known: (lang, question) => answers.get(idOf(lang, question)),
    async ask(lang, questions) {
      const reply = await ask(CHOOSE_OPTIONS, { lang, questions });
      const parsed = questions.map((_, index) =>
        parseOptionAnswer(Array.isArray(reply) ? reply[index] : undefined),
      );
      questions.forEach((question, index) => {
        answers.set(idOf(lang, question), parsed[index] as OptionAnswer);
      });
      return parsed;
    },
  };
}
