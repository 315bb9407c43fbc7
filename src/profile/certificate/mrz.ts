import type { MessageRef } from '../messages';
import { countryFromMrz } from './country-alpha3';

/**
 * Machine-readable zone of a passport (TD3: 2 lines of 44) or an ID card (TD1: 3 lines of 30),
 * ICAO Doc 9303 parts 4 and 5. Every check digit is verified; a wrong one is refused with a
 * message naming the field, because a mistyped passport number or date is exactly what the
 * check digits exist to catch. Nothing is guessed: unknown country codes are reported.
 */
export type MrzFormat = 'TD3' | 'TD1';
export type MrzField = 'documentNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite';

export interface MrzData {
  readonly format: MrzFormat;
  readonly documentCode: string;
  /** Raw issuing-state and nationality codes, and their alpha-2 codes when they name a country. */
  readonly issuingStateCode: string;
  readonly issuingState?: string;
  readonly nationalityCode: string;
  readonly nationality?: string;
  readonly surname: string;
  readonly givenNames: string;
  readonly documentNumber: string;
  /** dd.MM.yyyy */
  readonly birthDate: string;
  readonly expiryDate: string;
  readonly sex?: 'male' | 'female';
}

export type MrzResult =
  | { readonly ok: true; readonly data: MrzData; readonly notices: readonly MessageRef[] }
  | { readonly ok: false; readonly error: MessageRef };

const CHECK_DIGIT_ERRORS: Readonly<Record<MrzField, string>> = {
  documentNumber: 'import.mrz.checkDigit.documentNumber',
  birthDate: 'import.mrz.checkDigit.birthDate',
  expiryDate: 'import.mrz.checkDigit.expiryDate',
  personalNumber: 'import.mrz.checkDigit.personalNumber',
  composite: 'import.mrz.checkDigit.composite',
};
const DATE_ERRORS = { birthDate: 'import.mrz.date.birthDate', expiryDate: 'import.mrz.date.expiryDate' };

const WEIGHTS = [7, 3, 1] as const;

function characterValue(char: string): number {
  if (char === '<') return 0;
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48; // 0–9
  return code - 55; // A=10 … Z=35
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeated; '<' counts 0; letters A=10 … Z=35. */
export function checkDigit(text: string): number {
  let sum = 0;
  for (let index = 0; index < text.length; index += 1) {
    sum += characterValue(text.charAt(index)) * (WEIGHTS[index % 3] ?? 1);
  }
  return sum % 10;
}

class MrzError extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.key);
  }
}

function verify(field: MrzField, data: string, digit: string): void {
  // An empty optional personal number may carry '<' as its check digit (9303 part 4, 4.2.2.2).
  if (digit === '<' && field === 'personalNumber' && /^<*$/.test(data)) return;
  if (!/^\d$/.test(digit) || checkDigit(data) !== Number(digit)) {
    throw new MrzError({ key: CHECK_DIGIT_ERRORS[field] });
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/**
 * YYMMDD to dd.MM.yyyy. A birth year later than this year's two digits is in the 1900s; an
 * expiry is always in the 2000s (passports are valid for at most 10 years).
 */
function mrzDate(field: 'birthDate' | 'expiryDate', text: string, today: Date): string {
  if (!/^\d{6}$/.test(text)) throw new MrzError({ key: DATE_ERRORS[field] });
  const yy = Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  const currentYy = today.getFullYear() % 100;
  const year = field === 'birthDate' ? (yy > currentYy ? 1900 + yy : 2000 + yy) : 2000 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new MrzError({ key: DATE_ERRORS[field] });
  }
  return `${pad(day)}.${pad(month)}.${year}`;
}

function names(field: string): { surname: string; givenNames: string } {
  const [surnamePart = '', ...rest] = field.split('<<');
  const clean = (text: string) => text.replace(/</g, ' ').replace(/\s+/g, ' ').trim();
  const surname = clean(surnamePart);
  const givenNames = clean(rest.join(' '));
  if (surname === '' && givenNames === '') throw new MrzError({ key: 'import.mrz.name' });
  return { surname, givenNames };
}

function sexOf(char: string): 'male' | 'female' | undefined {
  return char === 'M' ? 'male' : char === 'F' ? 'female' : undefined;
}

/**
 * Splits pasted text into MRZ lines: blank lines and spaces inside a line are dropped (PDF and
 * OCR copies add them); one unbroken block of 88 or 90 characters is cut into lines.
 */
function mrzLines(input: string): string[] {
  const lines = input
    .toUpperCase()
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t]/g, ''))
    .filter((line) => line !== '');
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) {
    if (only.length === 88) return [only.slice(0, 44), only.slice(44)];
    if (only.length === 90) return [only.slice(0, 30), only.slice(30, 60), only.slice(60)];
  }
  return lines;
}

function checkCharacters(lines: readonly string[]): void {
  lines.forEach((line, lineIndex) => {
    const column = line.search(/[^A-Z0-9<]/);
    if (column >= 0) {
      throw new MrzError({
        key: 'import.mrz.character',
        params: { line: lineIndex + 1, column: column + 1, character: line.charAt(column) },
      });
    }
  });
}

function withCountries(data: Omit<MrzData, 'issuingState' | 'nationality'>): {
  data: MrzData;
  notices: MessageRef[];
} {
  const notices: MessageRef[] = [];
  const issuingState = countryFromMrz(data.issuingStateCode);
  const nationality = countryFromMrz(data.nationalityCode);
  if (nationality === undefined) {
    notices.push({
      key: 'import.mrz.nationalityUnknown',
      params: { code: data.nationalityCode.replace(/</g, '') },
    });
  }
  return {
    data: {
      ...data,
      ...(issuingState !== undefined ? { issuingState } : {}),
      ...(nationality !== undefined ? { nationality } : {}),
    },
    notices,
  };
}

function parseTd3([line1, line2]: readonly [string, string], today: Date): MrzResult {
  if (line1.charAt(0) !== 'P') throw new MrzError({ key: 'import.mrz.documentCode.td3' });
  const documentNumber = line2.slice(0, 9);
  verify('documentNumber', documentNumber, line2.charAt(9));
  verify('birthDate', line2.slice(13, 19), line2.charAt(19));
  verify('expiryDate', line2.slice(21, 27), line2.charAt(27));
  verify('personalNumber', line2.slice(28, 42), line2.charAt(42));
  verify('composite', line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43), line2.charAt(43));
  const { data, notices } = withCountries({
    format: 'TD3',
    documentCode: line1.slice(0, 2).replace(/</g, ''),
    issuingStateCode: line1.slice(2, 5),
    nationalityCode: line2.slice(10, 13),
    ...names(line1.slice(5)),
    documentNumber: documentNumber.replace(/</g, ''),
    birthDate: mrzDate('birthDate', line2.slice(13, 19), today),
    expiryDate: mrzDate('expiryDate', line2.slice(21, 27), today),
    ...(sexOf(line2.charAt(20)) ? { sex: sexOf(line2.charAt(20)) } : {}),
  });
  return { ok: true, data, notices };
}

/** TD1 document numbers longer than 9 characters continue in the optional data (9303 part 5). */
function td1DocumentNumber(line1: string): string {
  const digit = line1.charAt(14);
  if (digit !== '<') {
    verify('documentNumber', line1.slice(5, 14), digit);
    return line1.slice(5, 14).replace(/</g, '');
  }
  const overflow = /^([A-Z0-9]+)</.exec(line1.slice(15));
  const tail = overflow?.[1];
  if (tail === undefined || tail.length < 2) throw new MrzError({ key: CHECK_DIGIT_ERRORS.documentNumber });
  const number = line1.slice(5, 14) + tail.slice(0, -1);
  verify('documentNumber', number, tail.slice(-1));
  return number.replace(/</g, '');
}

function parseTd1([line1, line2, line3]: readonly [string, string, string], today: Date): MrzResult {
  if (!/^[ACI]/.test(line1)) throw new MrzError({ key: 'import.mrz.documentCode.td1' });
  const documentNumber = td1DocumentNumber(line1);
  verify('birthDate', line2.slice(0, 6), line2.charAt(6));
  verify('expiryDate', line2.slice(8, 14), line2.charAt(14));
  verify(
    'composite',
    line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29),
    line2.charAt(29),
  );
  const { data, notices } = withCountries({
    format: 'TD1',
    documentCode: line1.slice(0, 2).replace(/</g, ''),
    issuingStateCode: line1.slice(2, 5),
    nationalityCode: line2.slice(15, 18),
    ...names(line3),
    documentNumber,
    birthDate: mrzDate('birthDate', line2.slice(0, 6), today),
    expiryDate: mrzDate('expiryDate', line2.slice(8, 14), today),
    ...(sexOf(line2.charAt(7)) ? { sex: sexOf(line2.charAt(7)) } : {}),
  });
  return { ok: true, data, notices };
}

/** Parses a pasted MRZ. `today` decides the century of a two-digit birth year. */
export function parseMrz(input: string, today: Date): MrzResult {
  try {
    const lines = mrzLines(input);
    if (lines.length === 0) return { ok: false, error: { key: 'import.mrz.empty' } };
    checkCharacters(lines);
    const [a, b, c] = lines;
    if (lines.length === 2 && a?.length === 44 && b?.length === 44) return parseTd3([a, b], today);
    if (lines.length === 3 && a?.length === 30 && b?.length === 30 && c?.length === 30) {
      return parseTd1([a, b, c], today);
    }
    return {
      ok: false,
      error: {
        key: 'import.mrz.shape',
        params: { lines: lines.length, lengths: lines.map((line) => line.length).join(', ') },
      },
    };
  } catch (error) {
    if (error instanceof MrzError) return { ok: false, error: error.ref };
    throw error;
  }
}
