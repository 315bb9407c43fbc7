import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 19(1)', YUKK_URL, 'O*');

/** T10: a permit not used within 6 months lapses. */
export const permitLapse: Rule = {
  id: 'permit-lapse',
  rulebookIds: ['T10'],
  sources: [SOURCE],
  messageKeys: ['permit-lapse.sixMonths'],
  evaluate(facts) {
    if (!facts.applicationKind) return [];
    return [
      {
        ruleId: 'permit-lapse',
        severity: 'info',
        messageKey: 'permit-lapse.sixMonths',
        params: {},
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
