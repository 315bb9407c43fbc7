import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec, TypePlan } from '../types';
import { ADDRESS_PROOF } from './address';
import { COMMON_FEES, COMMON_IDENTITY, COMMON_NOTES, LEGALISATION, REPRESENTATION } from './common';
import { INSURANCE_AGE_EXEMPTABLE } from './insurance';
import { MINOR_NOTES, MINORS } from './minors';

/** Short-term (kısa dönem): applicant items, then purpose documents by YUKK 31(1) letter. */

const list = SOURCES.shortTermList;

const APPLICANT: readonly DocumentSpec[] = [
  {
    id: 'means-declaration',
    group: 'applicant',
    titleKey: 'item.means-declaration.title',
    noteKey: 'item.means-declaration.note',
    when: 'always',
    source: list,
  },
  {
    id: 'current-permit-card',
    group: 'applicant',
    titleKey: 'item.current-permit-card.title',
    when: 'extension-or-transfer',
    source: list,
  },
  {
    id: 'purpose-continues',
    group: 'applicant',
    titleKey: 'item.purpose-continues.title',
    noteKey: 'item.purpose-continues.note',
    when: 'extension-only',
    source: list,
  },
];

const PURPOSE_DOCUMENTS: readonly DocumentSpec[] = [
  // (a) scientific research
  {
    id: 'research-visa',
    group: 'purpose',
    titleKey: 'item.research-visa.title',
    when: 'purpose',
    forPurposes: ['scientific-research'],
    source: list,
  },
  {
    id: 'research-place-duration',
    group: 'purpose',
    titleKey: 'item.research-place-duration.title',
    noteKey: 'item.research-place-duration.note',
    when: 'purpose',
    forPurposes: ['scientific-research'],
    source: list,
  },
  // (b) property owner
  {
    id: 'property-title-deed',
    group: 'purpose',
    titleKey: 'item.property-title-deed.title',
    when: 'property-owner',
    forPurposes: ['property-owner'],
    source: list,
  },
  {
    id: 'property-current-record',
    group: 'purpose',
    titleKey: 'item.property-current-record.title',
    noteKey: 'item.property-current-record.note',
    when: 'property-owner',
    forPurposes: ['property-owner'],
    requirement: 'if-applicable',
    source: list,
  },
  {
    id: 'property-valuation',
    group: 'purpose',
    titleKey: 'item.property-valuation.title',
    noteKey: 'item.property-valuation.note',
    params: { amount: 'USD 200,000', since: '16.11.2023' },
    when: 'property-owner',
    forPurposes: ['property-owner'],
    source: sourceOf(
      'LIST tur=0 copies (valuation); news and consultancy pages (threshold)',
      URLS.shortTermList,
      ['O*', 'C'],
    ),
  },
  {
    id: 'tax-number',
    group: 'purpose',
    titleKey: 'item.tax-number.title',
    noteKey: 'item.tax-number.note',
    when: 'property-owner',
    forPurposes: ['property-owner'],
    source: list,
  },
  // (c) business
  {
    id: 'business-invitation',
    group: 'purpose',
    titleKey: 'item.business-invitation.title',
    when: 'purpose',
    forPurposes: ['business'],
    source: list,
  },
  {
    id: 'company-documents',
    group: 'purpose',
    titleKey: 'item.company-documents.title',
    noteKey: 'item.company-documents.note',
    when: 'purpose',
    forPurposes: ['business'],
    requirement: 'if-requested',
    source: list,
  },
  {
    id: 'signature-circular',
    group: 'purpose',
    titleKey: 'item.signature-circular.title',
    noteKey: 'item.signature-circular.note',
    when: 'purpose',
    forPurposes: ['business'],
    requirement: 'if-requested',
    source: sourceOf(
      'Consultancy list of business-connection documents (notarised imza sirküleri)',
      URLS.goc,
      'C',
    ),
  },
  // (ç) in-service training
  {
    id: 'training-letter',
    group: 'purpose',
    titleKey: 'item.training-letter.title',
    when: 'purpose',
    forPurposes: ['in-service-training'],
    source: list,
  },
  // (d) education or exchange
  {
    id: 'host-institution-letter',
    group: 'purpose',
    titleKey: 'item.host-institution-letter.title',
    when: 'purpose',
    forPurposes: ['education-exchange'],
    source: list,
  },
  // (e) tourism
  {
    id: 'travel-plan',
    group: 'purpose',
    titleKey: 'item.travel-plan.title',
    when: 'purpose',
    forPurposes: ['tourism'],
    requirement: 'if-requested',
    source: list,
  },
  // (f) medical treatment
  {
    id: 'hospital-document',
    group: 'purpose',
    titleKey: 'item.hospital-document.title',
    when: 'purpose',
    forPurposes: ['medical-treatment'],
    source: list,
  },
  // (ğ) switching from a family permit (F6)
  {
    id: 'previous-family-permit',
    group: 'purpose',
    titleKey: 'item.previous-family-permit.title',
    when: 'purpose',
    forPurposes: ['from-family-permit'],
    ruleId: 'F6',
    source: list,
  },
  {
    id: 'divorce-or-death-document',
    group: 'purpose',
    titleKey: 'item.divorce-or-death-document.title',
    noteKey: 'item.divorce-or-death-document.note',
    when: 'purpose',
    forPurposes: ['from-family-permit'],
    requirement: 'if-applicable',
    ruleId: 'F6',
    source: list,
  },
  // (h) Turkish course (D3)
  {
    id: 'turkish-course-document',
    group: 'purpose',
    titleKey: 'item.turkish-course-document.title',
    noteKey: 'item.turkish-course-document.note',
    when: 'purpose',
    forPurposes: ['turkish-course'],
    ruleId: 'D3',
    source: list,
  },
  // (i) graduate of Turkish higher education (D4)
  {
    id: 'graduation-document',
    group: 'purpose',
    titleKey: 'item.graduation-document.title',
    noteKey: 'item.graduation-document.note',
    when: 'purpose',
    forPurposes: ['graduate'],
    ruleId: 'D4',
    source: list,
  },
  // (j) investor
  {
    id: 'investor-eligibility-certificate',
    group: 'purpose',
    titleKey: 'item.investor-eligibility-certificate.title',
    when: 'purpose',
    forPurposes: ['investor'],
    source: list,
  },
];

const NOTES: readonly NoteSpec[] = [
  { id: 'purpose-unknown', messageKey: 'note.purpose-unknown', tone: 'uncertain', when: 'purpose-unknown' },
  {
    id: 'purpose-no-list',
    messageKey: 'note.purpose-no-list',
    tone: 'uncertain',
    when: 'purpose',
    forPurposes: ['authority-request', 'public-institution-programme'],
    source: sourceOf('No purpose-specific list found in the sources read', URLS.shortTermList, 'U'),
  },
  {
    id: 'purpose-nothing-extra',
    messageKey: 'note.purpose-nothing-extra',
    tone: 'info',
    when: 'purpose',
    forPurposes: ['trnc-citizen'],
    source: list,
  },
];

export const SHORT_TERM_PLAN: TypePlan = {
  documents: [
    ...COMMON_IDENTITY,
    ...COMMON_FEES,
    ...INSURANCE_AGE_EXEMPTABLE,
    ...ADDRESS_PROOF,
    ...APPLICANT,
    ...PURPOSE_DOCUMENTS,
    ...MINORS,
    ...REPRESENTATION,
    ...LEGALISATION,
  ],
  notes: [...NOTES, ...MINOR_NOTES, ...COMMON_NOTES],
  coverage: { first: 'listed', extension: 'listed', transfer: 'listed' },
};
