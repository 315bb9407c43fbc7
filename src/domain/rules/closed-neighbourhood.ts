import { movedToAnotherProvince } from './support/move';
import type { Rule } from './support/rule';
import { GOC_URL, ruleSource } from './support/sources';

// The closures are Ministry decisions announced on goc.gov.tr ("Mahalle Kapatma Duyurusu", with
// the list attached); the assistant has no dated copy of that list, so it never says whether a
// neighbourhood is open or closed: it says where to check. Known through news reports: C/U.
const SOURCE = ruleSource(
  'goc.gov.tr announcement "Mahalle Kapatma Duyurusu" (1,169 neighbourhoods closed from 01.07.2022; later changes by province), known through news reports; the current list was not read',
  GOC_URL,
  'C/U',
);

/**
 * A1: neighbourhoods closed to new foreign residents. First applications, transfers and moves to
 * another province are not registered at an address there (newborns and nuclear-family
 * reunification excepted). Shown at the address step as information: no list is shipped, so
 * the person checks the official list.
 */
export const closedNeighbourhood: Rule = {
  id: 'closed-neighbourhood',
  rulebookIds: ['A1'],
  sources: [SOURCE],
  messageKeys: ['closed-neighbourhood.checkOfficialList'],
  severityNotes: [
    'Information only, at the address fields: the assistant ships no copy of the list of closed neighbourhoods, so it cannot tell whether the chosen one is open or closed, and it never says "open".',
  ],
  evaluate(facts) {
    const newAddress =
      facts.applicationKind === 'first' ||
      facts.applicationKind === 'transfer' ||
      movedToAnotherProvince(facts) === true;
    if (!newAddress) return [];
    return [
      {
        ruleId: 'closed-neighbourhood',
        severity: 'info',
        messageKey: 'closed-neighbourhood.checkOfficialList',
        params: {},
        fields: ['neighbourhood'],
        source: SOURCE,
      },
    ];
  },
};
