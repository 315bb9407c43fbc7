import type { Confidence } from './findings';
import { figureForYear, type NotYetPublished, type YearLookup } from './yearly-figures';

/** Where a yearly fee figure was read, and how sure we are of it. */
export interface FeeSource {
  readonly reference: string;
  readonly url: string;
  readonly confidence: Confidence;
  /** ISO date the figure was last read. */
  readonly lastVerified: string;
}

/** The residence permit card fee (belge / kart bedeli): one amount for every nationality. */
export interface CardFee extends FeeSource {
  readonly year: number;
  readonly amountTl: number;
}

export const CARD_FEES: readonly CardFee[] = [
  {
    year: 2026,
    amountTl: 964,
    reference:
      'goc.gov.tr "Belge Bedeli ve Harç Miktarı" as read by two secondary sources; 2026 Değerli Kağıtlar Tebliği (Sıra 97)',
    url: 'https://www.goc.gov.tr/belge-bedeli-ve-harc-miktari',
    confidence: 'official-copy',
    lastVerified: '2026-11-23',
  },
];

export const CARD_FEE_PENDING: readonly NotYetPublished[] = [
  {
    year: 2027,
    checkedOn: '2026-12-05',
    note: 'The 2027 card fee was not found in the public sources read on 2026-12-05 (the Değerli Kağıtlar Tebliği usually appears in late December).',
  },
];

/**
 * The residence permit fee (ikamet harcı, Harçlar Kanunu 492, Tarife 6) as one secondary
 * source summarises it. The real amount depends on nationality (reciprocity, often a USD rate
 * collected in TL), so these figures are an indication, never a quote.
 */
export interface PermitFeeTariff extends FeeSource {
  readonly year: number;
  /** Rate per day within the first month, with the first month's floor and ceiling. */
  readonly firstMonthPerDayTl: number;
  readonly firstMonthMinimumTl: number;
  readonly firstMonthMaximumTl: number;
  readonly perFurtherMonthTl: number;
}

export const PERMIT_FEE_TARIFFS: readonly PermitFeeTariff[] = [
  {
    year: 2026,
    firstMonthPerDayTl: 348.1,
    firstMonthMinimumTl: 653.7,
    firstMonthMaximumTl: 3_359.9,
    perFurtherMonthTl: 2_232.3,
    reference:
      'Harçlar Kanunu 492, Tarife 6; figures as summarised by publicservices.guide (own confidence "low", last verified 2026-05-25), citing goc.gov.tr "Belge Bedeli ve Harç Miktarı"',
    url: 'https://publicservices.guide/turkey/ikamet-izni-residence-permit-types-foreigners/',
    confidence: 'consultancy',
    lastVerified: '2026-12-05',
  },
];

export const PERMIT_FEE_PENDING: readonly NotYetPublished[] = [
  {
    year: 2027,
    checkedOn: '2026-12-05',
    note: 'The 2027 permit fee tariff (revalued every January) was not found in the public sources read on 2026-12-05.',
  },
];

/**
 * Nationalities exempt from the permit fee (they still pay the card fee), per the goc.gov.tr
 * fee page and its country-group image as read in a public repository (O*).
 * KKTC (TRNC) citizens are exempt too; KKTC has no ISO 3166 code.
 */
export const PERMIT_FEE_EXEMPT_NATIONALITIES: readonly string[] = [
  'CZ',
  'DK',
  'IE',
  'XK',
  'NP',
  'LK',
  'SY',
  'TM',
  'PS',
];

export const PERMIT_FEE_EXEMPTION_SOURCE: FeeSource = {
  reference:
    'goc.gov.tr fee page and its country-group image (ulkelere_gore_harc_miktarlari.png), as read by a public repository',
  url: 'https://www.goc.gov.tr/kurumlar/goc.gov.tr/Kanunlar/u%CC%88lkelere_go%CC%88re_harc_miktarlari.png',
  confidence: 'official-copy',
  lastVerified: '2026-11-23',
};

export function cardFeeLookup(year: number): YearLookup<CardFee> {
  return figureForYear(CARD_FEES, year, CARD_FEE_PENDING);
}

export function permitFeeLookup(year: number): YearLookup<PermitFeeTariff> {
  return figureForYear(PERMIT_FEE_TARIFFS, year, PERMIT_FEE_PENDING);
}

const cents = (lira: number) => Math.round(lira * 100);

/**
 * An indicative permit fee for a whole number of months on a tariff: the first month at its
 * ceiling (a full month of days), then the monthly rate. Exempt nationalities pay nothing here.
 */
export function indicativePermitFeeTl(tariff: PermitFeeTariff, months: number, exempt: boolean): number {
  if (exempt || months <= 0) return 0;
  const total = cents(tariff.firstMonthMaximumTl) + (months - 1) * cents(tariff.perFurtherMonthTl);
  return total / 100;
}
