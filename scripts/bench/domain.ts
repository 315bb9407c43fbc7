import { checklist } from '../../src/domain/checklists';
import { evaluate } from '../../src/domain/evaluate';
import type { ApplicationFacts } from '../../src/domain/facts';
import { timeMedian } from './stats';

const d = (year: number, month: number, day: number): Date => new Date(year, month - 1, day);

/** A busy application: most rules have their inputs, so most of them do real work. */
const FACTS: ApplicationFacts = {
  applicationKind: 'extension',
  permitType: 'short-term',
  shortTermPurpose: 'tourism',
  currentPermitEnd: d(2027, 1, 10),
  requestedStart: d(2027, 1, 10),
  requestedEnd: d(2028, 1, 10),
  birthDate: d(1958, 6, 1),
  passportIssueDate: d(2020, 3, 1),
  passportExpiry: d(2028, 2, 1),
  insuranceType: 'private',
  insuranceStart: d(2027, 1, 10),
  insuranceEnd: d(2027, 12, 1),
};
const TODAY = d(2026, 11, 23);

export function benchDomain(): string[] {
  const rules = timeMedian(() => evaluate(FACTS, TODAY));
  const docs = timeMedian(() =>
    checklist('family', undefined, 'first', {
      birthDate: d(2012, 1, 1),
      today: TODAY,
      familyRole: 'child',
      parentAbroad: true,
    }),
  );
  return [
    `evaluate all rules, one application   ${(rules * 1000).toFixed(1)} µs (target < 200 µs)`,
    `build a checklist (family, first)     ${(docs * 1000).toFixed(1)} µs`,
  ];
}
