import { workingDayNotice } from './support/deadline';
import type { Rule } from './support/rule';
import { LAW_5490_URL, ruleSource } from './support/sources';

// Law 5490 is official (the fine for not declaring an address); that the 20 working days run
// from receiving the card is known from the goc guide as repeated by consultancy texts: informs.
const SOURCE = ruleSource(
  'Law 5490 art. 50 (address declaration; fine under art. 66); 20 working days after the permit is granted or the card received, per the goc guide as repeated by consultancy texts',
  LAW_5490_URL,
  'O*/C',
);

export const ADDRESS_REGISTRATION_WORKING_DAYS = 20;

/** Address registration (adres kaydı) at the population office within 20 working days of receiving the card. */
export const addressRegistration: Rule = {
  id: 'address-registration',
  rulebookIds: ['N6'],
  sources: [SOURCE],
  messageKeys: [
    'address-registration.deadline',
    'address-registration.overdue',
    'calendar.outOfRange',
    'calendar.halfDayDeadline',
  ],
  severityNotes: [
    'Information while the 20 working days run, a warning once they have passed: the start of the period (the card) is known from consultancy texts only, so it never blocks.',
  ],
  evaluate(facts, today) {
    if (!facts.cardReceivedDate) return [];
    return workingDayNotice(
      { ruleId: 'address-registration', source: SOURCE, fields: [] },
      facts.cardReceivedDate,
      ADDRESS_REGISTRATION_WORKING_DAYS,
      today,
      { open: 'address-registration.deadline', overdue: 'address-registration.overdue' },
    );
  },
};
