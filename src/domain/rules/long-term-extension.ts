import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 42; goc lists (aytekinavukatlik copy)', YUKK_URL, 'O*');

/** D10: a long-term permit is indefinite, so it is never extended. */
export const longTermExtension: Rule = {
  id: 'long-term-extension',
  rulebookIds: ['D10'],
  sources: [SOURCE],
  messageKeys: ['long-term-extension.notPossible'],
  evaluate(facts) {
    if (facts.permitType !== 'long-term' || facts.applicationKind !== 'extension') return [];
    return [
      {
        ruleId: 'long-term-extension',
        severity: 'error',
        messageKey: 'long-term-extension.notPossible',
        params: {},
        fields: ['permitType'],
        source: SOURCE,
      },
    ];
  },
};
