import type { FieldKey } from '../contracts/field-keys';
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

/** The name fields of a profile, as the passport prints them. */
export const NAME_FIELDS = ['givenName', 'surname', 'previousSurname', 'fatherName', 'motherName'] as const;

/**
 * How a passport upper-cases its names. `turkic`: the Turkish and Azerbaijani Latin alphabets,
 * where i and ı are two letters (i → İ, ı → I). `latin`: every other Latin-script passport, where
 * i → I and a dotted capital İ never appears.
 */
export type NameAlphabet = 'turkic' | 'latin';

/**
 * Letters found only in Latin alphabets that pair a dotted and a dotless i (Turkish, Azerbaijani
 * and other Turkic languages): ı, İ, ə, ğ. Letters such as ç, ö, ü or ş are not evidence: French,
 * German and Romanian names use them too.
 */
const TURKIC_LETTERS = /[ıİəƏğĞ]/u;

/**
 * The alphabet of a person's names: what the person said, else Turkic only when a name itself
 * contains a Turkic letter. Nationality is not used: a Turkish citizen's foreign name and a
 * foreigner's Turkish name both exist.
 */
export function nameAlphabet(names: readonly (string | undefined)[], saidTurkic?: boolean): NameAlphabet {
  if (saidTurkic !== undefined) return saidTurkic ? 'turkic' : 'latin';
  return names.some((name) => name !== undefined && TURKIC_LETTERS.test(name)) ? 'turkic' : 'latin';
}

/** The alphabet of a profile's names (the situation answer `namesInTurkicAlphabet` decides when given). */
export function profileNameAlphabet(
  profile: Pick<Profile, (typeof NAME_FIELDS)[number] | 'situation'>,
): NameAlphabet {
  return nameAlphabet(
    NAME_FIELDS.map((key) => profile[key]),
    profile.situation?.namesInTurkicAlphabet,
  );
}

/**
 * Capitals as the passport prints them. `turkic`: i → İ, ı → I. `latin`: i → I, and ß is kept
 * (German passports print "STRAUß"; only the machine-readable zone spells it SS).
 */
export function passportUpperCase(text: string, alphabet: NameAlphabet): string {
  if (alphabet === 'turkic') return text.toLocaleUpperCase('tr-TR');
  return text
    .split('ß')
    .map((part) => part.toLocaleUpperCase('en-US'))
    .join('ß');
}

/** Turkish capitals: i → İ and ı → I. Kept for callers that know the name is Turkic. */
export function turkishUpperCase(text: string): string {
  return passportUpperCase(text, 'turkic');
}

/** The first two letters of a name, as the extension entry page asks ("Adınızın ilk iki harfi"). */
export function nameInitials(name: string, alphabet: NameAlphabet = 'latin'): string {
  const letters = [...name.normalize('NFC').replace(/[^\p{L}]/gu, '')];
  return passportUpperCase(letters.slice(0, 2).join(''), alphabet);
}

/**
 * Page-ready values for the fill engine, keyed by FieldKey. Dates are `dd.MM.yyyy`, the mobile
 * number the 10 digits of the masked box, names in the capitals of the passport's own alphabet
 * (`passportUpperCase`), and list fields their codes (`contracts/codes.ts`,
 * `domain/permits.ts`): the fill engine maps codes to the page's option texts. Unknown fields
 * are absent; derived fields (name initials) are added.
 */
export function profileFieldValues(profile: Profile): Partial<Record<FieldKey, string>> {
  const alphabet = profileNameAlphabet(profile);
  const values: Partial<Record<FieldKey, string>> = {};
  for (const key of PROFILE_FIELD_KEYS) {
    const value = profile[key];
    if (value === undefined) continue;
    values[key] = UPPER_CASE_FIELDS.has(key) ? passportUpperCase(value, alphabet) : value;
  }
  if (profile.givenName) values.givenNameInitials = nameInitials(profile.givenName, alphabet);
  if (profile.surname) values.surnameInitials = nameInitials(profile.surname, alphabet);
  return values;
}
