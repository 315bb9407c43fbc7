import type { Rule } from './support/rule';
import { ruleSource, YIMER_URL, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 21(5); repeated by YİMER', YUKK_URL, 'O', YIMER_URL);

/** T8: a decision is due within 90 days of a complete file (long-term: up to 180 days reported). */
export const decisionTime: Rule = {
  id: 'decision-time',
  rulebookIds: ['T8'],
  sources: [SOURCE],
  messageKeys: ['decision-time.ninetyDays', 'decision-time.longTerm'],
  evaluate(facts) {
    if (!facts.applicationKind) return [];
    return [
      {
        ruleId: 'decision-time',
        severity: 'info',
        messageKey: facts.permitType === 'long-term' ? 'decision-time.longTerm' : 'decision-time.ninetyDays',
        params: {},
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
