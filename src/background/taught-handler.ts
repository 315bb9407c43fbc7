/**
 * `teach-field`: a person said, from the panel on an e-İkamet page, what one of its fields is
 * (`src/page/taught.ts`). Validated and stored on this device (`src/teach/taught-store.ts`);
 * the content script reads the taught fields from `storage.local` and recognises the page again.
 * Only from a tab on e-İkamet; the entry holds no value, only what finds and names the field.
 */

import { TEACH_FIELD } from '../contracts/teach-messages';
import { teachField } from '../teach/taught-store';
import { fromEikametTab } from './profile-handler';
import { type RequestSender, registerHandler } from './router';

export async function teachFieldRequest(
  request: Record<string, unknown>,
  sender: RequestSender,
): Promise<number> {
  if (!fromEikametTab(sender)) throw new Error(`${TEACH_FIELD}: not from an e-İkamet tab`);
  try {
    return (await teachField(request.entry)).length;
  } catch {
    throw new Error(`${TEACH_FIELD}: not a field description`);
  }
}

registerHandler(TEACH_FIELD, teachFieldRequest);
