import { CONFIDENCE_LEVELS, type Confidence, type RuleSource } from '../../findings';

/** The date the rulebook's sources were last read (shared/domain/rules.md). */
export const RULEBOOK_LAST_VERIFIED = '2026-11-23';

export const YUKK_URL = 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.6458.pdf';
export const REGULATION_URL = 'https://www.mevzuat.gov.tr/MevzuatMetin/yonetmelik/7.5.21460.pdf';
export const DOCUMENT_NOTES_URL =
  'https://e-ikamet.goc.gov.tr/Ikamet/IstenenBelgeler/BasvuruFormuBelgelerIliskinAciklamalar';
export const YIMER_URL = 'https://yimer.gov.tr/TR/Index';

const MARKS: Readonly<Record<string, Confidence>> = {
  O: 'official',
  'O*': 'official-copy',
  C: 'consultancy',
  U: 'uncertain',
};

/**
 * Maps a rulebook confidence mark to a `Confidence`. A mixed mark such as "O* / U" takes the
 * weaker part, because a finding is only as sure as its least certain input.
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

export function ruleSource(reference: string, url: string, mark: string): RuleSource {
  return { reference, url, confidence: confidenceFromMark(mark), lastVerified: RULEBOOK_LAST_VERIFIED };
}

export function isWeakConfidence(confidence: Confidence): boolean {
  return confidence === 'consultancy' || confidence === 'uncertain';
}
