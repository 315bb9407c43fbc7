import { startOfDay } from 'date-fns';
import type { ApplicationFacts } from './facts';
import type { Finding, Severity } from './findings';
import { RULES, type Rule } from './rules';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule over already-validated facts (validate with `applicationFactsSchema` at the
 * boundary). `today` is the application date; its time of day is ignored. Findings come back
 * errors first, then warnings, then information, each group in rule order.
 */
export function evaluate(facts: ApplicationFacts, today: Date, rules: readonly Rule[] = RULES): Finding[] {
  const day = startOfDay(today);
  const findings = rules.flatMap((rule) => rule.evaluate(facts, day));
  // Array.prototype.sort is stable, so rule order survives inside each severity.
  return findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}
