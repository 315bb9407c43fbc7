/**
 * `choose-options`: which option of a page's list holds a profile value
 * (`src/features/fill/page/option-choice.ts`), for the fill in the content script. The request
 * carries the lists' options and the values being filled, never anything from storage, and the
 * answer only points at one of the given options: a page that sends it learns nothing it did not
 * send. Bounded all the same (by the protocol map, `src/protocol/protocol.ts`), and only from a
 * tab on e-İkamet.
 */

import type { RequestSender } from '../../../background/router';
import { fromEikametTab } from '../../../background/senders';
import { ProtocolError } from '../../../protocol/errors';
import type { AnswerOf, CheckedRequestOf } from '../../../protocol/protocol';
import { chooseOptions, prepareOptionChoice } from '../page/option-choice';

export function chooseOptionsRequest(
  { lang, questions }: CheckedRequestOf<'choose-options'>,
  sender: RequestSender,
): AnswerOf<'choose-options'> {
  if (!fromEikametTab(sender)) throw new ProtocolError('not-from-eikamet', 'choose-options');
  return chooseOptions(lang, questions);
}

// A worker stopped while the person read the page starts again with their click on Fill: the
// matcher's set-up runs once it has started, while the fill still asks for the profile's values.
setTimeout(prepareOptionChoice, 0);
