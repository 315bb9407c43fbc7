/**
 * `{ type: 'checklist', request }` → the document checklist (`src/domain/checklists`). It runs
 * here because the checklist data and its zod schemas would weigh more than the whole content
 * script; the answer is plain JSON (`src/application/checklist-wire.ts`).
 */
import { checklistForWire } from '../application/checklist-schema';
import { registerHandler } from './router';

registerHandler('checklist', (request) => checklistForWire(request.request));
