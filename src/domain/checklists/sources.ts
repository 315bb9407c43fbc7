import { CONFIDENCE_LEVELS, type Confidence, type RuleSource } from '../findings';
import { citationOf } from '../source-citations';

/**
 * Confidence marks (docs/sources.md#confidence-marks): O official site read, O* official text
 * known from verbatim copies, C consultancy / university / news, U uncertain.
 */
export type Mark = 'O' | 'O*' | 'C' | 'U';

const CONFIDENCE_OF_MARK: Readonly<Record<Mark, Confidence>> = {
  O: 'official',
  'O*': 'official-copy',
  C: 'consultancy',
  U: 'uncertain',
};

/** Date the reference documents were last read. */
export const LAST_VERIFIED = '2026-11-23';

/** Mixed marks (e.g. "O* or C") take the weaker one: a list is only as sure as its weakest source. */
export function weakestConfidence(marks: readonly Mark[]): Confidence {
  let weakest = 0;
  for (const mark of marks) {
    weakest = Math.max(weakest, CONFIDENCE_LEVELS.indexOf(CONFIDENCE_OF_MARK[mark]));
  }
  return CONFIDENCE_LEVELS[weakest] ?? 'uncertain';
}

export function sourceOf(
  reference: string,
  url: string,
  marks: Mark | readonly Mark[],
  lastVerified: string = LAST_VERIFIED,
  copyUrl?: string,
): RuleSource {
  const list: readonly Mark[] = typeof marks === 'string' ? [marks] : marks;
  return {
    reference,
    citation: citationOf(reference),
    url,
    ...(copyUrl === undefined ? {} : { copyUrl }),
    confidence: weakestConfidence(list),
    lastVerified,
  };
}

/** Addresses of the texts the lists come from (docs/sources.md#source-abbreviations). */
export const URLS = {
  /** e-İkamet "Başvuru Belgelerine İlişkin Açıklamalar". */
  explanations: 'https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar',
  /** e-İkamet "İstenen Belgeler", short-term (`tur=0`). */
  shortTermList:
    'https://e-ikamet.goc.gov.tr/Ikamet/BasvuruIstenenBelgeler/BasvuruFormuIstenenBelgeler?tur=0',
  /** Same page without a `tur` code: the codes for the other types are unconfirmed. */
  documentList: 'https://e-ikamet.goc.gov.tr/Ikamet/BasvuruIstenenBelgeler/BasvuruFormuIstenenBelgeler',
  antalya: 'https://antalya.goc.gov.tr/tr/news/ikamet-izni-basvurularinda-istenecek-belgeler',
  adana: 'https://adana.goc.gov.tr/tr/news/ikamet-izni-basvuru-bilgileri',
  law6458: 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf',
  goc: 'https://www.goc.gov.tr/',
  erbakan: 'https://www.erbakan.edu.tr/',
  osmaniye: 'https://www.osmaniye.edu.tr/',
  canaydin: 'https://www.canaydin.av.tr/',
} as const;

/** Sources shared by several items. */
export const SOURCES = {
  listCopies: sourceOf(
    'e-İkamet İstenen Belgeler (LIST), verbatim copies and university copies',
    URLS.shortTermList,
    ['O*', 'C'],
  ),
  passportRule: sourceOf(
    'e-İkamet Açıklamalar (AÇK), P2 (copies: yabancicalismaizni.com, gocmenburo.com)',
    URLS.explanations,
    'O*',
  ),
  explanations: sourceOf('e-İkamet Açıklamalar (AÇK)', URLS.explanations, 'O*'),
  addressProof: sourceOf(
    'Notes on LIST tur=0 in a public repository; university copies of LIST',
    URLS.shortTermList,
    ['O*', 'C'],
  ),
  shortTermList: sourceOf(
    'LIST tur=0 (copies: turkiyedecalismaizni.com, yabancicalismaizni.com); antalya.goc.gov.tr',
    URLS.shortTermList,
    'O*',
  ),
  familyList: sourceOf(
    'e-İkamet family LIST (copies: cihatdemirbag.com.tr, ukraynaizmir.com)',
    URLS.documentList,
    'O*',
  ),
  familyConsultancy: sourceOf('canaydin.av.tr (law firm)', URLS.canaydin, 'C'),
  studentUniversities: sourceOf(
    'University checklists (erbakan.edu.tr, osmaniye.edu.tr, ogu.edu.tr)',
    URLS.erbakan,
    'C',
  ),
  yokProtocol: sourceOf(
    'YÖK–Göç protocol of 29.11.2023 (osmaniye.edu.tr, nevsehir.edu.tr)',
    URLS.osmaniye,
    'C',
  ),
  longTermList: sourceOf(
    'e-İkamet long-term LIST (copies: moduminfo.com, aytekinavukatlik.com)',
    URLS.documentList,
    'O*',
  ),
  minorsAntalya: sourceOf('M1: Antalya İl Göç İdaresi, required documents', URLS.antalya, 'O'),
} as const;
