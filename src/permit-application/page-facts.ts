/**
 * ApplicationFacts from what the pages of this application showed (`ApplicationSession`):
 * dates through the strict dd.MM.yyyy parser, list choices through `option-match.ts`. A value
 * that is empty, half typed or not understood is simply not a fact; the rules then stay quiet
 * about it rather than guess. A choice printed as text (the current permit's type, a recap)
 * has no separate code: its value is its text.
 */
import { trDateOrNull } from '../domain/dates';
import type { ApplicationFacts } from '../domain/facts';
import type { ApplicationKind } from '../domain/permits';
import { type ChosenOption, insuranceTypeOf, permitTypeOf, purposeOf } from './option-match';
import type { SessionField, SessionValue, SessionValues } from './session';

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

/** @param pageLanguage the language of the pages the values were read from. */
export function factsFromSession(
  values: SessionValues,
  kind: ApplicationKind | null,
  pageLanguage?: 'tr' | 'en',
): ApplicationFacts {
  const facts: Mutable<ApplicationFacts> = {};
  if (kind) facts.applicationKind = kind;
  if (pageLanguage) facts.pageLanguage = pageLanguage;
  for (const [field, fact] of Object.entries(DATE_FACTS) as [SessionField, keyof typeof DATE_FACTS][]) {
    const text = values[field]?.value.trim();
    const date = text ? trDateOrNull(text) : null;
    if (date) facts[fact] = date;
  }
  // An extension keeps the permit's type: until the user picks one, the current type stands.
  const permitType =
    permitTypeOf(shown(values.permitType)) ??
    (kind === 'extension' ? permitTypeOf(shown(values.currentPermitType)) : undefined);
  if (permitType) facts.permitType = permitType;
  // A purpose is a fact only for short-term permits; other types' purposes are not in the catalogue.
  const purpose = permitType === 'short-term' ? purposeOf(shown(values.permitPurpose)) : undefined;
  if (purpose) facts.shortTermPurpose = purpose;
  const insuranceType = insuranceTypeOf(shown(values.insuranceType));
  if (insuranceType) facts.insuranceType = insuranceType;
  const insuranceText = shown(values.insuranceType)?.text?.trim();
  if (insuranceType && insuranceText) facts.insuranceTypeText = insuranceText.slice(0, 200);
  const provinceChange = yesNo(values.changeProvince);
  if (provinceChange !== undefined) facts.provinceChange = provinceChange;
  return facts;
}

/**
 * The entry page's yes / no list (`uzatmaIlDegistir`: code 1 = yes, 0 = no; the text may come
 * back in either language). Anything else, the placeholder included, is not an answer.
 */
function yesNo(value: SessionValue | undefined): boolean | undefined {
  if (!value) return undefined;
  const code = value.value.trim();
  const text = (value.text ?? '').trim().toLocaleLowerCase('tr-TR');
  if (code === '1' || text === 'evet' || text === 'yes') return true;
  if (code === '0' || text === 'hayır' || text === 'hayir' || text === 'no') return false;
  return undefined;
}

/** A list value without a separate shown text (printed on the page as text) reads as its text. */
function shown(value: SessionValue | undefined): ChosenOption | undefined {
  if (!value || value.text !== undefined) return value;
  return { value: value.value, text: value.value };
}
