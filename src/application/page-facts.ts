/**
 * ApplicationFacts from what the pages of this application showed (`ApplicationSession`):
 * dates through the strict dd.MM.yyyy parser, list choices through `option-match.ts`. A value
 * that is empty, half typed or not understood is simply not a fact; the rules then stay quiet
 * about it rather than guess.
 */
import { trDateOrNull } from '../domain/dates';
import type { ApplicationFacts } from '../domain/facts';
import type { ApplicationKind } from '../domain/permits';
import { insuranceTypeOf, permitTypeOf, purposeOf } from './option-match';
import type { SessionField, SessionValues } from './session';

const DATE_FACTS = {
  birthDate: 'birthDate',
  passportIssueDate: 'passportIssueDate',
  passportExpiry: 'passportExpiry',
  requestedStart: 'requestedStart',
  requestedEnd: 'requestedEnd',
  currentPermitEnd: 'currentPermitEnd',
  insuranceStart: 'insuranceStart',
  insuranceEnd: 'insuranceEnd',
} as const satisfies Partial<Record<SessionField, keyof ApplicationFacts>>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function factsFromSession(values: SessionValues, kind: ApplicationKind | null): ApplicationFacts {
  const facts: Mutable<ApplicationFacts> = {};
  if (kind) facts.applicationKind = kind;
  for (const [field, fact] of Object.entries(DATE_FACTS) as [SessionField, keyof typeof DATE_FACTS][]) {
    const text = values[field]?.value.trim();
    const date = text ? trDateOrNull(text) : null;
    if (date) facts[fact] = date;
  }
  const permitType = permitTypeOf(values.permitType);
  if (permitType) facts.permitType = permitType;
  // A purpose is a fact only for short-term permits; other types' purposes are not in the catalogue.
  const purpose = permitType === 'short-term' ? purposeOf(values.permitPurpose) : undefined;
  if (purpose) facts.shortTermPurpose = purpose;
  const insuranceType = insuranceTypeOf(values.insuranceType);
  if (insuranceType) facts.insuranceType = insuranceType;
  return facts;
}
