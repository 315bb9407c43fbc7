/**
 * How a severity looks. Colour is never the only signal: each severity has its own glyph and
 * its word ("Error", "Warning", "Information") is always written next to it or in the
 * accessible name.
 */
import type { Finding, Severity } from '../../../../domain/findings';

export const SEVERITY_GLYPH: Readonly<Record<Severity, string>> = { error: '✕', warning: '!', info: 'i' };

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The most serious severity among the findings, or null for none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  let worst: Severity | null = null;
  for (const { severity } of findings) if (worst === null || RANK[severity] < RANK[worst]) worst = severity;
  return worst;
}
