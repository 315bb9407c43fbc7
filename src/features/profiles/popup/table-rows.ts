import { formatTrDate } from '../../../domain/dates';
import { type ExtensionWindow, extensionWindow } from '../../../domain/deadlines';
import { CLOSING_DAYS, type GlanceUrgency, OPENS_SOON_DAYS, passportTooShort } from '../../../profile/glance';
import type { Profile } from '../../../profile/schema';
import { compareByName } from '../../../profile/search';
import { trDateProblem, trDateToDate } from '../../../profile/tr-date';

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

/** The extension column's order: open windows, then windows not yet open, then permits already ended. */
const WINDOW_RANK: Readonly<Record<ExtensionWindow['status'], number>> = {
  open: 0,
  'not-yet-open': 1,
  late: 2,
  'too-late': 3,
};

/**
 * The extension column's triage order: the open window closing soonest first, then the windows
 * opening soonest; permits already ended after them, as a group, the most recently ended first.
 * Rows without a permit end sort last.
 */
function compareExtension(a: TableRow, b: TableRow): number {
  if (!a.window || !b.window) return (a.window ? 0 : 1) - (b.window ? 0 : 1);
  return WINDOW_RANK[a.window.status] - WINDOW_RANK[b.window.status] || a.window.days - b.window.days;
}

/** How urgent a row's extension window is, as the at-a-glance list says it (word and colour). */
export function windowUrgency(window: ExtensionWindow | undefined): GlanceUrgency | undefined {
  if (!window) return undefined;
  if (window.status === 'late' || window.status === 'too-late') return 'too-late';
  if (window.status === 'open') return window.days <= CLOSING_DAYS ? 'urgent' : 'open';
  return window.days <= OPENS_SOON_DAYS ? 'soon' : undefined;
}

/** Too-short passports first, then by expiry; unknown expiries last. */
function passportUrgency(row: TableRow): number {
  if (row.passportTooShort) return Number.NEGATIVE_INFINITY;
  return row.passportExpiry?.getTime() ?? Number.POSITIVE_INFINITY;
}

const COMPARATORS: Readonly<Record<SortKey, (a: TableRow, b: TableRow) => number>> = {
  name: (a, b) => compareByName(a.profile, b.profile),
  extension: (a, b) => compareExtension(a, b) || compareByName(a.profile, b.profile),
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

/**
 * "2026-02-01T22:30:00.000Z" → "02.02.2026" in Istanbul: the day it was on this computer, as
 * dd.MM.yyyy like every date the assistant shows. A value that is no date stays as it is.
 */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return /^\d{4}-\d{2}-\d{2}T/.test(iso) && !Number.isNaN(date.getTime()) ? formatTrDate(date) : iso;
}
