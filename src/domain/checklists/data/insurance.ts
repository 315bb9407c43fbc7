import { sourceOf, URLS } from '../sources';
import type { DocumentSpec } from '../types';

const sourceI1toI3 = sourceOf('I1–I3: e-İkamet Açıklamalar (AÇK); LIST tur=0', URLS.explanations, 'O*');

/**
 * Short-term and student (I3): under 18 or over 65 the item stays, marked not required, because
 * existing cover must still be submitted. Variants share the id; the first that holds is used.
 */
export const INSURANCE_AGE_EXEMPTABLE: readonly DocumentSpec[] = [
  // At 65 and on the 18th birthday the sources disagree on the age option: say so, never decide.
  {
    id: 'insurance',
    group: 'insurance',
    titleKey: 'item.insurance.age-uncertain.title',
    noteKey: 'item.insurance.age-uncertain.note',
    when: 'insurance-age-uncertain',
    requirement: 'uncertain',
    ruleId: 'I3',
    source: sourceOf(
      'I3: conflicting readings of "18 yaş altı ve 65 yaş üstü olanlar" (65-or-over versus 66-and-over; the 18th birthday)',
      URLS.explanations,
      'U',
    ),
  },
  {
    id: 'insurance',
    group: 'insurance',
    titleKey: 'item.insurance.exempt.title',
    noteKey: 'item.insurance.exempt.note',
    when: 'insurance-age-exempt',
    requirement: 'not-required',
    ruleId: 'I3',
    source: sourceI1toI3,
  },
  {
    id: 'insurance',
    group: 'insurance',
    titleKey: 'item.insurance.title',
    noteKey: 'item.insurance.note',
    when: 'always',
    ruleId: 'I1',
    source: sourceI1toI3,
  },
];

/** Long-term (I5): insurance is a legal condition, with no age exemption. */
export const INSURANCE_LONG_TERM: DocumentSpec = {
  id: 'insurance',
  group: 'insurance',
  titleKey: 'item.insurance.title',
  noteKey: 'item.insurance.long-term.note',
  when: 'always',
  ruleId: 'I5',
  source: sourceOf(
    'I1, I5: YUKK 43(1)(ç); e-İkamet Açıklamalar (AÇK); over-65 claim from a consultancy FAQ only',
    URLS.law6458,
    'O*',
  ),
};
