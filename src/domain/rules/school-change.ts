import { workingDayNotice } from './support/deadline';
import type { Rule } from './support/rule';
import { GOC_URL, ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'Consultancy FAQ (Online İkamet Randevu Danışmanlık): a change of faculty, department or school in the same province keeps the permit if notified to the provincial directorate within 20 working days; gantep.edu.tr notice',
  GOC_URL,
  'C',
);

export const SCHOOL_CHANGE_WORKING_DAYS = 20;

/** N5: a student's change of school, faculty or department is notified within 20 working days. */
export const schoolChange: Rule = {
  id: 'school-change',
  rulebookIds: ['N5'],
  sources: [SOURCE],
  messageKeys: [
    'school-change.deadline',
    'school-change.overdue',
    'calendar.outOfRange',
    'calendar.halfDayDeadline',
  ],
  severityNotes: [
    'Information, or a warning once the 20 working days have passed: the source is a consultancy FAQ.',
  ],
  evaluate(facts, today) {
    if (facts.permitType !== 'student' || !facts.schoolChangeDate) return [];
    return workingDayNotice(
      { ruleId: 'school-change', source: SOURCE, fields: [] },
      facts.schoolChangeDate,
      SCHOOL_CHANGE_WORKING_DAYS,
      today,
      { open: 'school-change.deadline', overdue: 'school-change.overdue' },
    );
  },
};
