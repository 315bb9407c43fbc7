import { addMonths } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Rule } from './support/rule';
import { REGULATION_21_COPY_URL, REGULATION_URL, ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'Yön. 21(10): after a refusal or a cancellation, a new application within six months must give a new justification',
  REGULATION_URL,
  'O*',
  REGULATION_21_COPY_URL,
);

export const REAPPLY_MONTHS = 6;

/** T11: within 6 months of a refusal or cancellation, a new application needs new grounds. */
export const refusalReapply: Rule = {
  id: 'refusal-reapply',
  rulebookIds: ['T11'],
  sources: [SOURCE],
  messageKeys: ['refusal-reapply.newGroundsNeeded'],
  severityNotes: [
    'A warning, not an error: Yön. 21(10) does not forbid the new application, it asks for a new justification, which only the applicant can supply.',
  ],
  evaluate(facts, today) {
    const refused = facts.lastRefusalDate;
    if (!refused || facts.applicationKind === 'extension') return [];
    const until = addMonths(refused, REAPPLY_MONTHS);
    if (calendarDaysBetween(today, until) >= 0) return [];
    return [
      {
        ruleId: 'refusal-reapply',
        severity: 'warning',
        messageKey: 'refusal-reapply.newGroundsNeeded',
        params: { refusalDate: formatTrDate(refused), until: formatTrDate(until) },
        fields: ['permitPurpose'],
        source: SOURCE,
      },
    ];
  },
};
