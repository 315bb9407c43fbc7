/**
 * `assess` → the live findings for the application in a tab (shapes in `src/protocol/protocol.ts`).
 * The values are the page values the content script keeps for the application; they become
 * ApplicationFacts here and every rule runs over them.
 */

import { formatTrDate } from '../../../domain/dates';
import { evaluate } from '../../../domain/evaluate';
import { factsFromSession } from '../../../permit-application/page-facts';
import type { AnswerOf, CheckedRequestOf } from '../../../protocol/protocol';

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
