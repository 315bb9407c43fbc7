/**
 * `assess` → the live findings for the application in a tab (shapes in `src/protocol/protocol.ts`).
 * The values are the page values the content script keeps for the application; they become
 * ApplicationFacts here and every rule runs over them.
 */
import { factsFromSession } from '../application/page-facts';
import { formatTrDate } from '../domain/dates';
import { evaluate } from '../domain/evaluate';
import type { AnswerOf, CheckedRequestOf } from '../protocol/protocol';
import { handle } from './router';

export function assess({ values, kind, today, pageLang }: CheckedRequestOf<'assess'>): AnswerOf<'assess'> {
  // The page's language, so a finding quotes an option as the page shows it; absent from older senders.
  const facts = factsFromSession(values, kind, pageLang);
  return {
    findings: evaluate(facts, today),
    ...(facts.permitType ? { permitType: facts.permitType } : {}),
    ...(facts.shortTermPurpose ? { purpose: facts.shortTermPurpose } : {}),
    ...(facts.birthDate ? { birthDate: formatTrDate(facts.birthDate) } : {}),
  };
}

handle('assess', assess);
