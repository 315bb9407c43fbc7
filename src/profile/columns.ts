import {
  DATE_SITUATION_KEYS,
  PROFILE_FIELD_KEYS,
  type Profile,
  type ProfileSituation,
  SITUATION_KEYS,
} from './schema';

/**
 * Every field of a profile under one flat name, in the editor's order: the CSV columns, and the
 * fields an import compares. Situation answers are `situation.<key>`.
 */
export const SITUATION_PREFIX = 'situation.';

export const PROFILE_COLUMNS: readonly string[] = [
  'id',
  'createdAt',
  'updatedAt',
  ...PROFILE_FIELD_KEYS,
  'applicationKind',
  ...SITUATION_KEYS.map((key) => `${SITUATION_PREFIX}${key}`),
  'supporterId',
  'dependantIds',
  'notes',
];

/** The columns holding a dd.MM.yyyy date (a unit test keeps this in step with the schema). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set([
  'birthDate',
  'passportIssueDate',
  'passportExpiry',
  'currentPermitEnd',
  'requestedStart',
  'requestedEnd',
  'insuranceStart',
  'insuranceEnd',
  ...DATE_SITUATION_KEYS.map((key) => `${SITUATION_PREFIX}${key}`),
]);

/** The columns that are the record's bookkeeping rather than the person's data. */
export const BOOKKEEPING_COLUMNS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt']);

/** The value of one column of a profile (a string, boolean, number or list), or undefined. */
export function columnValue(profile: Profile, column: string): unknown {
  if (column.startsWith(SITUATION_PREFIX))
    return profile.situation?.[column.slice(SITUATION_PREFIX.length) as keyof ProfileSituation];
  return profile[column as keyof Profile];
}
