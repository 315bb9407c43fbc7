/**
 * `checklist` → the document checklist (`src/domain/checklists`). It runs here because the
 * checklist data and its zod schemas would weigh more than the whole content script; the
 * answer is trimmed to the checklist view of `src/protocol/protocol.ts` on its way out.
 */
import { checklistForWire } from '../../../permit-application/checklist-schema';
import type { AnswerOf, CheckedRequestOf } from '../../../protocol/protocol';

export function checklist(request: CheckedRequestOf<'checklist'>): AnswerOf<'checklist'> {
  return checklistForWire(request);
}
