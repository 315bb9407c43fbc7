/**
 * `teach-field`: a person said, from the panel on an e-İkamet page, what one of its fields is
 * (`src/page/taught.ts`). Validated (the protocol map's entry is the taught-field schema of
 * `src/features/teach/store/taught-store.ts`) and stored on this device; the content script reads the taught
 * fields from `storage.local` and recognises the page again. Only from a tab on e-İkamet; the
 * entry holds no value, only what finds and names the field.
 */

import type { RequestSender } from '../../../background/router';
import { fromEikametTab } from '../../../background/senders';
import { ProtocolError } from '../../../protocol/errors';
import type { CheckedRequestOf } from '../../../protocol/protocol';
import { teachField } from '../store/taught-store';

export async function teachFieldRequest(
  { entry }: CheckedRequestOf<'teach-field'>,
  sender: RequestSender,
): Promise<number> {
  if (!fromEikametTab(sender)) throw new ProtocolError('not-from-eikamet', 'teach-field');
  return (await teachField(entry)).length;
}
