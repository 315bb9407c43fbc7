import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

// YUKK 27(1): a valid work permit counts as a residence permit; repeated by consultancy texts.
const SOURCE = ruleSource('YUKK 27(1): a valid work permit counts as a residence permit', YUKK_URL, 'O*');

/**
 * Said at the start of a first application: a valid work permit already counts as a residence
 * permit. Silent once the person has said they hold none.
 */
export const workPermit: Rule = {
  id: 'work-permit',
  rulebookIds: ['W1'],
  sources: [SOURCE],
  messageKeys: ['work-permit.mayNotNeed', 'work-permit.notNeeded'],
  severityNotes: ['Information only: holding a work permit makes this application unnecessary, not invalid.'],
  evaluate(facts) {
    if (facts.applicationKind !== 'first' || facts.holdsWorkPermit === false) return [];
    return [
      {
        ruleId: 'work-permit',
        severity: 'info',
        messageKey: facts.holdsWorkPermit ? 'work-permit.notNeeded' : 'work-permit.mayNotNeed',
        params: {},
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
