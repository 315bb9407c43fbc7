/**
 * zod schemas for checklist requests that cross a context boundary (the `checklist` and
 * `checklist-print` messages of `src/protocol/protocol.ts`, and the printable page's stored
 * request), and the checklist for one. Run by the background and the printable checklist page;
 * the content script imports only the types, staying free of zod and of the checklist data.
 */
import { z } from 'zod';
import { LANGUAGES } from '../contracts/languages';
import { type ChecklistResult, checklist } from '../domain/checklists';
import { trDateOrNull } from '../domain/dates';
import { APPLICATION_KINDS, PERMIT_TYPES, SHORT_TERM_PURPOSES } from '../domain/permits';

export const checklistWireSchema = z.object({
  permitType: z.enum(PERMIT_TYPES),
  purpose: z.enum(SHORT_TERM_PURPOSES).optional(),
  kind: z.enum(APPLICATION_KINDS),
  birthDate: z.string().max(10).optional(),
  /** dd.MM.yyyy, the application date. */
  today: z.string().max(10),
});
/** What the checklist is for; dates as dd.MM.yyyy (the applicant's age decides several documents). */
export type ChecklistWireRequest = z.infer<typeof checklistWireSchema>;

/** What the printable page needs: the checklist's inputs, the ticks and, when known, a name. */
export const printRequestSchema = z.object({
  lang: z.enum(LANGUAGES),
  checklist: checklistWireSchema,
  applicantName: z.string().max(200).optional(),
  ticks: z.array(z.string().max(80)).max(200).readonly(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

/** The checklist for a wire request; a birth date that is malformed or after today is ignored. */
export function checklistForWire(request: ChecklistWireRequest): ChecklistResult {
  const today = trDateOrNull(request.today);
  if (!today) throw new Error('checklist: today is not a dd.MM.yyyy date');
  const birthDate = request.birthDate === undefined ? null : trDateOrNull(request.birthDate);
  const situation = birthDate && birthDate <= today ? { birthDate, today } : {};
  return checklist(request.permitType, request.purpose, request.kind, situation);
}
