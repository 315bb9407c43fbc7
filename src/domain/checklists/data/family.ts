import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec, TypePlan } from '../types';
import { ADDRESS_PROOF } from './address';
import { COMMON_FEES, COMMON_IDENTITY, COMMON_NOTES, LEGALISATION, REPRESENTATION } from './common';
import { MINOR_NOTES, MINORS } from './minors';

/** Family (aile): applicant, children (M2, F5) and supporter (F1, F3, I4). Transfer is as first. */

const list = SOURCES.familyList;
const consultancy = SOURCES.familyConsultancy;

const APPLICANT: readonly DocumentSpec[] = [
  {
    id: 'marriage-certificate',
    group: 'applicant',
    titleKey: 'item.marriage-certificate.title',
    when: 'family-spouse',
    source: list,
  },
  {
    id: 'civil-registry-record',
    group: 'applicant',
    titleKey: 'item.civil-registry-record.title',
    noteKey: 'item.civil-registry-record.note',
    when: 'spouse-of-turkish-citizen',
    source: list,
  },
  // "Only if the supporter is not a Turkish citizen, or if needed" [C]: two variants, one id.
  {
    id: 'supporter-cost-undertaking',
    group: 'applicant',
    titleKey: 'item.supporter-cost-undertaking.title',
    when: 'supporter-foreign',
    source: consultancy,
  },
  {
    id: 'supporter-cost-undertaking',
    group: 'applicant',
    titleKey: 'item.supporter-cost-undertaking.title',
    when: 'always',
    requirement: 'if-requested',
    source: consultancy,
  },
  // A transfer (change of permit type) also shows the permit held now.
  {
    id: 'current-permit-card',
    group: 'applicant',
    titleKey: 'item.current-permit-card.title',
    when: 'extension-or-transfer',
    source: list,
  },
];

const CHILDREN: readonly DocumentSpec[] = [
  {
    id: 'family-child-birth-certificate',
    group: 'children',
    titleKey: 'item.family-child-birth-certificate.title',
    when: 'parents-not-identifiable',
    ruleId: 'M2',
    source: list,
    supersededBy: ['newborn-birth-certificate', 'minor-birth-certificate'],
  },
  {
    id: 'custody-decision-or-consent',
    group: 'children',
    titleKey: 'item.custody-decision-or-consent.title',
    when: 'parents-divorced',
    ruleId: 'M2',
    source: list,
    alternatives: [
      { id: 'custody-decision', titleKey: 'alternative.custody-decision.title' },
      { id: 'other-parent-consent', titleKey: 'alternative.other-parent-consent.title' },
    ],
  },
  {
    id: 'parent-abroad-custody-consent',
    group: 'children',
    titleKey: 'item.parent-abroad-custody-consent.title',
    when: 'parent-abroad',
    ruleId: 'F5',
    source: sourceOf('F5: YUKK 34(3)', URLS.law6458, 'O*'),
    // Under 18 the M1 muvafakatname of the parent abroad is the same consent.
    supersededBy: ['parent-abroad-consent'],
  },
  {
    id: 'parent-death-certificate',
    group: 'children',
    titleKey: 'item.parent-death-certificate.title',
    when: 'parent-deceased',
    ruleId: 'M2',
    source: list,
  },
  {
    id: 'dependency-proof',
    group: 'children',
    titleKey: 'item.dependency-proof.title',
    when: 'adult-dependent-child',
    source: consultancy,
  },
  {
    id: 'dependent-child-student-certificate',
    group: 'children',
    titleKey: 'item.dependent-child-student-certificate.title',
    when: 'student-child',
    source: consultancy,
  },
];

const SUPPORTER: readonly DocumentSpec[] = [
  {
    id: 'supporter-identity',
    group: 'supporter',
    titleKey: 'item.supporter-identity.title',
    when: 'always',
    source: list,
    alternatives: [
      {
        id: 'supporter-citizen-id',
        titleKey: 'alternative.supporter-citizen-id.title',
        when: 'supporter-citizen',
      },
      {
        id: 'supporter-foreigner-documents',
        titleKey: 'alternative.supporter-foreigner-documents.title',
        when: 'supporter-foreign',
      },
    ],
  },
  {
    id: 'supporter-income-proof',
    group: 'supporter',
    titleKey: 'item.supporter-income-proof.title',
    noteKey: 'item.supporter-income-proof.note',
    when: 'always',
    ruleId: 'F1',
    source: list,
  },
  {
    id: 'supporter-insurance',
    group: 'supporter',
    titleKey: 'item.supporter-insurance.title',
    noteKey: 'item.supporter-insurance.note',
    when: 'always',
    ruleId: 'I4',
    source: list,
  },
  {
    id: 'supporter-criminal-record',
    group: 'supporter',
    titleKey: 'item.supporter-criminal-record.title',
    noteKey: 'item.supporter-criminal-record.note',
    when: 'always',
    ruleId: 'F3',
    source: list,
  },
  {
    id: 'supporter-address-registration',
    group: 'supporter',
    titleKey: 'item.supporter-address-registration.title',
    noteKey: 'item.supporter-address-registration.note',
    when: 'always',
    ruleId: 'F3',
    source: list,
  },
];

const NOTES: readonly NoteSpec[] = [
  {
    id: 'family-role-unknown',
    messageKey: 'note.family-role-unknown',
    tone: 'info',
    when: 'family-role-unknown',
  },
  { id: 'family-originals', messageKey: 'note.family-originals', tone: 'info', when: 'always', source: list },
  {
    id: 'family-extension-recheck',
    messageKey: 'note.family-extension-recheck',
    tone: 'info',
    when: 'extension-only',
    ruleId: 'D5',
    source: sourceOf('F1, F2, D5: YUKK 34(1), 35(1)', URLS.law6458, 'O*'),
  },
];

export const FAMILY_PLAN: TypePlan = {
  documents: [
    ...COMMON_IDENTITY,
    ...COMMON_FEES,
    ...ADDRESS_PROOF,
    ...APPLICANT,
    ...CHILDREN,
    ...SUPPORTER,
    ...MINORS,
    ...REPRESENTATION,
    ...LEGALISATION,
  ],
  notes: [...NOTES, ...MINOR_NOTES, ...COMMON_NOTES],
  coverage: { first: 'listed', extension: 'listed', transfer: 'listed' },
};
