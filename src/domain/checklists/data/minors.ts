import { SOURCES, sourceOf, URLS } from '../sources';
import type { DocumentSpec, NoteSpec } from '../types';

/** Minors' items for any permit type; the family (M2) and student (M3, D7) ones live with their types. */
export const MINORS: readonly DocumentSpec[] = [
  {
    id: 'newborn-birth-certificate',
    group: 'minor',
    titleKey: 'item.newborn-birth-certificate.title',
    when: 'newborn-in-turkiye',
    ruleId: 'N4',
    source: sourceOf(
      'N4: goc.gov.tr notice on children born in Türkiye (copy: ikamet-calismaizni.com, 2016)',
      URLS.goc,
      'O*',
    ),
  },
  {
    id: 'minor-birth-certificate',
    group: 'minor',
    titleKey: 'item.minor-birth-certificate.title',
    when: 'under-18',
    ruleId: 'M1',
    source: SOURCES.minorsAntalya,
    // A child born in Türkiye has a Turkish birth certificate: no apostille or translation.
    supersededBy: ['newborn-birth-certificate'],
  },
  {
    id: 'parent-abroad-consent',
    group: 'minor',
    titleKey: 'item.parent-abroad-consent.title',
    when: 'under-18-parent-abroad',
    ruleId: 'M1',
    source: SOURCES.minorsAntalya,
  },
  {
    id: 'consented-person-undertaking',
    group: 'minor',
    titleKey: 'item.consented-person-undertaking.title',
    when: 'under-18-parent-abroad',
    ruleId: 'M1',
    source: SOURCES.minorsAntalya,
  },
];

export const MINOR_NOTES: readonly NoteSpec[] = [
  {
    id: 'newborn-180-days',
    messageKey: 'note.newborn-180-days',
    tone: 'info',
    when: 'newborn-in-turkiye',
    ruleId: 'N4',
    source: sourceOf('N4: goc.gov.tr notice (copy: ikamet-calismaizni.com, 2016)', URLS.goc, 'O*'),
  },
];
