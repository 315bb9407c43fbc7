/**
 * Applicant profiles: schema, storage, import/export, validation and search.
 * Content scripts need only `loadActiveProfile` / `watchActiveProfile` (or `active.ts` directly).
 */

export * from '../contracts/codes';
export { type ActiveProfile, findActiveProfile, loadActiveProfile, watchActiveProfile } from './active';
export {
  checkDraft,
  type Draft,
  type DraftCheck,
  type DraftTextKey,
  emptyDraft,
  profileToDraft,
} from './editor-check';
export { buildExportFile, exportFileName, exportFileText } from './export-file';
export { plannedKind, profileFacts, profileFindings, profileSituation } from './facts';
export { nameInitials, profileFieldValues, turkishUpperCase, UPPER_CASE_FIELDS } from './field-values';
export { type ProfileFile, profileFileSchema } from './file-format';
export { type GlanceEntry, type GlanceKind, glance } from './glance';
export { type ParsedImport, parseImportFile } from './import-file';
export {
  DUPLICATE_CHOICES,
  type DuplicateChoice,
  type ImportDuplicate,
  type ImportOutcome,
  type ImportPlan,
  planImport,
} from './import-plan';
export { type PreparedImport, prepareImport, runImport } from './import-run';
export { MAX_IMPORT_BYTES, MAX_LENGTH, MAX_PROFILES } from './limits';
export { formatPath, type MessageRef, type PathMessage } from './messages';
export { type NeedsAttention, readStoredProfiles, type StoredProfiles } from './records';
export {
  CHANGED_ELSEWHERE,
  createProfileRepository,
  type ProfileRepository,
  ProfileWriteError,
  type RemovedProfile,
} from './repository';
export {
  PROFILE_FIELD_KEYS,
  PROFILE_FILE_FORMAT,
  PROFILE_VERSION,
  type Profile,
  type ProfileData,
  type ProfileFieldKey,
  type ProfileSituation,
  profileSchema,
  SITUATION_KEYS,
} from './schema';
export { compareByName, displayName, foldForSearch, searchProfiles } from './search';
export {
  ACTIVE_PROFILE_KEY,
  loadActiveProfileId,
  PROFILES_KEY,
  saveActiveProfileId,
  UI_LANGUAGE_KEY,
} from './storage';
