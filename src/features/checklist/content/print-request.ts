/**
 * "Print" in the panel: hands the checklist's inputs, the ticks and the applicant's name (when
 * a page showed it) to the background, which opens our own printable page beside the tab
 * (`entrypoints/checklist-print/`). Nothing is printed from the e-İkamet page itself.
 */

import type { Language } from '../../../contracts/languages';
import type { ChecklistWireRequest } from '../../../permit-application/checklist-schema';
import type { ApplicationSession } from '../../../permit-application/session';
import { type Send, send } from '../../../protocol/send';
import { reportOnce } from '../../../ui/overlay/guard';

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
