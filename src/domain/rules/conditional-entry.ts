import { addDays } from 'date-fns';
import { calendarDaysBetween, formatTrDate } from '../dates';
import type { Rule } from './support/rule';
import { ruleSource } from './support/sources';

const SOURCE = ruleSource(
  'Consultancy texts (Online İkamet Randevu Danışmanlık FAQ; 4m.com.tr; simplytr.com): after a conditional entry on a signed form, apply within 10 days',
  'https://www.4m.com.tr/4m-sss/180-gunde-90-gun-yasal-kalma-suresini-tamamlamis-yabancilar-yurt-disinda-kalmasi-gereken-sureyi-beklemeden-ikamet-izni-almak-sartiyla-turkiyeye-tekrar-giris-yapabilir-mi/',
  'C',
);

export const CONDITIONAL_ENTRY_DAYS = 10;

/** T12: after a conditional entry (90/180 days used up), the application is made within 10 days. */
export const conditionalEntry: Rule = {
  id: 'conditional-entry',
  rulebookIds: ['T12'],
  sources: [SOURCE],
  messageKeys: ['conditional-entry.applyBy', 'conditional-entry.late'],
  severityNotes: [
    'Information while the 10 days run, a warning after: the rule is known from consultancy texts only, so it never blocks.',
  ],
  evaluate(facts, today) {
    const entry = facts.conditionalEntryDate;
    if (!entry || facts.applicationKind === 'extension') return [];
    const deadline = addDays(entry, CONDITIONAL_ENTRY_DAYS);
    const late = calendarDaysBetween(today, deadline) > 0;
    return [
      {
        ruleId: 'conditional-entry',
        severity: late ? 'warning' : 'info',
        messageKey: late ? 'conditional-entry.late' : 'conditional-entry.applyBy',
        params: { entryDate: formatTrDate(entry), deadline: formatTrDate(deadline) },
        fields: [],
        source: SOURCE,
      },
    ];
  },
};
