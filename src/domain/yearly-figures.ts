import { differenceInCalendarDays, parseISO } from 'date-fns';

/**
 * Figures that change every calendar year (minimum wage, card fee, permit fee tariff) are looked
 * up by year. When the application's year has no figure yet, the latest earlier one is used and
 * the caller says it may be out of date: a check must not fall silent on 1 January.
 */
export interface YearBound {
  readonly year: number;
}

/**
 * A year whose figure was looked for and not found published: recorded so that the gap is a
 * deliberate, dated statement rather than an oversight. `checkedOn` is an ISO date.
 */
export interface NotYetPublished {
  readonly year: number;
  readonly checkedOn: string;
  readonly note: string;
}

export type YearLookup<T extends YearBound> =
  | { readonly kind: 'exact'; readonly figure: T }
  /** The latest figure before `year`; `pending` says when the missing year was last looked for. */
  | {
      readonly kind: 'latest-known';
      readonly figure: T;
      readonly year: number;
      readonly pending?: NotYetPublished;
    }
  | { readonly kind: 'none'; readonly year: number };

export function figureForYear<T extends YearBound>(
  figures: readonly T[],
  year: number,
  pending: readonly NotYetPublished[] = [],
): YearLookup<T> {
  const exact = figures.find((figure) => figure.year === year);
  if (exact) return { kind: 'exact', figure: exact };
  const earlier = figures.filter((figure) => figure.year < year).sort((a, b) => b.year - a.year)[0];
  if (!earlier) return { kind: 'none', year };
  const note = pending.find((entry) => entry.year === year);
  return note
    ? { kind: 'latest-known', figure: earlier, year, pending: note }
    : { kind: 'latest-known', figure: earlier, year };
}

/** How recent a "not yet published" check must be to excuse a missing figure. */
export const PENDING_CHECK_MAX_AGE_DAYS = 14;

/**
 * The years a table must cover on `today`: the current year, and from December also the next.
 * Returns the years that have neither a figure nor a "not yet published" check younger than
 * PENDING_CHECK_MAX_AGE_DAYS. `npm run check:figures` asks it about the real date, so the tables
 * cannot silently run out; tests ask it about fixed dates only.
 */
export function uncoveredYears(
  figures: readonly YearBound[],
  pending: readonly NotYetPublished[],
  today: Date,
): number[] {
  const year = today.getFullYear();
  const needed = today.getMonth() === 11 ? [year, year + 1] : [year];
  return needed.filter((wanted) => {
    if (figures.some((figure) => figure.year === wanted)) return false;
    const check = pending.find((entry) => entry.year === wanted);
    if (!check) return true;
    const age = differenceInCalendarDays(today, parseISO(check.checkedOn));
    return !(age >= 0 && age <= PENDING_CHECK_MAX_AGE_DAYS);
  });
}
