import type { MessageRef } from '../messages';
import { APPLICATION_NUMBER_PATTERN, FOREIGNER_ID_PATTERN, PASSPORT_NUMBER_PATTERN } from '../text-rules';
import { trDateProblem } from '../tr-date';

/**
 * The application certificate (müracaat / kayıt belgesi) as typed or pasted by a consultant:
 * one "Label: value" per line, with the Turkish or English labels of the printed form. Only
 * the fields below are read; every value is validated, and a bad value refuses the whole text
 * with a message naming the label, so nothing half-read reaches a profile.
 */
export const CERTIFICATE_FIELDS = [
  'applicationNumber',
  'passportNumber',
  'foreignerId',
  'surname',
  'givenName',
  'birthDate',
  'passportExpiry',
  'applicationDate',
  'appointmentDate',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];
export type CertificateData = Partial<Record<CertificateField, string>>;

export type CertificateResult =
  | { readonly ok: true; readonly data: CertificateData; readonly unrecognisedLines: number }
  | { readonly ok: false; readonly error: MessageRef };

/** Labels as they are printed (TR / EN), written without diacritics; matching restores them. */
const LABELS: Readonly<Record<CertificateField, readonly string[]>> = {
  applicationNumber: [
    'basvuru no',
    'basvuru numarasi',
    'kayit no',
    'kayit numarasi',
    'application no',
    'application number',
    'registration number',
  ],
  passportNumber: [
    'belge no',
    'pasaport no',
    'pasaport numarasi',
    'seyahat belgesi no',
    'number of document',
    'document no',
    'document number',
    'passport no',
    'passport number',
  ],
  foreignerId: [
    'yabanci kimlik no',
    'yabanci kimlik numarasi',
    'foreign identity number',
    'foreigner id number',
    'foreigner identity number',
  ],
  surname: ['soyadi', 'surname'],
  givenName: ['adi', 'given name', 'given names', 'name'],
  birthDate: ['dogum tarihi', 'date of birth', 'birth date'],
  passportExpiry: [
    'belge gecerlilik tarihi',
    'gecerlilik tarihi',
    'son gecerlilik tarihi',
    'pasaport gecerlilik tarihi',
    'date of expiry',
    'expiry date',
    'valid until',
  ],
  applicationDate: ['basvuru tarihi', 'application date', 'date of application'],
  appointmentDate: ['randevu tarihi', 'appointment date'],
};

const LETTER_CLASSES: Readonly<Record<string, string>> = {
  i: '[iİıI]',
  s: '[sşSŞ]',
  c: '[cçCÇ]',
  g: '[gğGĞ]',
  o: '[oöOÖ]',
  u: '[uüUÜ]',
};

function labelPattern(label: string): string {
  return [...label].map((char) => (char === ' ' ? '\\s+' : (LETTER_CLASSES[char] ?? char))).join('');
}

// Longest labels first, so "başvuru tarihi" is never read as "başvuru" + value.
const MATCHERS = CERTIFICATE_FIELDS.flatMap((field) => LABELS[field].map((label) => ({ field, label })))
  .sort((a, b) => b.label.length - a.label.length)
  .map(({ field, label }) => ({
    field,
    // A label ends at a separator (":", "/", "-", tab or space) or the end of the line.
    regex: new RegExp(`^\\s*(${labelPattern(label)})(?=\\s|:|/|-|–|$)`, 'i'),
  }));

/** "Belge No / Number of Document: X" → the value after both labels and their separators. */
function splitLabel(line: string): { field: CertificateField; label: string; rest: string } | undefined {
  for (const { field, regex } of MATCHERS) {
    const match = regex.exec(line);
    if (!match) continue;
    let rest = line.slice(match[0].length);
    const second = /^\s*\/\s*/.exec(rest);
    if (second) {
      const after = rest.slice(second[0].length);
      const other = MATCHERS.find((matcher) => matcher.field === field && matcher.regex.test(after));
      const otherMatch = other?.regex.exec(after);
      if (otherMatch) rest = after.slice(otherMatch[0].length);
    }
    return { field, label: (match[1] ?? '').trim(), rest: rest.replace(/^\s*[:：\-–]?\s*/, '').trim() };
  }
  return undefined;
}

const pad = (text: string) => text.padStart(2, '0');

/** d.m.yyyy or dd.MM.yyyy (also with / or -), optionally followed by a time; → dd.MM.yyyy. */
function readDate(value: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s+\d{1,2}[:.]\d{2})?$/.exec(value);
  if (!match) return undefined;
  const text = `${pad(match[1] ?? '')}.${pad(match[2] ?? '')}.${match[3]}`;
  return trDateProblem(text) === undefined ? text : undefined;
}

const NAME = /^[\p{Script=Latin}\p{M} '’.-]+$/u;

function readValue(field: CertificateField, value: string): string | undefined {
  switch (field) {
    case 'applicationNumber': {
      const compact = value.replace(/\s+/g, '');
      return APPLICATION_NUMBER_PATTERN.test(compact) ? compact : undefined;
    }
    case 'passportNumber': {
      const compact = value.replace(/\s+/g, '').toUpperCase();
      return PASSPORT_NUMBER_PATTERN.test(compact) ? compact : undefined;
    }
    case 'foreignerId': {
      const compact = value.replace(/\s+/g, '');
      return FOREIGNER_ID_PATTERN.test(compact) ? compact : undefined;
    }
    case 'surname':
    case 'givenName':
      return NAME.test(value) && /\p{L}/u.test(value) ? value.replace(/\s+/g, ' ') : undefined;
    default:
      return readDate(value);
  }
}

const ERROR_KEYS: Readonly<Record<CertificateField, string>> = {
  applicationNumber: 'import.certificate.applicationNumber',
  passportNumber: 'import.certificate.passportNumber',
  foreignerId: 'import.certificate.foreignerId',
  surname: 'import.certificate.name',
  givenName: 'import.certificate.name',
  birthDate: 'import.certificate.date',
  passportExpiry: 'import.certificate.date',
  applicationDate: 'import.certificate.date',
  appointmentDate: 'import.certificate.date',
};

export function parseCertificate(input: string): CertificateResult {
  const data: CertificateData = {};
  let unrecognisedLines = 0;
  for (const line of input.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue;
    const split = splitLabel(line);
    if (!split) {
      unrecognisedLines += 1;
      continue;
    }
    if (split.rest === '') {
      return { ok: false, error: { key: 'import.certificate.missingValue', params: { label: split.label } } };
    }
    const value = readValue(split.field, split.rest);
    if (value === undefined) {
      return {
        ok: false,
        error: {
          key: ERROR_KEYS[split.field],
          params: { label: split.label, value: split.rest.slice(0, 40) },
        },
      };
    }
    const earlier = data[split.field];
    if (earlier !== undefined && earlier !== value) {
      return { ok: false, error: { key: 'import.certificate.conflict', params: { label: split.label } } };
    }
    data[split.field] = value;
  }
  if (Object.keys(data).length === 0) return { ok: false, error: { key: 'import.certificate.nothing' } };
  return { ok: true, data, unrecognisedLines };
}
