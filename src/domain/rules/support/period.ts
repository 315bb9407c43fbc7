import { addMonths } from 'date-fns';
import type { ApplicationFacts } from '../../facts';

/**
 * The requested permit start: as entered, or for an extension the current permit's end
 * (the extended permit starts there, YUKK 24(3)).
 */
export function requestedStart(facts: ApplicationFacts): Date | undefined {
  return facts.requestedStart ?? (facts.applicationKind === 'extension' ? facts.currentPermitEnd : undefined);
}

/**
 * The requested end: as entered, or start + requested months. Without a start, a first
 * application is assumed to start today; the real start (the grant) is later, so the derived
 * end errs early and checks against it can miss a problem but never invent one from the guess.
 */
export function requestedEnd(facts: ApplicationFacts, today: Date): Date | undefined {
  if (facts.requestedEnd) return facts.requestedEnd;
  if (facts.requestedMonths === undefined) return undefined;
  return addMonths(requestedStart(facts) ?? today, facts.requestedMonths);
}

export type RequestedSpan =
  | { readonly kind: 'dates'; readonly start: Date; readonly end: Date }
  | { readonly kind: 'months'; readonly months: number };

/** The requested length, for duration caps; undefined when it cannot be known without guessing. */
export function requestedSpan(facts: ApplicationFacts): RequestedSpan | undefined {
  const start = requestedStart(facts);
  if (facts.requestedEnd && start) return { kind: 'dates', start, end: facts.requestedEnd };
  if (facts.requestedMonths !== undefined) return { kind: 'months', months: facts.requestedMonths };
  return undefined;
}
