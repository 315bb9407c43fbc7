/**
 * "Print" in the panel: hands the checklist's inputs, the ticks and the applicant's name (when
 * a page showed it) to the background, which opens our own printable page beside the tab
 * (`entrypoints/checklist-print/`). Nothing is printed from the e-İkamet page itself.
 */
import type { ChecklistWireRequest } from '../../../application/checklist-schema';
import type { ApplicationSession } from '../../../application/session';
import type { Language } from '../../../contracts/languages';
import { type Send, send } from '../../../protocol/send';
import { reportOnce } from '../guard';

export function applicantName(session: ApplicationSession): string | undefined {
  const name = [session.values.givenName?.value, session.values.surname?.value]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  return name === '' ? undefined : name.slice(0, 200);
}

export function printChecklist(
  checklist: ChecklistWireRequest,
  lang: Language,
  session: ApplicationSession,
  ask: Send = send,
): void {
  const name = applicantName(session);
  const print = { lang, checklist, ticks: session.ticks, ...(name ? { applicantName: name } : {}) };
  ask('checklist-print', { print }).catch((error: unknown) =>
    reportOnce('opening the printable checklist', error),
  );
}
