/**
 * `{ type: 'assess', values, kind, today, pageLang }` → the live findings for the application in a tab
 * (`src/application/assessment-wire.ts`). The values are the page values the content script
 * keeps for the application; they become ApplicationFacts here and every rule runs over them.
 */
import type { Assessment } from '../application/assessment-wire';
import { factsFromSession } from '../application/page-facts';
import { parseKind, parseValues } from '../application/session';
import { formatTrDate, trDateOrNull } from '../domain/dates';
import { evaluate } from '../domain/evaluate';
import { registerHandler } from './router';

export function assess(request: Record<string, unknown>): Assessment {
  const values = parseValues(request.values);
  const kind = parseKind(request.kind);
  const today = typeof request.today === 'string' ? trDateOrNull(request.today) : null;
  if (!values || kind === undefined || !today) throw new Error('assess: malformed request');
  // The page's language, so a finding quotes an option as the page shows it; absent from older senders.
  const pageLang = request.pageLang === 'en' || request.pageLang === 'tr' ? request.pageLang : undefined;
  const facts = factsFromSession(values, kind, pageLang);
  return {
    findings: evaluate(facts, today),
    ...(facts.permitType ? { permitType: facts.permitType } : {}),
    ...(facts.shortTermPurpose ? { purpose: facts.shortTermPurpose } : {}),
    ...(facts.birthDate ? { birthDate: formatTrDate(facts.birthDate) } : {}),
  };
}

registerHandler('assess', assess);
