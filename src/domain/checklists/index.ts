/**
 * Document-checklist engine: which documents to prepare for an e-İkamet application, why each
 * is there, and how sure the sources are (docs/sources.md#checklists). Pure TypeScript.
 */
export { checklist } from './engine';
export {
  applicantAge,
  type ChecklistRequest,
  type ChecklistSituation,
  checklistRequestSchema,
  checklistSituationSchema,
  FAMILY_ROLES,
  type FamilyRole,
  ON_BEHALF_ROLES,
  type OnBehalfRole,
  STUDENT_LEVELS,
  type StudentLevel,
} from './situation';
export { LAST_VERIFIED } from './sources';
export {
  CHECKLIST_GROUPS,
  type ChecklistAlternative,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistNote,
  type ChecklistResult,
  type ChecklistStatus,
  CONDITION_KEYS,
  type ConditionKey,
  conditionMessageKey,
  NOTE_TONES,
  type NoteTone,
  REQUIREMENTS,
  type Requirement,
} from './types';
