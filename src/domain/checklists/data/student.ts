import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec, TypePlan } from '../types';
import { ADDRESS_PROOF } from './address';
import { COMMON_FEES_STUDENT, COMMON_IDENTITY, COMMON_NOTES, LEGALISATION, REPRESENTATION } from './common';
import { INSURANCE_AGE_EXEMPTABLE } from './insurance';
import { MINOR_NOTES, MINORS } from './minors';

/**
 * Student (öğrenci): first, extension and transfer share one list; a transfer (change of
 * permit type) adds the permit held now.
 */

const APPLICANT: readonly DocumentSpec[] = [
  {
    id: 'student-certificate',
    group: 'applicant',
    titleKey: 'item.student-certificate.title',
    when: 'always',
    source: SOURCES.studentUniversities,
  },
  {
    id: 'university-minor-guardian-consent',
    group: 'applicant',
    titleKey: 'item.university-minor-guardian-consent.title',
    noteKey: 'item.university-minor-guardian-consent.note',
    when: 'university-minor-without-student-visa',
    ruleId: 'M3',
    source: SOURCES.yokProtocol,
  },
  {
    id: 'current-permit-card',
    group: 'applicant',
    titleKey: 'item.current-permit-card.title',
    when: 'transfer-only',
    source: SOURCES.listCopies,
  },
  {
    id: 'school-purpose-visa',
    group: 'applicant',
    titleKey: 'item.school-purpose-visa.title',
    noteKey: 'item.school-purpose-visa.note',
    when: 'school-student-first-or-transfer',
    ruleId: 'D7',
    source: sourceOf(
      'Consultancy FAQ (Online İkamet Randevu Danışmanlık): the visa for the purpose is still required of primary and secondary students',
      URLS.goc,
      'C',
    ),
  },
  {
    id: 'school-consent-and-sponsor',
    group: 'applicant',
    titleKey: 'item.school-consent-and-sponsor.title',
    when: 'school-student',
    ruleId: 'D7',
    source: sourceOf('D7: YUKK 38(2)', URLS.law6458, 'O*'),
  },
];

const NOTES: readonly NoteSpec[] = [
  {
    id: 'student-international-office',
    messageKey: 'note.student-international-office',
    params: { since: '29.11.2023' },
    tone: 'info',
    when: 'university-student',
    source: SOURCES.yokProtocol,
  },
  {
    id: 'student-gss',
    messageKey: 'note.student-gss',
    tone: 'info',
    when: 'university-student',
    ruleId: 'I7',
    source: sourceOf('I7: university SGK notices (tau.edu.tr, beykent.edu.tr)', URLS.erbakan, 'C'),
  },
];

export const STUDENT_PLAN: TypePlan = {
  documents: [
    ...COMMON_IDENTITY,
    ...COMMON_FEES_STUDENT,
    ...INSURANCE_AGE_EXEMPTABLE,
    ...ADDRESS_PROOF,
    ...APPLICANT,
    ...MINORS,
    ...REPRESENTATION,
    ...LEGALISATION,
  ],
  notes: [...NOTES, ...MINOR_NOTES, ...COMMON_NOTES],
  coverage: { first: 'listed', extension: 'listed', transfer: 'listed' },
};
