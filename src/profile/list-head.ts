import { formatTrDate } from '../domain/dates';
import { fewChangedPositions, insertSorted } from './few-changes';
import { type GlanceRow, glance, glanceRow, isGlanceKind } from './glance';
import type { Profile } from './schema';
import { compareByName } from './search';
import { PROFILE_ID_PATTERN } from './text-rules';

/**
 * The first screen of the profile list, stored beside the profiles so the popup can show it
 * before it has read and validated every record. With 10,000 clients the full list is ~4 MB,
 * which `storage.local` alone takes about half a second to hand over; the head is a few KB.
 *
 * - Written only by the repository, in the same `storage.local.set` call as the profiles, from
 *   the records it has just validated: the head never shows a record that failed validation.
 * - `rev` pairs the head with that write: a fresh random token is stored in `local:profilesRev`
 *   in the same call. A head whose token differs from the stored one (a write by an older
 *   version, a storage migration) is ignored and rebuilt after the full read.
 * - It is a cache: the full read that follows always replaces it on screen.
 */
export const LIST_HEAD_KEY = 'local:profilesHead' as const;
export const PROFILES_REV_KEY = 'local:profilesRev' as const;

/** Rows in the head: the popup shows 50 at first; the rest covers a first "Show more". */
export const HEAD_ROWS = 100;
/** At-a-glance entries in the head: as many as the popup shows. */
export const HEAD_GLANCE_ROWS = 8;
/** 2: at-a-glance entries in triage order (too late last); a head of format 1 is rebuilt. */
const HEAD_FORMAT = 2;

/** What a list row shows and searches before the full profile is loaded. */
export type ListRow = Pick<Profile, 'id' | 'givenName' | 'surname' | 'passportNumber' | 'foreignerId'>;

export interface ListHead {
  readonly format: typeof HEAD_FORMAT;
  readonly rev: string;
  /** Valid profiles in storage when the head was written. */
  readonly total: number;
  /** The first rows in list order (by name, Turkish collation). */
  readonly rows: readonly ListRow[];
  /**
   * The popup's at-a-glance entries as they were on `day` (dd.MM.yyyy). They depend on the date,
   * so they are shown only on that day; the next day's first full read writes them anew.
   */
  readonly glance: HeadGlance;
}

export interface HeadGlance {
  readonly day: string;
  /** How many entries there were in all (the popup says how many more). */
  readonly total: number;
  readonly rows: readonly GlanceRow[];
}

const ROW_TEXT_KEYS = ['givenName', 'surname', 'passportNumber', 'foreignerId'] as const;
/** Longer than any valid value of these fields; a guard against a bloated or hostile head. */
const MAX_ROW_TEXT = 200;

export function listRow(profile: Profile): ListRow {
  const row: { -readonly [K in keyof ListRow]: ListRow[K] } = { id: profile.id };
  for (const key of ROW_TEXT_KEYS) {
    const value = profile[key];
    if (value !== undefined) row[key] = value;
  }
  return row;
}

/** Profiles in list order. */
export function sortForList<T extends ListRow>(profiles: readonly T[]): T[] {
  const previous = lastOrder as ListOrder<T> | undefined;
  const order = (previous && reorderAfterFewChanges(previous, profiles)) ?? fullOrder(profiles);
  lastOrder = order;
  return order.at.map((index) => profiles[index] as T);
}

/** A list and its order: `at` holds, in list order, each entry's index in `profiles`. */
interface ListOrder<T> {
  readonly profiles: readonly T[];
  readonly at: readonly number[];
}

/**
 * The last order worked out. A save replaces one profile among 10,000 (or adds one at the end),
 * and sorting them all again by name takes ~20 ms; moving the changed ones takes well under one.
 */
let lastOrder: ListOrder<ListRow> | undefined;

/** Among equal names, the earlier in the list comes first (as a stable sort leaves them). */
function compareAt<T extends ListRow>(profiles: readonly T[], a: number, b: number): number {
  return compareByName(profiles[a] as T, profiles[b] as T) || a - b;
}

function fullOrder<T extends ListRow>(profiles: readonly T[]): ListOrder<T> {
  const at = profiles.map((_, index) => index).sort((a, b) => compareAt(profiles, a, b));
  return { profiles, at };
}

/**
 * The order of `next` worked out from `previous` when `next` is `previous.profiles` with a few
 * entries replaced and maybe a few added at the end; undefined otherwise (a full sort then).
 */
function reorderAfterFewChanges<T extends ListRow>(
  previous: ListOrder<T>,
  next: readonly T[],
): ListOrder<T> | undefined {
  const changed = fewChangedPositions(previous.profiles, next);
  if (!changed) return undefined;
  const replaced = new Set(changed.filter((index) => index < previous.profiles.length));
  const at = replaced.size === 0 ? [...previous.at] : previous.at.filter((index) => !replaced.has(index));
  for (const index of changed) insertSorted(at, index, (a, b) => compareAt(next, a, b));
  return { profiles: next, at };
}

export function buildListHead(profiles: readonly Profile[], rev: string, today: Date): ListHead {
  const entries = glance(profiles, today);
  return {
    format: HEAD_FORMAT,
    rev,
    total: profiles.length,
    rows: sortForList(profiles).slice(0, HEAD_ROWS).map(listRow),
    glance: {
      day: formatTrDate(today),
      total: entries.length,
      rows: entries.slice(0, HEAD_GLANCE_ROWS).map(glanceRow),
    },
  };
}

export function newRev(): string {
  return crypto.randomUUID();
}

function parseRow(value: unknown): ListRow | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || !PROFILE_ID_PATTERN.test(record.id)) return null;
  const row: { -readonly [K in keyof ListRow]: ListRow[K] } = { id: record.id };
  for (const key of ROW_TEXT_KEYS) {
    const text = record[key];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.length > MAX_ROW_TEXT) return null;
    row[key] = text;
  }
  return row;
}

const MAX_PARAMS = 12;

function parseGlanceRow(value: unknown): GlanceRow | null {
  const row = parseRow(value);
  if (!row) return null;
  const { kind, daysLeft, params } = value as Record<string, unknown>;
  if (!isGlanceKind(kind) || typeof daysLeft !== 'number' || !Number.isSafeInteger(daysLeft)) return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const entries = Object.entries(params);
  if (entries.length > MAX_PARAMS) return null;
  const clean: Record<string, string | number> = {};
  for (const [name, param] of entries) {
    if (
      typeof param === 'number'
        ? !Number.isFinite(param)
        : typeof param !== 'string' || param.length > MAX_ROW_TEXT
    )
      return null;
    clean[name] = param;
  }
  const { givenName, surname } = row;
  return {
    id: row.id,
    ...(givenName === undefined ? {} : { givenName }),
    ...(surname === undefined ? {} : { surname }),
    kind,
    daysLeft,
    params: clean,
  };
}

/** A count and at most `max` rows (no more than the count), every row well formed; else null. */
function parseCountedRows<Row>(
  total: unknown,
  rows: unknown,
  max: number,
  parseOne: (value: unknown) => Row | null,
): { total: number; rows: Row[] } | null {
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) return null;
  if (!Array.isArray(rows) || rows.length > max || rows.length > total) return null;
  const parsed: Row[] = [];
  for (const row of rows) {
    const checked = parseOne(row);
    if (!checked) return null;
    parsed.push(checked);
  }
  return { total, rows: parsed };
}

function parseHeadGlance(value: unknown): HeadGlance | null {
  if (typeof value !== 'object' || value === null) return null;
  const { day, total, rows } = value as Record<string, unknown>;
  if (typeof day !== 'string' || !/^\d{2}\.\d{2}\.\d{4}$/.test(day)) return null;
  const parsed = parseCountedRows(total, rows, HEAD_GLANCE_ROWS, parseGlanceRow);
  return parsed && { day, total: parsed.total, rows: parsed.rows };
}

/**
 * The stored head when it is well formed and belongs to the stored profiles (same `rev`);
 * otherwise null, and the list waits for the full read. Checked by hand, cheaply: anything
 * unexpected simply means "no head".
 */
export function parseListHead(value: unknown, storedRev: unknown): ListHead | null {
  if (typeof value !== 'object' || value === null) return null;
  const head = value as Record<string, unknown>;
  if (head.format !== HEAD_FORMAT || typeof head.rev !== 'string' || head.rev !== storedRev) return null;
  const parsed = parseCountedRows(head.total, head.rows, HEAD_ROWS, parseRow);
  const headGlance = parseHeadGlance(head.glance);
  if (!parsed || !headGlance) return null;
  return { format: HEAD_FORMAT, rev: head.rev, total: parsed.total, rows: parsed.rows, glance: headGlance };
}
