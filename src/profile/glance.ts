import { addDays, startOfDay } from 'date-fns';
import { formatTrDate } from '../domain/dates';
import { evaluate } from '../domain/evaluate';
import type { Finding } from '../domain/findings';
import { EXTENSION_WINDOW_DAYS, extensionWindow } from '../domain/rules/extension-window';
import { passportValidity } from '../domain/rules/passport-validity';
import { profileFacts } from './facts';
import { fewChangedPositions, insertSorted } from './few-changes';
import type { Profile } from './schema';
import { trDateSortKey } from './tr-date';

/**
 * The at-a-glance list for consultants: whose extension window is open, closing or about to
 * open, whose permit has run out, and whose passport is too short for the planned permit. All of
 * it comes from the rules engine's findings for each profile.
 *
 * Triage order: what can still be done comes first, the window closing soonest at the top; the
 * cases already too late to extend (the permit has ended) form a group of their own after them,
 * most recently ended first, since those may still make a new application within the grace days.
 */
export const GLANCE_KINDS = [
  'extension-closing',
  'passport-too-short',
  'extension-open',
  'extension-opens-soon',
  'extension-expired',
] as const;
export type GlanceKind = (typeof GLANCE_KINDS)[number];

/** The two groups of the list: something can still be done, or it is too late to extend. */
export const GLANCE_GROUPS = ['act', 'too-late'] as const;
export type GlanceGroup = (typeof GLANCE_GROUPS)[number];

export function glanceGroup(kind: GlanceKind): GlanceGroup {
  return kind === 'extension-expired' ? 'too-late' : 'act';
}

/**
 * How urgent an entry is, shown as a word and a colour together (never the colour alone):
 * a window closing within CLOSING_DAYS or a passport too short is urgent.
 */
export type GlanceUrgency = 'urgent' | 'open' | 'soon' | 'too-late';

export const GLANCE_URGENCY: Readonly<Record<GlanceKind, GlanceUrgency>> = {
  'extension-closing': 'urgent',
  'passport-too-short': 'urgent',
  'extension-open': 'open',
  'extension-opens-soon': 'soon',
  'extension-expired': 'too-late',
};

/** An open window with this many days or fewer left is "closing". */
export const CLOSING_DAYS = 14;
/** A window opening within this many days is worth a heads-up. */
export const OPENS_SOON_DAYS = 30;

export interface GlanceEntry {
  readonly profile: Profile;
  readonly kind: GlanceKind;
  readonly finding: Finding;
  /** Days until the date that matters (negative: already past); smaller is more urgent. */
  readonly daysLeft: number;
}

function numberParam(finding: Finding, name: string): number {
  const value = finding.params[name];
  return typeof value === 'number' ? value : 0;
}

/** What one finding means for the at-a-glance list, if anything. */
export function glanceOf(finding: Finding): { kind: GlanceKind; daysLeft: number } | undefined {
  switch (finding.messageKey) {
    case 'extension-window.open': {
      const daysLeft = numberParam(finding, 'daysLeft');
      return { kind: daysLeft <= CLOSING_DAYS ? 'extension-closing' : 'extension-open', daysLeft };
    }
    case 'extension-window.tooEarly': {
      const daysLeft = numberParam(finding, 'daysUntilOpen');
      return daysLeft <= OPENS_SOON_DAYS ? { kind: 'extension-opens-soon', daysLeft } : undefined;
    }
    case 'extension-window.expired':
    case 'extension-window.expiredLong':
      return { kind: 'extension-expired', daysLeft: -numberParam(finding, 'daysLate') };
    case 'passport-validity.tooShort':
    case 'passport-validity.renewFirst':
      return { kind: 'passport-too-short', daysLeft: 0 };
    default:
      return undefined;
  }
}

const glanceCache = new WeakMap<Profile, { readonly day: number; readonly findings: Finding[] }>();

let horizon: { readonly day: number; readonly key: number } | undefined;
/** yyyyMMdd of the latest permit end whose extension window opens within OPENS_SOON_DAYS. */
function listingHorizon(today: Date): number {
  if (horizon?.day !== today.getTime()) {
    const last = addDays(today, EXTENSION_WINDOW_DAYS + OPENS_SOON_DAYS);
    horizon = { day: today.getTime(), key: trDateSortKey(formatTrDate(last)) };
  }
  return horizon.key;
}

/**
 * Only the two rules the list is about, and only for profiles whose dates can produce a finding:
 * with 10,000 clients, running every rule for everyone would take the better part of a second.
 */
function glanceFindings(profile: Profile, today: Date): Finding[] {
  const dayKey = today.getTime();
  const cached = glanceCache.get(profile);
  if (cached && cached.day === dayKey) return cached.findings;
  const horizonKey = listingHorizon(today);
  const rules = [];
  // A window that opens more than OPENS_SOON_DAYS from now is not worth listing yet.
  if (profile.currentPermitEnd && trDateSortKey(profile.currentPermitEnd) <= horizonKey)
    rules.push(extensionWindow);
  if (profile.passportExpiry && profile.requestedEnd) rules.push(passportValidity);
  const findings = rules.length === 0 ? [] : evaluate(profileFacts(profile), today, rules);
  glanceCache.set(profile, { day: dayKey, findings });
  return findings;
}

/** Entries for every profile in triage order (by kind, then days left, then list order). */
export function glance(profiles: readonly Profile[], today: Date): GlanceEntry[] {
  const day = startOfDay(today);
  const previous = lastGlance?.day === day.getTime() ? lastGlance : undefined;
  const ranked = (previous && rerankAfterFewChanges(previous, profiles, day)) ?? rankAll(profiles, day);
  lastGlance = { profiles, day: day.getTime(), ranked };
  return ranked.map((one) => one.entry);
}

/** An entry with where it comes from: its profile's index in the list, its finding's among them. */
interface Ranked {
  readonly entry: GlanceEntry;
  readonly at: number;
  readonly nth: number;
}

/**
 * The last entries worked out. After a save changes one profile among 10,000, the entries are
 * worked out again for that profile only and moved into place, not for every profile and sorted.
 */
let lastGlance: { profiles: readonly Profile[]; day: number; ranked: readonly Ranked[] } | undefined;

/** Each kind's place in `GLANCE_KINDS`. */
const KIND_RANK = Object.fromEntries(GLANCE_KINDS.map((kind, rank) => [kind, rank])) as Record<
  GlanceKind,
  number
>;

/** Fewest days left first; among permits already ended, the most recently ended first. */
const compareDays = (a: GlanceEntry, b: GlanceEntry) =>
  a.kind === 'extension-expired' ? b.daysLeft - a.daysLeft : a.daysLeft - b.daysLeft;

const compareRanked = (a: Ranked, b: Ranked) =>
  KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] ||
  compareDays(a.entry, b.entry) ||
  a.at - b.at ||
  a.nth - b.nth;

function entriesOf(profile: Profile, at: number, day: Date): Ranked[] {
  const ranked: Ranked[] = [];
  for (const finding of glanceFindings(profile, day)) {
    const meaning = glanceOf(finding);
    if (meaning) ranked.push({ entry: { profile, finding, ...meaning }, at, nth: ranked.length });
  }
  return ranked;
}

function rankAll(profiles: readonly Profile[], day: Date): Ranked[] {
  return profiles.flatMap((profile, at) => entriesOf(profile, at, day)).sort(compareRanked);
}

/**
 * The entries for `next` from those for `previous.profiles`, when `next` is that list with a few
 * profiles replaced and maybe a few added at the end; undefined otherwise.
 */
function rerankAfterFewChanges(
  previous: { profiles: readonly Profile[]; ranked: readonly Ranked[] },
  next: readonly Profile[],
  day: Date,
): Ranked[] | undefined {
  const changed = fewChangedPositions(previous.profiles, next);
  if (!changed) return undefined;
  const replaced = new Set(changed.filter((at) => at < previous.profiles.length));
  const ranked =
    replaced.size === 0 ? [...previous.ranked] : previous.ranked.filter((one) => !replaced.has(one.at));
  for (const at of changed) {
    for (const one of entriesOf(next[at] as Profile, at, day)) insertSorted(ranked, one, compareRanked);
  }
  return ranked;
}

/** Whether the passport is too short for the planned permit (rule P1), cheaply and cached. */
export function passportTooShort(profile: Profile, today: Date): boolean {
  if (!profile.passportExpiry || !profile.requestedEnd) return false;
  return glanceFindings(profile, startOfDay(today)).some((finding) => finding.ruleId === 'passport-validity');
}

/** What the at-a-glance list shows of an entry: small enough to keep in the stored list head. */
export interface GlanceRow {
  readonly id: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly kind: GlanceKind;
  readonly daysLeft: number;
  /** The finding's message parameters (dates, day counts). */
  readonly params: Readonly<Record<string, string | number>>;
}

export function glanceRow({ profile, kind, daysLeft, finding }: GlanceEntry): GlanceRow {
  return {
    id: profile.id,
    ...(profile.givenName === undefined ? {} : { givenName: profile.givenName }),
    ...(profile.surname === undefined ? {} : { surname: profile.surname }),
    kind,
    daysLeft,
    params: finding.params,
  };
}

export function isGlanceKind(value: unknown): value is GlanceKind {
  return typeof value === 'string' && (GLANCE_KINDS as readonly string[]).includes(value);
}
