/**
 * When one application ends and the next begins, decided from the recognised page alone
 * (pure, so it can be tested without a browser):
 *
 * - the home page: the user left the application, so it ends;
 * - an options, entry or lookup page naming another kind than the one remembered: a new
 *   application starts (everything remembered is forgotten);
 * - any page that names the kind while none is remembered: it is remembered.
 *
 * The wizard's permit step only says "first" when it shows no current-permit fields; that is
 * enough to remember the kind but never to throw away what was remembered.
 */

import type { ApplicationKind } from '../../../domain/permits';
import type { PageKind } from '../../../page/page-kinds';
import type { PageRecognition } from '../../../page/recognition-types';
import type { ApplicationSession, SessionPatch } from '../../../permit-application/session';

const STARTS_AN_APPLICATION: ReadonlySet<PageKind> = new Set([
  'options',
  'first-entry',
  'extension-entry',
  'transfer-entry',
  'continue',
]);

export type LifecycleStep =
  | { readonly end: true }
  | { readonly end: false; readonly patch: SessionPatch | null };

export function lifecycleStep(
  recognition: Pick<PageRecognition, 'kind' | 'applicationKind'>,
  session: ApplicationSession,
): LifecycleStep {
  if (recognition.kind === 'home') return { end: true };
  const pageKind = recognition.applicationKind;
  if (!pageKind || pageKind === session.kind) return { end: false, patch: null };
  if (session.kind === null) return { end: false, patch: { kind: pageKind } };
  if (STARTS_AN_APPLICATION.has(recognition.kind))
    return { end: false, patch: { reset: true, kind: pageKind } };
  return { end: false, patch: null };
}

/**
 * The application kind as the pages said it: this page's word first, then what an earlier page
 * said. A page showing the current permit cannot be a first application.
 */
export function pageKind(
  recognition: Pick<PageRecognition, 'applicationKind' | 'fields'>,
  session: ApplicationSession,
): ApplicationKind | null {
  const kind = recognition.applicationKind ?? session.kind ?? null;
  const showsCurrentPermit = recognition.fields.some(
    (field) => field.key === 'currentPermitEnd' || field.key === 'currentPermitType',
  );
  return showsCurrentPermit && kind === 'first' ? null : kind;
}

/** Where the kind the checks use comes from. */
export type KindSource = 'page' | 'choice' | 'assumed';

/**
 * The kind the checks use: what the pages said, else the user's choice in the panel, else, on
 * a page that shows the current permit's end date (the permit step opened directly, in a new
 * tab), an extension: only extension and transfer applications show a current permit, and the
 * extension is the common case. The panel says it was assumed and offers "transfer" in one
 * click, so the extension-window check is not lost for want of the entry page.
 */
export function explainKind(
  recognition: Pick<PageRecognition, 'applicationKind' | 'fields'>,
  session: ApplicationSession,
): { readonly kind: ApplicationKind; readonly source: KindSource } | null {
  const said = pageKind(recognition, session);
  if (said) return { kind: said, source: 'page' };
  const chosen = session.choices.kind ?? null;
  const showsCurrentPermit = recognition.fields.some(
    (field) => field.key === 'currentPermitEnd' || field.key === 'currentPermitType',
  );
  if (chosen && !(showsCurrentPermit && chosen === 'first')) return { kind: chosen, source: 'choice' };
  const showsPermitEnd = recognition.fields.some((field) => field.key === 'currentPermitEnd');
  return showsPermitEnd ? { kind: 'extension', source: 'assumed' } : null;
}

export function effectiveKind(
  recognition: Pick<PageRecognition, 'applicationKind' | 'fields'>,
  session: ApplicationSession,
): ApplicationKind | null {
  return explainKind(recognition, session)?.kind ?? null;
}
