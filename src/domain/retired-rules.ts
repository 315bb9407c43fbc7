import type { RuleSource } from './findings';
import { ruleSource } from './rules/support/sources';

/** A check the assistant no longer makes, kept in docs/rules.md with the reason. */
export interface RetiredRule {
  readonly id: string;
  readonly rulebookIds: readonly string[];
  readonly reason: string;
  readonly source: RuleSource;
}

/**
 * Historical rules. They are not in `RULES`, so they never produce a finding; they are listed
 * so a reader of docs/rules.md sees why a rule they may know from older guides is absent.
 */
export const RETIRED_RULES: readonly RetiredRule[] = [
  {
    id: 'postal-documents',
    rulebookIds: ['T5'],
    reason:
      'Historical. The 2018 postal extension route (printed form and documents posted within 5 working days) has ended: since 26.07.2018 most provinces moved to appointments, and documents are reportedly handed in person at the appointment everywhere since 15.02.2021. No extension gets a mailing deadline any more.',
    source: ruleSource(
      '2018 goc.gov.tr notice on postal extensions (copy at arpdanismanlik.com); law-firm summaries',
      'https://www.arpdanismanlik.com/ikamet-izni-uzatma-basvurulari-hakkinda/',
      'C/U',
    ),
  },
];
