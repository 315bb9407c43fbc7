import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec } from '../types';

/** The common items every application needs, passport variants switched on the kind (P2). */

const APPLICATION_FORM: DocumentSpec = {
  id: 'application-form',
  group: 'common',
  titleKey: 'item.application-form.title',
  noteKey: 'item.application-form.note',
  when: 'always',
  source: SOURCES.listCopies,
};

const PASSPORT_ORIGINAL: DocumentSpec = {
  id: 'passport-original',
  group: 'common',
  titleKey: 'item.passport-original.title',
  noteKey: 'item.passport-original.note',
  when: 'first-or-transfer',
  ruleId: 'P2',
  source: SOURCES.passportRule,
};

const PASSPORT_NOTARISED_COPY: DocumentSpec = {
  id: 'passport-notarised-copy',
  group: 'common',
  titleKey: 'item.passport-notarised-copy.title',
  noteKey: 'item.passport-notarised-copy.note',
  when: 'extension-only',
  ruleId: 'P2',
  source: SOURCES.passportRule,
};

const EARLIER_PASSPORT_PAGES: DocumentSpec = {
  id: 'earlier-passport-pages',
  group: 'common',
  titleKey: 'item.earlier-passport-pages.title',
  when: 'passport-changed',
  ruleId: 'P2',
  source: SOURCES.passportRule,
};

const PASSPORT_TRANSLATION: DocumentSpec = {
  id: 'passport-translation',
  group: 'common',
  titleKey: 'item.passport-translation.title',
  when: 'non-latin-passport',
  ruleId: 'P3',
  source: SOURCES.explanations,
};

const CONSULAR_ID_DOCUMENT: DocumentSpec = {
  id: 'consular-id-document',
  group: 'common',
  titleKey: 'item.consular-id-document.title',
  noteKey: 'item.consular-id-document.note',
  when: 'names-not-separated',
  ruleId: 'P3',
  source: SOURCES.explanations,
};

// Older lists ask for 4 photos on a first application and 2 on an extension.
const PHOTOS_FIRST_OR_TRANSFER: DocumentSpec = {
  id: 'biometric-photos',
  group: 'common',
  titleKey: 'item.biometric-photos.title',
  noteKey: 'item.biometric-photos.note',
  params: { count: 4 },
  when: 'first-or-transfer',
  ruleId: 'P4',
  source: SOURCES.explanations,
};

const PHOTOS_EXTENSION: DocumentSpec = {
  ...PHOTOS_FIRST_OR_TRANSFER,
  params: { count: 2 },
  when: 'extension-only',
};

export const FEE_RECEIPTS: DocumentSpec = {
  id: 'fee-receipts',
  group: 'common',
  titleKey: 'item.fee-receipts.title',
  noteKey: 'item.fee-receipts.note',
  when: 'always',
  source: sourceOf('goc.gov.tr "Belge Bedeli ve Harç Miktarı"; LIST copies', URLS.goc, ['O*', 'C']),
};

/** Students: university checklists list only the card-fee receipt. */
export const FEE_RECEIPTS_STUDENT: DocumentSpec = {
  id: 'fee-receipts',
  group: 'common',
  titleKey: 'item.fee-receipts.student.title',
  noteKey: 'item.fee-receipts.student.note',
  when: 'always',
  source: SOURCES.studentUniversities,
};

// Listed by third-party copies, but on no official list found: uncertain, never "required".
const UETS_REGISTRATION: DocumentSpec = {
  id: 'uets-registration',
  group: 'common',
  titleKey: 'item.uets-registration.title',
  noteKey: 'item.uets-registration.note',
  when: 'always',
  requirement: 'uncertain',
  source: sourceOf(
    'Some third-party copies of LIST; on no official list found in the sources read',
    URLS.documentList,
    'U',
  ),
};

/** Form, passport, photos: the top of every list. Fees and UETS follow in `COMMON_FEES`. */
export const COMMON_IDENTITY: readonly DocumentSpec[] = [
  APPLICATION_FORM,
  PASSPORT_ORIGINAL,
  PASSPORT_NOTARISED_COPY,
  EARLIER_PASSPORT_PAGES,
  PASSPORT_TRANSLATION,
  CONSULAR_ID_DOCUMENT,
  PHOTOS_FIRST_OR_TRANSFER,
  PHOTOS_EXTENSION,
];

export const COMMON_FEES: readonly DocumentSpec[] = [FEE_RECEIPTS, UETS_REGISTRATION];
export const COMMON_FEES_STUDENT: readonly DocumentSpec[] = [FEE_RECEIPTS_STUDENT, UETS_REGISTRATION];

// ---- Conditional common items: representation (P6) and legalisation (P5) ----

const sourceP6 = sourceOf('P6: e-İkamet Açıklamalar (AÇK)', URLS.explanations, 'O*');
const sourceP5 = sourceOf(
  'P5: e-İkamet Açıklamalar (AÇK) (copy: elysiondanismanlik.com)',
  URLS.explanations,
  'O*',
);

export const REPRESENTATION: readonly DocumentSpec[] = [
  {
    id: 'representative-child-birth-certificate',
    group: 'representation',
    titleKey: 'item.representative-child-birth-certificate.title',
    when: 'on-behalf-parent',
    ruleId: 'P6',
    source: sourceP6,
    // The minor's (M1) or newborn's (N4) birth certificate is the same paper.
    supersededBy: ['newborn-birth-certificate', 'minor-birth-certificate'],
  },
  {
    id: 'guardianship-decision',
    group: 'representation',
    titleKey: 'item.guardianship-decision.title',
    when: 'on-behalf-guardian',
    ruleId: 'P6',
    source: sourceP6,
  },
  {
    id: 'power-of-attorney',
    group: 'representation',
    titleKey: 'item.power-of-attorney.title',
    noteKey: 'item.power-of-attorney.note',
    when: 'on-behalf-lawyer',
    ruleId: 'P6',
    source: sourceP6,
  },
];

export const LEGALISATION: readonly DocumentSpec[] = [
  {
    id: 'foreign-documents-legalised',
    group: 'legalisation',
    titleKey: 'item.foreign-documents-legalised.title',
    noteKey: 'item.foreign-documents-legalised.note',
    when: 'foreign-documents',
    ruleId: 'P5',
    source: sourceP5,
  },
  {
    id: 'turkish-documents-signed',
    group: 'legalisation',
    titleKey: 'item.turkish-documents-signed.title',
    noteKey: 'item.turkish-documents-signed.note',
    when: 'turkish-documents',
    ruleId: 'P5',
    source: sourceP5,
  },
];

/** Notes shown with every list. */
export const COMMON_NOTES: readonly NoteSpec[] = [
  { id: 'age-unknown', messageKey: 'note.age-unknown', tone: 'info', when: 'age-unknown' },
  {
    id: 'directorate-may-ask-more',
    messageKey: 'note.directorate-may-ask-more',
    tone: 'info',
    when: 'always',
    ruleId: 'T7',
    source: sourceOf('T7: Adana İl Göç İdaresi, application information', URLS.adana, 'O'),
  },
];
