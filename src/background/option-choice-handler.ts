/**
 * `choose-options`: which option of a page's list holds a profile value (`src/page/option-choice.ts`),
 * for the fill in the content script. The request carries the lists' options and the values
 * being filled, never anything from storage, and the answer only points at one of the given
 * options: a page that sends it learns nothing it did not send. Bounded all the same, and only
 * from a tab on e-İkamet.
 */
import { z } from 'zod';
import { type FieldKey, isFieldKey } from '../contracts/field-keys';
import { CHOOSE_OPTIONS } from '../contracts/fill-messages';
import type { OptionAnswer } from '../page/fill';
import { chooseOptions, prepareOptionChoice } from '../page/option-choice';
import { fromEikametTab } from './profile-handler';
import { type RequestSender, registerHandler } from './router';

/** A wizard step has a handful of lists; a country or neighbourhood list a few thousand options at most. */
const MAX_QUESTIONS = 64;
const MAX_OPTIONS = 20_000;
const MAX_TEXT = 500;

const ChooseRequest = z.object({
  lang: z.enum(['tr', 'en']),
  questions: z
    .array(
      z.object({
        key: z.custom<FieldKey>((value) => typeof value === 'string' && isFieldKey(value)),
        value: z.string().max(MAX_TEXT),
        options: z
          .array(z.object({ value: z.string().max(MAX_TEXT), text: z.string().max(MAX_TEXT) }))
          .max(MAX_OPTIONS),
      }),
    )
    .max(MAX_QUESTIONS),
});

export function chooseOptionsRequest(
  request: Record<string, unknown>,
  sender: RequestSender,
): OptionAnswer[] {
  if (!fromEikametTab(sender)) throw new Error(`${CHOOSE_OPTIONS}: not from an e-İkamet tab`);
  const parsed = ChooseRequest.safeParse(request);
  if (!parsed.success) throw new Error(`${CHOOSE_OPTIONS}: malformed request`);
  return chooseOptions(parsed.data.lang, parsed.data.questions);
}

registerHandler(CHOOSE_OPTIONS, chooseOptionsRequest);

// A worker stopped while the person read the page starts again with their click on Fill: the
// matcher's set-up runs once it has started, while the fill still asks for the profile's values.
setTimeout(prepareOptionChoice, 0);
