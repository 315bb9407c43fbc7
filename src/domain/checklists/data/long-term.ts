import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec, TypePlan } from '../types';
import { COMMON_FEES, COMMON_IDENTITY, COMMON_NOTES, LEGALISATION, REPRESENTATION } from './common';
import { INSURANCE_LONG_TERM } from './insurance';
import { MINOR_NOTES, MINORS } from './minors';

/**
 * Long-term (uzun dönem): first or transfer application (an applicant always holds a permit
 * already, so e-İkamet may file it either way); an extension is impossible (D10). On the
 * Migration Policy Board route (YUKK 42) the list is shorter: the form, passport, previous permit
 * if any, photos and the address-registration document; the 8-year evidence is dropped.
 */

const list = SOURCES.longTermList;

const APPLICANT: readonly DocumentSpec[] = [
  {
    id: 'previous-permit-cards',
    group: 'applicant',
    titleKey: 'item.previous-permit-cards.title',
    when: 'long-term-eight-years',
    ruleId: 'L1',
    source: list,
  },
  {
    id: 'sydv-letter',
    group: 'applicant',
    titleKey: 'item.sydv-letter.title',
    noteKey: 'item.sydv-letter.note',
    when: 'long-term-eight-years',
    ruleId: 'L2',
    source: list,
  },
  {
    id: 'income-proof',
    group: 'applicant',
    titleKey: 'item.income-proof.title',
    when: 'long-term-eight-years',
    ruleId: 'L3',
    source: list,
  },
  {
    id: 'criminal-record',
    group: 'applicant',
    titleKey: 'item.criminal-record.title',
    when: 'long-term-eight-years',
    ruleId: 'L3',
    source: list,
  },
  {
    id: 'address-registration-document',
    group: 'address',
    titleKey: 'item.address-registration-document.title',
    noteKey: 'item.address-registration-document.note',
    when: 'always',
    source: list,
  },
];

const NOTES: readonly NoteSpec[] = [
  {
    id: 'long-term-extension-impossible',
    messageKey: 'note.long-term-extension-impossible',
    tone: 'impossible',
    when: 'extension-only',
    ruleId: 'D10',
    source: sourceOf('D10: YUKK 42; goc lists (copy: aytekinavukatlik.com)', URLS.law6458, 'O*'),
  },
  {
    id: 'long-term-policy-board-route',
    messageKey: 'note.long-term-policy-board-route',
    tone: 'info',
    when: 'long-term-policy-board',
    ruleId: 'L1',
    source: sourceOf(
      'YUKK 42(1); goc list for the Migration Policy Board route (copy: aytekinavukatlik.com)',
      URLS.law6458,
      'O*',
      undefined,
      'https://aytekinavukatlik.com/yabancilar-icin-uzun-donem-ikamet-izni/',
    ),
  },
  {
    id: 'long-term-first-or-transfer',
    messageKey: 'note.long-term-first-or-transfer',
    tone: 'info',
    when: 'first-or-transfer',
    ruleId: 'L1',
    source: sourceOf('Open question: not settled by the sources read', URLS.documentList, 'U'),
  },
];

export const LONG_TERM_PLAN: TypePlan = {
  documents: [
    ...COMMON_IDENTITY,
    ...COMMON_FEES,
    INSURANCE_LONG_TERM,
    ...APPLICANT,
    ...MINORS,
    ...REPRESENTATION,
    ...LEGALISATION,
  ],
  notes: [...NOTES, ...MINOR_NOTES, ...COMMON_NOTES],
  coverage: { first: 'listed', extension: 'impossible', transfer: 'listed' },
};
