import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 42–45', YUKK_URL, 'O*');
// YUKK 42(1): "…ya da Göç Politikaları Kurulunun belirlediği şartlara uyan yabancılara…"; the
// route's shorter list is in the goc lists (copy at aytekinavukatlik.com).
const BOARD_SOURCE = ruleSource(
  'YUKK 42(1) (Migration Policy Board conditions); goc document list (copy at aytekinavukatlik.com)',
  YUKK_URL,
  'O*',
  'https://aytekinavukatlik.com/yabancilar-icin-uzun-donem-ikamet-izni/',
);

const CONDITION_KEYS = [
  'long-term-conditions.eightYears', // L1
  'long-term-conditions.noSocialAssistance', // L2
  'long-term-conditions.incomeInsuranceOrder', // L3
  'long-term-conditions.excludedStatuses', // L4
  'long-term-conditions.timeAbroad', // L5
] as const;

/**
 * L1–L5 as information: the facts do not hold the permit history, assistance or status needed
 * to compute them, so the applicant is told what will be checked. On the Migration Policy Board
 * route (YUKK 42) the 8 years do not apply and a shorter document list is asked.
 */
export const longTermConditions: Rule = {
  id: 'long-term-conditions',
  rulebookIds: ['L1', 'L2', 'L3', 'L4', 'L5'],
  sources: [SOURCE, BOARD_SOURCE],
  messageKeys: [...CONDITION_KEYS, 'long-term-conditions.policyBoardRoute'],
  evaluate(facts) {
    if (facts.permitType !== 'long-term' || facts.applicationKind === 'extension') return [];
    if (facts.longTermRoute === 'policy-board') {
      return [
        {
          ruleId: 'long-term-conditions',
          severity: 'info',
          messageKey: 'long-term-conditions.policyBoardRoute',
          params: {},
          fields: [],
          source: BOARD_SOURCE,
        },
        ...CONDITION_KEYS.filter(
          (key) =>
            key === 'long-term-conditions.excludedStatuses' || key === 'long-term-conditions.timeAbroad',
        ).map(
          (messageKey): Finding => ({
            ruleId: 'long-term-conditions',
            severity: 'info',
            messageKey,
            params: {},
            fields: [],
            source: SOURCE,
          }),
        ),
      ];
    }
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
