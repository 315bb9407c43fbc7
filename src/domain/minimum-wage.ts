import type { Confidence } from './findings';
import { figureForYear, type NotYetPublished, type YearLookup } from './yearly-figures';

/**
 * Monthly minimum wage (asgari ücret) per calendar year, in Turkish lira, for the family-permit
 * income check (YUKK 35(1)(a)). Whether the law means net or gross is unsettled
 * (docs/sources.md#unsettled-questions), so both are kept. A year missing here is checked with
 * the latest earlier figure, and the check says that figure may be out of date (see
 * yearly-figures.ts).
 */
export interface MinimumWage {
  readonly year: number;
  readonly grossTl: number;
  readonly netTl: number;
  readonly reference: string;
  readonly url: string;
  readonly confidence: Confidence;
  readonly lastVerified: string;
}

export const MINIMUM_WAGES: readonly MinimumWage[] = [
  {
    year: 2025,
    grossTl: 26_005.5,
    netTl: 22_104.67,
    reference: 'Resmî Gazete 24.12.2024, as reported by news',
    url: 'https://www.resmigazete.gov.tr/',
    confidence: 'consultancy',
    lastVerified: '2026-11-23',
  },
  {
    year: 2026,
    grossTl: 33_030,
    netTl: 28_075.5,
    reference:
      'Resmî Gazete 26.12.2025, as reported by ntv.com.tr, memurlar.net and haberturk (24–26 Dec 2025)',
    url: 'https://www.ntv.com.tr/',
    confidence: 'consultancy',
    lastVerified: '2026-11-23',
  },
];

/** Years looked for and not found published yet; a unit test requires this to stay recent. */
export const MINIMUM_WAGE_PENDING: readonly NotYetPublished[] = [
  {
    year: 2027,
    checkedOn: '2026-12-05',
    note: 'The 2027 minimum wage was not found in the public sources read on 2026-12-05 (usually set in late December).',
  },
];

export function minimumWageFor(year: number): MinimumWage | undefined {
  return MINIMUM_WAGES.find((wage) => wage.year === year);
}

/** The year's figure, or the latest earlier one (flagged) when the year's is not published yet. */
export function minimumWageLookup(year: number): YearLookup<MinimumWage> {
  return figureForYear(MINIMUM_WAGES, year, MINIMUM_WAGE_PENDING);
}
