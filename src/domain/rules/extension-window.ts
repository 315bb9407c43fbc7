import { addDays, subDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { REGULATION_21_COPY_URL, REGULATION_URL, ruleSource, YIMER_URL, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 24(2); repeated by YİMER', YUKK_URL, 'O', YIMER_URL);
const LATE_SOURCE = ruleSource(
  'YUKK 24(2) (extension only before expiry); Yön. 21(2) (a new application up to ten days after the permit ended is also received)',
  REGULATION_URL,
  'O*',
  REGULATION_21_COPY_URL,
);

/** Days before the permit end from which an extension can be filed. */
export const EXTENSION_WINDOW_DAYS = 60;
/** Applications up to this many days after the visa, exemption or permit ended are still received (Yön. 21(2)). */
export const LATE_GRACE_DAYS = 10;

/**
 * T3: an extension is filed from 60 days before the permit ends up to the end day itself.
 * After the end only a new application is possible, within T2's 10-day grace
 * (docs/sources.md#how-rules-combine).
 */
export const extensionWindow: Rule = {
  id: 'extension-window',
  rulebookIds: ['T3', 'T2'],
  sources: [SOURCE, LATE_SOURCE],
  severityNotes: [
    'Filing before the 60-day window is a warning: the system does not accept it yet, and waiting fixes it.',
    'After the permit ended an extension is an error: YUKK 24(2) allows extensions only before expiry. The message then says what Yön. 21(2) allows instead: a new application up to 10 days after the end is received; beyond that only where the situation and administrative needs require it.',
  ],
  messageKeys: [
    'extension-window.tooEarly',
    'extension-window.open',
    'extension-window.expired',
    'extension-window.expiredLong',
  ],
  evaluate(facts, today) {
    const end = facts.currentPermitEnd;
    if (facts.applicationKind !== 'extension' || !end) return [];
    const windowOpens = subDays(end, EXTENSION_WINDOW_DAYS);
    const daysAfterEnd = calendarDaysBetween(today, end);
    const base = { ruleId: 'extension-window', fields: ['currentPermitEnd'], source: SOURCE } as const;
    const currentPermitEnd = formatTrDate(end);

    let finding: Finding;
    if (calendarDaysBetween(today, windowOpens) < 0) {
      finding = {
        ...base,
        severity: 'warning',
        messageKey: 'extension-window.tooEarly',
        params: {
          currentPermitEnd,
          windowOpens: formatTrDate(windowOpens),
          daysUntilOpen: calendarDaysBetween(windowOpens, today),
        },
      };
    } else if (daysAfterEnd <= 0) {
      finding = {
        ...base,
        severity: 'info',
        messageKey: 'extension-window.open',
        params: { currentPermitEnd, daysLeft: calendarDaysBetween(end, today) },
      };
    } else if (daysAfterEnd <= LATE_GRACE_DAYS) {
      finding = {
        ...base,
        source: LATE_SOURCE,
        severity: 'error',
        messageKey: 'extension-window.expired',
        params: {
          currentPermitEnd,
          daysLate: daysAfterEnd,
          lastNewApplicationDay: formatTrDate(addDays(end, LATE_GRACE_DAYS)),
        },
      };
    } else {
      finding = {
        ...base,
        source: LATE_SOURCE,
        severity: 'error',
        messageKey: 'extension-window.expiredLong',
        params: { currentPermitEnd, daysLate: daysAfterEnd },
      };
    }
    return [finding];
  },
};
