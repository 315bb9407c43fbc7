import { addDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { REGULATION_URL, ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'Yön. 21(8)–(9); goc.gov.tr notice "İkamet İzni Başvuru Belgesinin Sağladığı Haklar"',
  REGULATION_URL,
  'O*',
);

export const MAX_TRIP_DAYS = 15;

/** T9: with the approved application certificate and paid fees, trips abroad last at most 15 days. */
export const travelWhilePending: Rule = {
  id: 'travel-while-pending',
  rulebookIds: ['T9'],
  sources: [SOURCE],
  messageKeys: [
    'travel-while-pending.returnBy',
    'travel-while-pending.tooLong',
    'travel-while-pending.feesUnpaid',
  ],
  evaluate(facts) {
    const travel = facts.travel;
    if (!travel) return [];
    const base = { ruleId: 'travel-while-pending', fields: [], source: SOURCE } as const;
    const exit = formatTrDate(travel.exit);
    const latestReturn = formatTrDate(addDays(travel.exit, MAX_TRIP_DAYS));
    const findings: Finding[] = [];

    if (!travel.return) {
      findings.push({
        ...base,
        severity: 'info',
        messageKey: 'travel-while-pending.returnBy',
        params: { exit, latestReturn },
      });
    } else if (calendarDaysBetween(travel.return, travel.exit) > MAX_TRIP_DAYS) {
      findings.push({
        ...base,
        severity: 'warning',
        messageKey: 'travel-while-pending.tooLong',
        params: { exit, return: formatTrDate(travel.return), latestReturn },
      });
    }
    if (travel.feesPaid === false) {
      findings.push({
        ...base,
        severity: 'warning',
        messageKey: 'travel-while-pending.feesUnpaid',
        params: { exit },
      });
    }
    return findings;
  },
};
