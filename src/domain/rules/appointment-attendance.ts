import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'YİMER; Adana provincial directorate, "İkamet izni başvuru bilgileri"',
  'https://adana.goc.gov.tr/tr/news/ikamet-izni-basvuru-bilgileri',
  'O',
);

/** T7: attend the appointment; missing documents get up to 30 days, then the file is closed. */
export const appointmentAttendance: Rule = {
  id: 'appointment-attendance',
  rulebookIds: ['T7'],
  sources: [SOURCE],
  messageKeys: ['appointment-attendance.attend'],
  evaluate(facts) {
    if (!facts.applicationKind) return [];
    return [
      {
        ruleId: 'appointment-attendance',
        severity: 'info',
        messageKey: 'appointment-attendance.attend',
        params: {},
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
