import { CONFIDENCE_LEVELS, type Confidence, type RuleSource } from '../../findings';
import { citationOf } from '../../source-citations';

/** The date the rulebook's sources were last read (docs/sources.md#source-records). */
export const RULEBOOK_LAST_VERIFIED = '2026-11-23';

export const YUKK_URL = 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf';
export const REGULATION_URL = 'https://www.mevzuat.gov.tr/MevzuatMetin/yonetmelik/7.5.21460.pdf';
export const DOCUMENT_NOTES_URL =
  'https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar';
export const YIMER_URL = 'https://yimer.gov.tr/TR/Index';
/** Law 6458 article 31 on the parliament's legislation site, where its wording was read. */
export const YUKK_31_TBMM_URL = 'https://mevzuat.tbmm.gov.tr/mevzuat/faces/maddedetaylari?psira=116170';
/** Law 5490 on population services (address registration and its fines). */
export const LAW_5490_URL = 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.5490.pdf';
export const GOC_URL = 'https://www.goc.gov.tr/';
/** The copy of the implementing regulation's article 21 that was read (Turkish text with a translation). */
export const REGULATION_21_COPY_URL = 'https://df.tips/t/topic/2127';

const MARKS: Readonly<Record<string, Confidence>> = {
  O: 'official',
  'O*': 'official-copy',
  C: 'consultancy',
  U: 'uncertain',
};

/**
 * Maps a confidence mark (docs/sources.md#confidence-marks) to a `Confidence`. A mixed mark
 * such as "O* / U" takes the weaker part, because a finding is only as sure as its least certain
 * input.
 */
export function confidenceFromMark(mark: string): Confidence {
  const parts = mark.split('/').map((part) => {
    const confidence = MARKS[part.trim()];
    if (confidence === undefined) throw new Error(`Unknown confidence mark "${part}" in "${mark}"`);
    return confidence;
  });
  return parts.reduce((weakest, part) =>
    CONFIDENCE_LEVELS.indexOf(part) > CONFIDENCE_LEVELS.indexOf(weakest) ? part : weakest,
  );
}

/**
 * A rule's source. `url` is the text itself (a law's or regulation's official text); `copyUrl`,
 * when given, is the copy it was read in, shown to the reader as such and never as the official text.
 */
export function ruleSource(reference: string, url: string, mark: string, copyUrl?: string): RuleSource {
  return {
    reference,
    citation: citationOf(reference),
    url,
    ...(copyUrl === undefined ? {} : { copyUrl }),
    confidence: confidenceFromMark(mark),
    lastVerified: RULEBOOK_LAST_VERIFIED,
  };
}

export function isWeakConfidence(confidence: Confidence): boolean {
  return confidence === 'consultancy' || confidence === 'uncertain';
}
