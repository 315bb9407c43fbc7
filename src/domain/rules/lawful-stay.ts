import { addDays, max } from 'date-fns';
import type { FieldKey } from '../../contracts/field-keys';
import { calendarDaysBetween, formatTrDate } from '../dates';
import { LATE_GRACE_DAYS } from './extension-window';
import type { Rule } from './support/rule';
import { REGULATION_21_COPY_URL, REGULATION_URL, ruleSource, YIMER_URL, YUKK_URL } from './support/sources';

const LAWFUL_STAY_SOURCE = ruleSource('YUKK 11(1); YİMER home page', YUKK_URL, 'O', YIMER_URL);
// Yön. 21(2): "İkamet izni süresini, vize süresini veya vize muafiyetini on güne kadar aşmış
// olanların başvuruları da alınır. Yabancının içinde bulunduğu durum ve idari ihtiyaçlar yönünden
// gerekli olduğunda on günlük süre koşuluna bağlı kalınmaz." Read in a copy (df.tips).
const LATE_SOURCE = ruleSource(
  "Yön. 21(2): applications up to ten days after the visa, visa exemption or permit ended are also received; where the foreigner's situation and administrative needs require it, the ten-day condition is not applied, under procedures set by the Directorate General",
  REGULATION_URL,
  'O*',
  REGULATION_21_COPY_URL,
);

/**
 * T1 with T2 (docs/sources.md#how-rules-combine): a first application is made while the stay
 * is lawful. Up to 10 days late it is still received (Yön. 21(2)), a warning; later the
 * regulation receives it only where the foreigner's situation and administrative needs require
 * it, an error. A still-valid earlier permit also makes the stay lawful.
 */
export const lawfulStay: Rule = {
  id: 'lawful-stay',
  rulebookIds: ['T1', 'T2'],
  sources: [LAWFUL_STAY_SOURCE, LATE_SOURCE],
  messageKeys: ['lawful-stay.applyBy', 'lawful-stay.late', 'lawful-stay.ended'],
  severityNotes: [
    'Up to 10 days late is a warning, not an error: Yön. 21(2) says such applications "are also received" (başvuruları da alınır), so the application is not refused for lateness; the person has still overstayed, and a penalty fee is reportedly charged.',
    "More than 10 days late is an error: under Yön. 21(2) applications are made before the lawful period ends and received up to ten days after it; beyond that the ten-day condition is set aside only where the foreigner's situation and administrative needs require it, under procedures of the Directorate General. That is the administration's assessment, not something the applicant can establish on the form, so the message says exactly this and points to the directorate.",
  ],
  evaluate(facts, today) {
    if (facts.applicationKind !== 'first') return [];
    const ends = [facts.lawfulStayEnd, facts.currentPermitEnd].filter((date) => date !== undefined);
    if (ends.length === 0) return [];
    const end = max(ends);
    const fields: FieldKey[] =
      facts.currentPermitEnd && calendarDaysBetween(facts.currentPermitEnd, end) === 0
        ? ['currentPermitEnd']
        : [];
    const lawfulStayEnd = formatTrDate(end);
    const daysLate = calendarDaysBetween(today, end);

    if (daysLate <= 0) {
      return [
        {
          ruleId: 'lawful-stay',
          severity: 'info',
          messageKey: 'lawful-stay.applyBy',
          params: { lawfulStayEnd, daysLeft: calendarDaysBetween(end, today) },
          fields,
          source: LAWFUL_STAY_SOURCE,
        },
      ];
    }
    if (daysLate <= LATE_GRACE_DAYS) {
      return [
        {
          ruleId: 'lawful-stay',
          severity: 'warning',
          messageKey: 'lawful-stay.late',
          params: { lawfulStayEnd, daysLate, lastReceivedDay: formatTrDate(addDays(end, LATE_GRACE_DAYS)) },
          fields,
          source: LATE_SOURCE,
        },
      ];
    }
    return [
      {
        ruleId: 'lawful-stay',
        severity: 'error',
        messageKey: 'lawful-stay.ended',
        params: { lawfulStayEnd, daysLate },
        fields,
        source: LATE_SOURCE,
      },
    ];
  },
};
