import type { Rule } from './support/rule';
import { ruleSource, YUKK_URL } from './support/sources';

const SOURCE = ruleSource('YUKK 31(3)', YUKK_URL, 'O');

export const MAX_TURKISH_COURSE_PERMITS = 2;

/** D3: a Turkish-course permit (purpose h) is granted at most twice in total. */
export const turkishCourseLimit: Rule = {
  id: 'turkish-course-limit',
  rulebookIds: ['D3'],
  sources: [SOURCE],
  messageKeys: ['turkish-course-limit.reached'],
  evaluate(facts) {
    const previous = facts.previousTurkishCoursePermits;
    if (facts.shortTermPurpose !== 'turkish-course' || previous === undefined) return [];
    if (previous < MAX_TURKISH_COURSE_PERMITS) return [];
    return [
      {
        ruleId: 'turkish-course-limit',
        severity: 'error',
        messageKey: 'turkish-course-limit.reached',
        params: { previousPermits: previous, maxPermits: MAX_TURKISH_COURSE_PERMITS },
        fields: ['permitPurpose'],
        source: SOURCE,
      },
    ];
  },
};
