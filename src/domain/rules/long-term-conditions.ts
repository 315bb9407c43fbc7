import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 42–45', YUKK_URL, 'O*');

const CONDITION_KEYS = [
  'long-term-conditions.eightYears', // L1
  'long-term-conditions.noSocialAssistance', // L2
  'long-term-conditions.incomeInsuranceOrder', // L3
  'long-term-conditions.excludedStatuses', // L4
  'long-term-conditions.timeAbroad', // L5
] as const;

/**
 * L1–L5 as information: the facts do not hold the permit history, assistance or status needed
 * to compute them, so the applicant is told what will be checked.
 */
export const longTermConditions: Rule = {
  id: 'long-term-conditions',
  rulebookIds: ['L1', 'L2', 'L3', 'L4', 'L5'],
  sources: [SOURCE],
  messageKeys: CONDITION_KEYS,
  evaluate(facts) {
    if (facts.permitType !== 'long-term' || facts.applicationKind === 'extension') return [];
    return CONDITION_KEYS.map(
      (messageKey): Finding => ({
        ruleId: 'long-term-conditions',
        severity: 'info',
        messageKey,
        params: {},
        fields: [],
        source: SOURCE,
      }),
    );
  },
};
