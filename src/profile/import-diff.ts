import { BOOKKEEPING_COLUMNS, columnValue, PROFILE_COLUMNS } from './columns';
import type { Profile } from './schema';

/** One field in which a file's profile differs from the stored one it matches. */
export interface ProfileDifference {
  /** A column of `PROFILE_COLUMNS`: `birthDate`, `situation.moveDate`. */
  readonly column: string;
  /** Undefined when that side has no value. */
  readonly stored: unknown;
  readonly incoming: unknown;
}

/** The person's data only: id and timestamps say nothing about the person. */
const DATA_COLUMNS = PROFILE_COLUMNS.filter((column) => !BOOKKEEPING_COLUMNS.has(column));

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/**
 * The fields in which `incoming` differs from `stored`, in the editor's order. None: the file
 * brings nothing new for this person, whatever its id or dates of creation and change.
 */
export function profileDifferences(stored: Profile, incoming: Profile): ProfileDifference[] {
  const differences: ProfileDifference[] = [];
  for (const column of DATA_COLUMNS) {
    const before = columnValue(stored, column);
    const after = columnValue(incoming, column);
    if (!sameValue(before, after)) differences.push({ column, stored: before, incoming: after });
  }
  return differences;
}
