import type { ApplicationKind, PermitType, ShortTermPurpose } from '../permits';
import { type ConditionContext, evaluateCondition } from './conditions';
import { PLANS } from './data';
import { applicantAge, type ChecklistSituation } from './situation';
import {
  type ChecklistAlternative,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistNote,
  type ChecklistResult,
  type ChecklistStatus,
  type ConditionKey,
  conditionMessageKey,
  type DocumentSpec,
  type NoteSpec,
} from './types';

/** Groups that make up the common items, shown alone when no list exists for a kind. */
const COMMON_GROUPS: ReadonlySet<ChecklistGroup> = new Set([
  'common',
  'minor',
  'representation',
  'legalisation',
]);

function appliesToPurpose(
  spec: { readonly forPurposes?: readonly ShortTermPurpose[] },
  context: ConditionContext,
) {
  if (spec.forPurposes === undefined) return true;
  return context.purpose !== undefined && spec.forPurposes.includes(context.purpose);
}

/** First variant per id whose condition holds, in plan order. */
function selectDocuments(specs: readonly DocumentSpec[], context: ConditionContext): DocumentSpec[] {
  const seen = new Set<string>();
  const selected: DocumentSpec[] = [];
  for (const spec of specs) {
    if (seen.has(spec.id) || !appliesToPurpose(spec, context)) continue;
    if (evaluateCondition(spec.when, context) !== true) continue;
    seen.add(spec.id);
    selected.push(spec);
  }
  return selected;
}

function toAlternatives(spec: DocumentSpec, context: ConditionContext): ChecklistAlternative[] | undefined {
  if (spec.alternatives === undefined) return undefined;
  const alternatives: ChecklistAlternative[] = [];
  for (const alternative of spec.alternatives) {
    const truth = alternative.when === undefined ? undefined : evaluateCondition(alternative.when, context);
    if (truth === false) continue;
    alternatives.push({
      id: alternative.id,
      titleKey: alternative.titleKey,
      ...(alternative.noteKey === undefined ? {} : { noteKey: alternative.noteKey }),
      matchesSituation: truth === true,
    });
  }
  return alternatives;
}

function toItem(
  spec: DocumentSpec,
  context: ConditionContext,
  alsoBecause: readonly ConditionKey[],
): ChecklistItem {
  const alternatives = toAlternatives(spec, context);
  return {
    id: spec.id,
    group: spec.group,
    titleKey: spec.titleKey,
    ...(spec.noteKey === undefined ? {} : { noteKey: spec.noteKey }),
    ...(spec.params === undefined ? {} : { params: spec.params }),
    requirement: spec.requirement ?? 'required',
    condition: spec.when,
    conditionMessageKey: conditionMessageKey(spec.when),
    ...(alsoBecause.length === 0 ? {} : { alsoBecause }),
    ...(spec.ruleId === undefined ? {} : { ruleId: spec.ruleId }),
    source: spec.source,
    ...(alternatives === undefined ? {} : { alternatives }),
  };
}

/**
 * Drops items another selected item already covers (same paper asked for two reasons) and
 * records the dropped reason on the item that stays.
 */
function resolveSuperseded(selected: readonly DocumentSpec[], context: ConditionContext): ChecklistItem[] {
  const present = new Set(selected.map((spec) => spec.id));
  const dropped = new Set(
    selected.filter((spec) => spec.supersededBy?.some((id) => present.has(id))).map((spec) => spec.id),
  );
  const extraReasons = new Map<string, ConditionKey[]>();
  for (const spec of selected) {
    if (!dropped.has(spec.id)) continue;
    const keeper = spec.supersededBy?.find((id) => present.has(id) && !dropped.has(id));
    if (keeper === undefined) {
      dropped.delete(spec.id); // every covering item is itself covered: keep this one rather than lose it
      continue;
    }
    const reasons = extraReasons.get(keeper) ?? [];
    reasons.push(spec.when);
    extraReasons.set(keeper, reasons);
  }
  return selected
    .filter((spec) => !dropped.has(spec.id))
    .map((spec) => toItem(spec, context, extraReasons.get(spec.id) ?? []));
}

function selectNotes(specs: readonly NoteSpec[], context: ConditionContext): ChecklistNote[] {
  const notes: ChecklistNote[] = [];
  for (const spec of specs) {
    if (!appliesToPurpose(spec, context) || evaluateCondition(spec.when, context) !== true) continue;
    notes.push({
      id: spec.id,
      messageKey: spec.messageKey,
      ...(spec.params === undefined ? {} : { params: spec.params }),
      tone: spec.tone,
      ...(spec.ruleId === undefined ? {} : { ruleId: spec.ruleId }),
      ...(spec.source === undefined ? {} : { source: spec.source }),
    });
  }
  return notes;
}

function result(status: ChecklistStatus, items: ChecklistItem[], notes: ChecklistNote[]): ChecklistResult {
  return { status, statusMessageKey: `status.${status}`, items, notes };
}

/**
 * The documents to prepare for one application, in display order.
 *
 * `purpose` matters only for short-term permits. Unknown facts in `situation` never add a
 * conditional item. No validation happens here: parse untrusted input with
 * `checklistRequestSchema` / `checklistSituationSchema` first.
 */
export function checklist(
  type: PermitType,
  purpose: ShortTermPurpose | undefined,
  kind: ApplicationKind,
  situation: ChecklistSituation = {},
): ChecklistResult {
  const context: ConditionContext = {
    type,
    purpose: type === 'short-term' ? purpose : undefined,
    kind,
    situation,
    age: applicantAge(situation),
  };
  const plan = PLANS[type];
  const coverage = plan.coverage[kind];
  const notes = selectNotes(plan.notes, context);

  if (coverage === 'impossible') {
    return result(
      'impossible',
      [],
      notes.filter((note) => note.tone === 'impossible'),
    );
  }

  const specs =
    coverage === 'common-only'
      ? plan.documents.filter((spec) => COMMON_GROUPS.has(spec.group))
      : plan.documents;
  const items = resolveSuperseded(selectDocuments(specs, context), context);
  const status = notes.some((note) => note.tone === 'uncertain') ? 'uncertain' : 'ok';
  return result(status, items, notes);
}
