import { passportTooShort } from '../../profile/glance';
import type { Profile } from '../../profile/schema';
import { compareByName } from '../../profile/search';
import { trDateProblem, trDateToDate } from '../../profile/tr-date';
import { type ExtensionWindow, extensionWindow } from '../lookups/deadline-math';

/** One row of the consultants' table, with what its deadline columns show and sort by. */
export interface TableRow {
  readonly profile: Profile;
  readonly window?: ExtensionWindow;
  readonly passportTooShort: boolean;
  readonly passportExpiry?: Date;
}

export const SORT_KEYS = ['name', 'extension', 'passport', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

function date(text: string | undefined): Date | undefined {
  return text !== undefined && trDateProblem(text) === undefined ? trDateToDate(text) : undefined;
}

export function tableRow(profile: Profile, today: Date): TableRow {
  const end = date(profile.currentPermitEnd);
  const expiry = date(profile.passportExpiry);
  return {
    profile,
    ...(end ? { window: extensionWindow(end, today) } : {}),
    ...(expiry ? { passportExpiry: expiry } : {}),
    passportTooShort: passportTooShort(profile, today),
  };
}

/**
 * Days until the extension date that matters next: the window opening, its last day, or (negative)
 * how long ago the permit ended. Rows without a permit end sort last.
 */
function extensionUrgency(row: TableRow): number {
  const range = row.window;
  if (!range) return Number.POSITIVE_INFINITY;
  return range.status === 'not-yet-open' || range.status === 'open' ? range.days : -range.days;
}

/** Too-short passports first, then by expiry; unknown expiries last. */
function passportUrgency(row: TableRow): number {
  if (row.passportTooShort) return Number.NEGATIVE_INFINITY;
  return row.passportExpiry?.getTime() ?? Number.POSITIVE_INFINITY;
}

const COMPARATORS: Readonly<Record<SortKey, (a: TableRow, b: TableRow) => number>> = {
  name: (a, b) => compareByName(a.profile, b.profile),
  extension: (a, b) => extensionUrgency(a) - extensionUrgency(b) || compareByName(a.profile, b.profile),
  passport: (a, b) => passportUrgency(a) - passportUrgency(b) || compareByName(a.profile, b.profile),
  updated: (a, b) => b.profile.updatedAt.localeCompare(a.profile.updatedAt),
};

export function sortRows(rows: readonly TableRow[], key: SortKey, direction: SortDirection): TableRow[] {
  const compare = COMPARATORS[key];
  const sorted = [...rows].sort((a, b) => {
    const result = compare(a, b);
    // NaN from Infinity - Infinity means "both unknown": keep them together.
    return Number.isNaN(result) ? 0 : result;
  });
  return direction === 'ascending' ? sorted : sorted.reverse();
}
