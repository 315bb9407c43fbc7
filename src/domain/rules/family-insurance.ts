import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 35(1)(c); AÇK', YUKK_URL, 'O*');

/** I4: for a family permit, the supporter's insurance must cover every family member. */
export const familyInsurance: Rule = {
  id: 'family-insurance',
  rulebookIds: ['I4'],
  sources: [SOURCE],
  messageKeys: ['family-insurance.notAllMembers'],
  evaluate(facts) {
    if (facts.permitType !== 'family' || facts.supporter?.insuranceCoversAllMembers !== false) return [];
    return [
      {
        ruleId: 'family-insurance',
        severity: 'error',
        messageKey: 'family-insurance.notAllMembers',
        params: {},
        fields: ['insuranceType'],
        source: SOURCE,
      },
    ];
  },
};
