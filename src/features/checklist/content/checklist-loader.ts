/**
 * Which checklist the panel shows, and fetching it from the background when that changes.
 * The permit type, purpose and application kind come from the page when it has said them,
 * otherwise from the user's choice in the panel; the birth date gives the applicant's age.
 */

import { formatTrDate } from '../../../domain/dates';
import type { ApplicationKind, PermitType, ShortTermPurpose } from '../../../domain/permits';
import type { ChecklistWireRequest } from '../../../permit-application/checklist-schema';
import type { SessionChoices } from '../../../permit-application/session';
import type { Assessment, ChecklistView } from '../../../protocol/protocol';
import { type Send, send } from '../../../protocol/send';
import { reportOnce } from '../../../ui/overlay/guard';

export interface ChecklistInputs {
  readonly permitType?: PermitType | undefined;
  readonly purpose?: ShortTermPurpose | undefined;
  readonly kind?: ApplicationKind | undefined;
  /** Where each came from: the page wins over the panel's choice. */
  readonly fromPage: { readonly permitType: boolean; readonly purpose: boolean; readonly kind: boolean };
  /** dd.MM.yyyy. */
  readonly birthDate?: string | undefined;
}

/** @param pageKind the application kind the pages said (null: unknown, the user may choose). */
export function checklistInputs(
  assessment: Assessment,
  choices: SessionChoices,
  pageKind: ApplicationKind | null,
): ChecklistInputs {
  const permitType = assessment.permitType ?? choices.permitType;
  const purpose = permitType === 'short-term' ? (assessment.purpose ?? choices.purpose) : undefined;
  return {
    permitType,
    purpose,
    kind: pageKind ?? choices.kind,
    birthDate: assessment.birthDate,
    fromPage: {
      permitType: assessment.permitType !== undefined,
      purpose: assessment.purpose !== undefined,
      kind: pageKind !== null,
    },
  };
}

/** Null until both the permit type and the application kind are known. */
export function wireRequest(inputs: ChecklistInputs, today: Date): ChecklistWireRequest | null {
  if (!inputs.permitType || !inputs.kind) return null;
  return {
    permitType: inputs.permitType,
    kind: inputs.kind,
    today: formatTrDate(today),
    ...(inputs.purpose ? { purpose: inputs.purpose } : {}),
    ...(inputs.birthDate ? { birthDate: inputs.birthDate } : {}),
  };
}

export interface ChecklistState {
  readonly request: ChecklistWireRequest | null;
  /** The list for `request`; null while it is on its way or when there is no request. */
  readonly view: ChecklistView | null;
}

export function createChecklistLoader(onUpdate: () => void, ask: Send = send) {
  let state: ChecklistState = { request: null, view: null };
  let key = 'null';
  return {
    state: () => state,
    /** Cheap when nothing changed: the request is compared by value. */
    update(request: ChecklistWireRequest | null): void {
      const nextKey = JSON.stringify(request);
      if (nextKey === key) return;
      key = nextKey;
      state = { request, view: null };
      if (!request) return;
      ask('checklist', request)
        .then((view) => {
          // A newer request may have been made meanwhile; only the latest answer is shown.
          if (key !== nextKey) return;
          state = { request, view };
          onUpdate();
        })
        .catch((error: unknown) => reportOnce('loading the checklist', error));
    },
  };
}

export type ChecklistLoader = ReturnType<typeof createChecklistLoader>;
