import type { FieldKey } from '../contracts/field-keys';

/**
 * How sure we are of a rule's basis (docs/sources.md#confidence-marks):
 * official = read on an official site (O); official-copy = official text known only from a
 * verbatim third-party copy (O*); consultancy = consultancy, university or news pages (C);
 * uncertain = conflicting or unverified (U). Rules whose basis is consultancy or uncertain
 * never produce an `error`.
 */
export const CONFIDENCE_LEVELS = ['official', 'official-copy', 'consultancy', 'uncertain'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export interface RuleSource {
  /** Legal reference, e.g. "YUKK 21(2)" (law 6458 art. 21(2)), with notes in English. */
  readonly reference: string;
  /**
   * The reference as every language can show it: citations, Turkish titles, addresses, no
   * English (`source-citations.ts`). The Turkish, Arabic and Russian views show this one.
   */
  readonly citation?: string;
  /**
   * Public https address of the text itself. For a law or regulation this is its official text
   * (mevzuat.gov.tr or resmigazete.gov.tr); a copy is never put here (see `copyUrl`).
   */
  readonly url: string;
  /** Where the text was actually read when that was not the official site: shown as "read in a copy". */
  readonly copyUrl?: string;
  readonly confidence: Confidence;
  /** ISO date (yyyy-MM-dd) the source was last read. */
  readonly lastVerified: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  /** Key in `locales/<lang>/rules.json`. */
  readonly messageKey: string;
  /** Message parameters; dates are already formatted as dd.MM.yyyy. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The page fields this finding is about. */
  readonly fields: readonly FieldKey[];
  readonly source: RuleSource;
}
