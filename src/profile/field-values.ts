import type { FieldKey } from '../page/field-keys';
import { PROFILE_FIELD_KEYS, type Profile } from './schema';

/** Name fields e-İkamet shows and prints in capitals (`text-box-uppercase` on the entry pages). */
export const UPPER_CASE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'givenName',
  'surname',
  'previousSurname',
  'fatherName',
  'motherName',
  'givenNameInitials',
  'surnameInitials',
]);

/**
 * Turkish capitals: i → İ and ı → I. A passport's `I` is typed as `I` (or `ı`) and stays `I`;
 * a lowercase Latin `i` becomes the dotted `İ`, which is what the Turkish form does too.
 */
export function turkishUpperCase(text: string): string {
  return text.toLocaleUpperCase('tr-TR');
}

/** The first two letters of a name, as the extension entry page asks ("Adınızın ilk iki harfi"). */
export function nameInitials(name: string): string {
  const letters = [...name.replace(/[^\p{L}]/gu, '')];
  return turkishUpperCase(letters.slice(0, 2).join(''));
}

/**
 * Page-ready values for the fill engine, keyed by FieldKey. Dates are `dd.MM.yyyy`, the mobile
 * number the 10 digits of the masked box, names in Turkish capitals, and list fields their codes
 * (`codes.ts`, `domain/permits.ts`): the fill engine maps codes to the page's option texts.
 * Unknown fields are absent; derived fields (name initials) are added.
 */
export function profileFieldValues(profile: Profile): Partial<Record<FieldKey, string>> {
  const values: Partial<Record<FieldKey, string>> = {};
  for (const key of PROFILE_FIELD_KEYS) {
    const value = profile[key];
    if (value === undefined) continue;
    values[key] = UPPER_CASE_FIELDS.has(key) ? turkishUpperCase(value) : value;
  }
  if (profile.givenName) values.givenNameInitials = nameInitials(profile.givenName);
  if (profile.surname) values.surnameInitials = nameInitials(profile.surname);
  return values;
}
