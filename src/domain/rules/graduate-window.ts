import { addDays, addMonths } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Finding } from '../findings';
import type { Rule } from './support/rule';
import { ruleSource, YUKK_31_TBMM_URL, YUKK_URL } from './support/sources';

const ONCE_SOURCE = ruleSource('YUKK 31(1)(i)', YUKK_URL, 'O');
// The 6-month window is in the text of 31(1)(i) itself ("mezuniyet tarihinden itibaren altı ay
// içinde müracaat edenler"), read on the parliament's legislation site.
const WINDOW_SOURCE = ruleSource(
  'YUKK 31(1)(i): "mezuniyet tarihinden itibaren altı ay içinde müracaat edenler"',
  YUKK_URL,
  'O',
  YUKK_31_TBMM_URL,
);
const UNIVERSITY_SOURCE = ruleSource(
  'gantep.edu.tr, erciyes.edu.tr, ticaret.edu.tr notices (new application within 10 days of graduation)',
  'https://www.gantep.edu.tr/',
  'C',
);

export const GRADUATE_WINDOW_MONTHS = 6;
export const UNIVERSITY_DEADLINE_DAYS = 10;

/** D4 (and D4b as information): graduate permit (purpose i) once, within 6 months of graduation. */
export const graduateWindow: Rule = {
  id: 'graduate-window',
  rulebookIds: ['D4', 'D4b'],
  sources: [ONCE_SOURCE, WINDOW_SOURCE, UNIVERSITY_SOURCE],
  messageKeys: ['graduate-window.usedBefore', 'graduate-window.late', 'graduate-window.deadlines'],
  evaluate(facts, today) {
    if (facts.shortTermPurpose !== 'graduate') return [];
    const findings: Finding[] = [];
    if (facts.graduatePermitUsedBefore === true) {
      findings.push({
        ruleId: 'graduate-window',
        severity: 'error',
        messageKey: 'graduate-window.usedBefore',
        params: {},
        fields: ['permitPurpose'],
        source: ONCE_SOURCE,
      });
    }
    const graduation = facts.graduationDate;
    if (!graduation) return findings;
    const windowEnd = addMonths(graduation, GRADUATE_WINDOW_MONTHS);
    const params = { graduationDate: formatTrDate(graduation), windowEnd: formatTrDate(windowEnd) };
    if (calendarDaysBetween(today, windowEnd) > 0) {
      findings.push({
        ruleId: 'graduate-window',
        severity: 'error',
        messageKey: 'graduate-window.late',
        params,
        fields: ['permitPurpose'],
        source: WINDOW_SOURCE,
      });
    } else {
      findings.push({
        ruleId: 'graduate-window',
        severity: 'info',
        messageKey: 'graduate-window.deadlines',
        params: { ...params, tenDayDeadline: formatTrDate(addDays(graduation, UNIVERSITY_DEADLINE_DAYS)) },
        fields: ['permitPurpose'],
        source: UNIVERSITY_SOURCE,
      });
    }
    return findings;
  },
};
