import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/contracts/codes';
import { ALPHA3_TO_ALPHA2 } from '../../../src/profile/certificate/country-alpha3';
import { checkDigit, parseMrz } from '../../../src/profile/certificate/mrz';

const TODAY = new Date(2026, 11, 5);

// ICAO Doc 9303 part 4 specimen (Utopia, a fictional state).
const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
// ICAO Doc 9303 part 5 specimen.
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
];
// Real country codes; check digits computed independently of the code under test.
const DEU = ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T478D<<6408125F3108011<<<<<<<<<<<<<<<2'];
const RUS = ['P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<', '7512345672RUS9001158M3303012<<<<<<<<<<<<<<<8'];

/** Replaces one character of a line (0-based column). */
function mutate(lines: readonly string[], line: number, column: number, char: string): string {
  return lines
    .map((text, index) => (index === line ? text.slice(0, column) + char + text.slice(column + 1) : text))
    .join('\n');
}

describe('ICAO 9303 check digits', () => {
  it.each([
    ['L898902C3', 6],
    ['740812', 2],
    ['120415', 9],
    ['ZE184226B<<<<<', 1],
    ['D23145890', 7],
    ['<<<<', 0],
  ])('%s → %i', (text, digit) => {
    expect(checkDigit(text)).toBe(digit);
  });
});

describe('parseMrz: passports (TD3)', () => {
  it('reads the ICAO specimen with every check digit verified', () => {
    const result = parseMrz(TD3.join('\n'), TODAY);
    expect(result).toMatchObject({
      ok: true,
      data: {
        format: 'TD3',
        documentCode: 'P',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        documentNumber: 'L898902C3',
        birthDate: '12.08.1974',
        expiryDate: '15.04.2012',
        sex: 'female',
        nationalityCode: 'UTO',
      },
    });
    // Utopia is no country: reported, not guessed.
    if (result.ok) {
      expect(result.data.nationality).toBeUndefined();
      expect(result.notices).toEqual([{ key: 'import.mrz.nationalityUnknown', params: { code: 'UTO' } }]);
    }
  });

  it('maps ICAO country codes, including D for Germany', () => {
    expect(parseMrz(DEU.join('\n'), TODAY)).toMatchObject({
      ok: true,
      data: {
        nationality: 'DE',
        issuingState: 'DE',
        surname: 'MUSTERMANN',
        givenNames: 'ERIKA',
        birthDate: '12.08.1964',
        expiryDate: '01.08.2031',
      },
      notices: [],
    });
    expect(parseMrz(RUS.join('\n'), TODAY)).toMatchObject({
      ok: true,
      data: {
        nationality: 'RU',
        sex: 'male',
        documentNumber: '751234567',
        birthDate: '15.01.1990',
        expiryDate: '01.03.2033',
      },
    });
  });

  it('accepts lower case, spaces inside lines, blank lines and one unbroken 88-character block', () => {
    expect(
      parseMrz(`\n ${TD3[0]?.toLowerCase()} \n\n ${TD3[1]?.replace('ZE184', 'ZE 184')}\n`, TODAY).ok,
    ).toBe(true);
    expect(parseMrz(TD3.join(''), TODAY).ok).toBe(true);
  });

  it.each([
    ['passport number', 1, 9, '7', 'import.mrz.checkDigit.documentNumber'],
    ['passport number itself', 1, 2, '0', 'import.mrz.checkDigit.documentNumber'],
    ['birth date', 1, 19, '3', 'import.mrz.checkDigit.birthDate'],
    ['birth date itself', 1, 14, '5', 'import.mrz.checkDigit.birthDate'],
    ['expiry date', 1, 27, '0', 'import.mrz.checkDigit.expiryDate'],
    ['personal number', 1, 42, '2', 'import.mrz.checkDigit.personalNumber'],
    [
      'composite (the sex letter is not covered, the nationality is not either)',
      1,
      43,
      '1',
      'import.mrz.checkDigit.composite',
    ],
  ])('refuses a wrong digit in the %s, naming the field', (_label, line, column, char, key) => {
    expect(parseMrz(mutate(TD3, line, column, char), TODAY)).toEqual({ ok: false, error: { key } });
  });

  it('refuses a check digit that is not a digit', () => {
    expect(parseMrz(mutate(TD3, 1, 9, 'X'), TODAY)).toEqual({
      ok: false,
      error: { key: 'import.mrz.checkDigit.documentNumber' },
    });
  });

  it('refuses an impossible date even with a matching check digit', () => {
    // Month 13, with its check digit and the composite digit made to match.
    const bad = '741312';
    const line2 = `L898902C36UTO${bad}${checkDigit(bad)}F1204159ZE184226B<<<<<1`;
    const composite = checkDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43));
    expect(parseMrz(`${TD3[0]}\n${line2}${composite}`, TODAY)).toEqual({
      ok: false,
      error: { key: 'import.mrz.date.birthDate' },
    });
  });

  it('names the line and column of a character an MRZ cannot hold', () => {
    expect(parseMrz(mutate(TD3, 0, 7, '-'), TODAY)).toEqual({
      ok: false,
      error: { key: 'import.mrz.character', params: { line: 1, column: 8, character: '-' } },
    });
  });

  it('says what shape was expected when lines are missing or too short', () => {
    expect(parseMrz(TD3[0] ?? '', TODAY)).toEqual({
      ok: false,
      error: { key: 'import.mrz.shape', params: { lines: 1, lengths: '44' } },
    });
    expect(parseMrz(`${TD3[0]}\n${TD3[1]?.slice(0, 40)}`, TODAY)).toMatchObject({
      ok: false,
      error: { key: 'import.mrz.shape', params: { lines: 2, lengths: '44, 40' } },
    });
    expect(parseMrz('   \n ', TODAY)).toEqual({ ok: false, error: { key: 'import.mrz.empty' } });
  });

  it('refuses a two-line zone that is not a passport', () => {
    expect(parseMrz(mutate(TD3, 0, 0, 'V'), TODAY)).toEqual({
      ok: false,
      error: { key: 'import.mrz.documentCode.td3' },
    });
  });
});

describe('parseMrz: ID cards (TD1)', () => {
  it('reads the ICAO specimen', () => {
    expect(parseMrz(TD1.join('\n'), TODAY)).toMatchObject({
      ok: true,
      data: {
        format: 'TD1',
        documentCode: 'I',
        documentNumber: 'D23145890',
        birthDate: '12.08.1974',
        expiryDate: '15.04.2012',
        sex: 'female',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
      },
    });
  });

  it('reads a document number longer than 9 characters from the optional data (part 5, 4.2.4)', () => {
    const card = [
      'IDFRAAB1234567<8904<<<<<<<<<<<',
      '8501019M3501014FRA<<<<<<<<<<<8',
      'MARTIN<<PAUL<<<<<<<<<<<<<<<<<<',
    ];
    expect(parseMrz(card.join('\n'), TODAY)).toMatchObject({
      ok: true,
      data: {
        documentNumber: 'AB1234567890',
        nationality: 'FR',
        sex: 'male',
        birthDate: '01.01.1985',
        surname: 'MARTIN',
      },
    });
    expect(parseMrz(mutate(card, 0, 18, '5'), TODAY)).toMatchObject({
      ok: false,
      error: { key: 'import.mrz.checkDigit.documentNumber' },
    });
  });

  it.each([
    ['document number', 0, 14, '8', 'import.mrz.checkDigit.documentNumber'],
    ['birth date', 1, 6, '3', 'import.mrz.checkDigit.birthDate'],
    ['expiry date', 1, 14, '1', 'import.mrz.checkDigit.expiryDate'],
    ['composite', 1, 29, '7', 'import.mrz.checkDigit.composite'],
  ])('refuses a wrong digit in the %s', (_label, line, column, char, key) => {
    expect(parseMrz(mutate(TD1, line, column, char), TODAY)).toEqual({ ok: false, error: { key } });
  });
});

describe('country codes', () => {
  it('maps only to codes the profile knows', () => {
    const known = new Set<string>(COUNTRY_CODES);
    expect([...ALPHA3_TO_ALPHA2.values()].filter((code) => !known.has(code))).toEqual([]);
  });

  it('covers every country the profile knows', () => {
    const mapped = new Set(ALPHA3_TO_ALPHA2.values());
    expect(COUNTRY_CODES.filter((code) => !mapped.has(code))).toEqual([]);
  });
});
