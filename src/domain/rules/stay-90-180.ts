import { addDays, min, subDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Stay } from '../facts';
import type { Rule } from './support/rule';
import { ruleSource, YIMER_URL, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 11(1); YİMER home page (90 days in any 180)', YUKK_URL, 'O', YIMER_URL);
// The per-nationality lengths (30 days for some) are on the foreign ministry's visa pages, which
// were not read: the hint never blocks.
const NATIONALITY_SOURCE = ruleSource(
  'Visa exemption lengths by nationality (30 days for some countries), foreign ministry visa page, not read',
  'https://www.mfa.gov.tr/visa-information-for-foreigners.en.mfa',
  'U',
);

export const MAX_DAYS_IN_WINDOW = 90;
/** The shortest visa-exempt stay some nationalities get. */
export const SHORT_EXEMPTION_DAYS = 30;
export const WINDOW_DAYS = 180;

export interface BusiestWindow {
  readonly days: number;
  readonly windowStart: Date;
  readonly windowEnd: Date;
}

/**
 * The 180-day window (ending on a day present) with the most days present. Entry and exit days
 * both count; an open stay runs until today; days after today are not counted; overlapping
 * stays count once; a stay whose exit precedes its entry is ignored as a typing error.
 */
export function busiestWindow(stays: readonly Stay[], today: Date): BusiestWindow | undefined {
  const present = new Set<number>();
  for (const stay of stays) {
    // Days are numbered relative to today (0 = today, -1 = yesterday, …).
    const from = calendarDaysBetween(stay.entry, today);
    const to = calendarDaysBetween(min([stay.exit ?? today, today]), today);
    for (let day = from; day <= to; day += 1) present.add(day);
  }
  const days = [...present].sort((a, b) => a - b);
  let best: { count: number; end: number } | undefined;
  let first = 0;
  days.forEach((end, index) => {
    while ((days[first] ?? end) <= end - WINDOW_DAYS) first += 1;
    const count = index - first + 1;
    if (!best || count > best.count) best = { count, end };
  });
  if (!best) return undefined;
  const windowEnd = addDays(today, best.end);
  return { days: best.count, windowStart: subDays(windowEnd, WINDOW_DAYS - 1), windowEnd };
}

/**
 * T1: a visa-exempt stay is at most 90 days in any 180 (first applications). 90 is a ceiling:
 * some nationalities get 30 days, so more than 30 days gets a hint.
 */
export const stay90In180: Rule = {
  id: 'stay-90-180',
  rulebookIds: ['T1'],
  sources: [SOURCE, NATIONALITY_SOURCE],
  messageKeys: ['stay-90-180.exceeded', 'stay-90-180.overShortExemption'],
  evaluate(facts, today) {
    if (facts.applicationKind !== 'first' || !facts.stays?.length) return [];
    const busiest = busiestWindow(facts.stays, today);
    if (!busiest || busiest.days <= SHORT_EXEMPTION_DAYS) return [];
    if (busiest.days <= MAX_DAYS_IN_WINDOW) {
      return [
        {
          ruleId: 'stay-90-180',
          severity: 'info',
          messageKey: 'stay-90-180.overShortExemption',
          params: {
            days: busiest.days,
            shortDays: SHORT_EXEMPTION_DAYS,
            windowStart: formatTrDate(busiest.windowStart),
            windowEnd: formatTrDate(busiest.windowEnd),
          },
          fields: [],
          source: NATIONALITY_SOURCE,
        },
      ];
    }
    return [
      {
        ruleId: 'stay-90-180',
        severity: 'error',
        messageKey: 'stay-90-180.exceeded',
        params: {
          days: busiest.days,
          windowStart: formatTrDate(busiest.windowStart),
          windowEnd: formatTrDate(busiest.windowEnd),
        },
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
