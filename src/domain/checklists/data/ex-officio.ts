import { sourceOf, URLS } from '../sources';
import type { NoteSpec, TypePlan } from '../types';
import { COMMON_FEES, COMMON_IDENTITY, COMMON_NOTES, LEGALISATION, REPRESENTATION } from './common';
import { MINOR_NOTES, MINORS } from './minors';

/** Humanitarian and trafficking-victim permits: issued ex officio; no list found [U]. */

const NO_LIST: NoteSpec = {
  id: 'ex-officio-no-list',
  messageKey: 'note.ex-officio-no-list',
  tone: 'uncertain',
  when: 'always',
  source: sourceOf('YUKK 46, 48; no document list found in the sources read', URLS.law6458, 'U'),
};

const plan: TypePlan = {
  documents: [...COMMON_IDENTITY, ...COMMON_FEES, ...MINORS, ...REPRESENTATION, ...LEGALISATION],
  notes: [NO_LIST, ...MINOR_NOTES, ...COMMON_NOTES],
  coverage: { first: 'common-only', extension: 'common-only', transfer: 'common-only' },
};

export const HUMANITARIAN_PLAN: TypePlan = plan;
export const TRAFFICKING_VICTIM_PLAN: TypePlan = plan;
