import type { MessageRef } from './messages';
import { MOBILE_PATTERN } from './text-rules';

/**
 * Friendly clean-ups applied to what a person types or a file brings, before strict
 * validation. Each returns the cleaned value and, when it changed something the user should
 * know about, a notice saying what it did. Nothing here hides bad content: anything that is still
 * wrong afterwards is refused by the schema with its own message.
 */
export interface Normalised {
  readonly value: string;
  readonly notice?: MessageRef;
}

/** Collapses runs of spaces and trims; names and free text are otherwise kept as typed. */
export function tidySpaces(value: string): string {
  return value.replace(/[ \t]+/g, ' ').trim();
}

/**
 * Turkish mobile numbers: accepts `0532 123 45 67`, `+90 (532) 123-45-67`, `0090…` and returns
 * the 10 digits e-İkamet's masked box wants (`5321234567`).
 */
export function normaliseMobile(input: string): Normalised {
  const trimmed = input.trim();
  const digits = trimmed.replace(/[\s().-]/g, '');
  let candidate = digits;
  if (/^\+90\d{10}$/.test(candidate)) candidate = candidate.slice(3);
  else if (/^0090\d{10}$/.test(candidate)) candidate = candidate.slice(4);
  else if (/^90\d{10}$/.test(candidate)) candidate = candidate.slice(2);
  else if (/^0\d{10}$/.test(candidate)) candidate = candidate.slice(1);
  if (!MOBILE_PATTERN.test(candidate)) return { value: trimmed };
  return candidate === trimmed
    ? { value: candidate }
    : { value: candidate, notice: { key: 'notice.mobile', params: { value: candidate } } };
}

/** Passport numbers are printed in capitals; `u12345678` becomes `U12345678`. Spaces stay (and are refused). */
export function normalisePassportNumber(input: string): Normalised {
  const trimmed = input.trim();
  // ASCII upper-casing on purpose: a passport number's `i` is always `I`, never Turkish `İ`.
  const upper = trimmed.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
  return upper === trimmed
    ? { value: upper }
    : { value: upper, notice: { key: 'notice.upperCased', params: { value: upper } } };
}

/** The card serial (up to 3 letters) is printed in capitals too. */
export function normaliseCardSerial(input: string): Normalised {
  const trimmed = input.trim();
  return { value: trimmed.replace(/[a-z]+/g, (letters) => letters.toUpperCase()) };
}

/** Foreigner ids are often written in groups (`99 123 456 789`); the form wants the 11 digits. */
export function normaliseDigits(input: string): Normalised {
  const trimmed = input.trim();
  const compact = trimmed.replace(/[\s.-]/g, '');
  return /^\d+$/.test(compact) ? { value: compact } : { value: trimmed };
}

const FIELD_NORMALISERS: Readonly<Record<string, (input: string) => Normalised>> = {
  mobile: normaliseMobile,
  passportNumber: normalisePassportNumber,
  permitCardSerial: normaliseCardSerial,
  foreignerId: normaliseDigits,
  permitCardNumber: normaliseDigits,
  email: (input) => ({ value: input.trim() }),
  notes: (input) => ({ value: input.replace(/\r\n?/g, '\n').trim() }),
};

/** Clean-up for one text field of a profile; unknown fields only get their spaces tidied. */
export function normaliseField(field: string, input: string): Normalised {
  // Own keys only: a file's "valueOf" or "constructor" field must not find Object.prototype's.
  const normaliser = Object.hasOwn(FIELD_NORMALISERS, field) ? FIELD_NORMALISERS[field] : undefined;
  return normaliser ? normaliser(input) : { value: tidySpaces(input) };
}
