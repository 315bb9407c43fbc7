import type { ApplicationFacts } from '../../facts';
import type { Finding, RuleSource } from '../../findings';

/**
 * One check of the rulebook (docs/sources.md#rulebook-ids). `evaluate` is pure: `today` (the
 * application date, a local midnight) is passed in and the clock is never read. Every finding's
 * `source` is one of `sources`, and every `messageKey` is one of `messageKeys` (both enforced by
 * tests).
 */
export interface Rule {
  /** Stable id, equal to the rule's file name in `src/domain/rules/`. */
  readonly id: string;
  /** The rulebook ids this rule implements, e.g. ['T1', 'T2']. */
  readonly rulebookIds: readonly string[];
  readonly sources: readonly RuleSource[];
  readonly messageKeys: readonly string[];
  /**
   * Why the rule flags what it flags at the severity it does, read against its source; printed
   * in docs/rules.md so a reviewer can check the reasoning without reading the code.
   */
  readonly severityNotes?: readonly string[];
  evaluate(facts: ApplicationFacts, today: Date): Finding[];
}
