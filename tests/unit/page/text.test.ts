import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compilePattern,
  EXACT_MATCH_STRENGTH,
  hasTurkishLetters,
  matchStrength,
  toMatchForm,
} from '../../../src/page/text';

describe('toMatchForm', () => {
  it.each([
    ['Doğum Tarihi *', 'dogum tarihi'],
    ['DOĞUM TARİHİ', 'dogum tarihi'],
    ['Dogum Tarihi', 'dogum tarihi'],
    ['doğum tarihi:', 'dogum tarihi'],
    ['  Doğum\n\t Tarihi  * : ', 'dogum tarihi'],
  ])('folds %j to %j', (input, expected) => {
    expect(toMatchForm(input)).toBe(expected);
  });

  it('maps all four Turkish i-letters to one, so ASCII capitals match Turkish text', () => {
    expect(toMatchForm('IKAMET İZNİ')).toBe('ikamet izni');
    expect(toMatchForm('İkamet izni')).toBe('ikamet izni');
    expect(toMatchForm('ikamet ızni')).toBe('ikamet izni');
    expect(toMatchForm('IKAMET IZNI')).toBe('ikamet izni');
  });

  it('strips Turkish diacritics in both cases', () => {
    expect(toMatchForm('ÇĞİÖŞÜ çğıöşü')).toBe('cgiosu cgiosu');
    expect(toMatchForm('Uyruğu')).toBe('uyrugu');
    expect(toMatchForm('Medeni Hâli')).toBe('medeni hali');
  });

  it('does not leave the combining dot that root-locale lower-casing adds to İ', () => {
    expect(toMatchForm('İ')).toBe('i');
    expect(toMatchForm('İ')).toHaveLength(1);
  });

  it('drops apostrophes inside words and turns other punctuation into single spaces', () => {
    expect(toMatchForm("Father's Name")).toBe('fathers name');
    expect(toMatchForm('Türkiye’ye Girişteki Pasaport Numarası')).toBe(
      'turkiyeye giristeki pasaport numarasi',
    );
    expect(toMatchForm('E-posta Adresi')).toBe('e posta adresi');
    expect(toMatchForm('Cadde / Sokak')).toBe('cadde sokak');
    expect(toMatchForm('Given name(s)')).toBe('given name s');
    expect(toMatchForm('I READ, UNDERSTOOD.')).toBe('i read understood');
  });

  it('keeps digits', () => {
    expect(toMatchForm('Telefon 1/Phone 1')).toBe('telefon 1 phone 1');
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(toMatchForm(' * : ')).toBe('');
    expect(toMatchForm('')).toBe('');
  });

  it('is idempotent and never leaves edge or double spaces (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const folded = toMatchForm(text);
        expect(toMatchForm(folded)).toBe(folded);
        expect(folded).not.toMatch(/^\s|\s$|\s{2}/);
        expect(folded).toBe(folded.toLowerCase());
      }),
    );
  });

  it('folds Turkish-cased text and its ASCII spelling alike (property)', () => {
    const turkishToAscii: Record<string, string> = {
      ç: 'c',
      ğ: 'g',
      ı: 'i',
      ö: 'o',
      ş: 's',
      ü: 'u',
      İ: 'I',
      Ç: 'C',
      Ğ: 'G',
      Ö: 'O',
      Ş: 'S',
      Ü: 'U',
    };
    const letters = [...'abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const ascii = chars.map((ch) => turkishToAscii[ch] ?? ch).join('');
        expect(toMatchForm(text)).toBe(toMatchForm(ascii));
        expect(toMatchForm(text)).toBe(toMatchForm(text.toLocaleUpperCase('tr')));
      }),
    );
  });
});

describe('matchStrength', () => {
  it('scores a literal only on a whole-label match, above any regex', () => {
    const literal = compilePattern('Doğum Tarihi');
    expect(matchStrength('dogum tarihi', literal)).toBe(EXACT_MATCH_STRENGTH);
    expect(matchStrength('dogum tarihiniz', literal)).toBe(0);
  });

  it('scores a regex by the length of the matched text, so the more specific pattern wins', () => {
    const surname = compilePattern(/\bsurname\b/);
    const previous = compilePattern(/\bprevious surname\b/);
    const label = toMatchForm('Previous Surname');
    expect(matchStrength(label, previous)).toBeGreaterThan(matchStrength(label, surname));
  });

  it('is stateless even for a global regex', () => {
    const pattern = compilePattern(/posta/g);
    expect(matchStrength('e posta', pattern)).toBeGreaterThan(0);
    expect(matchStrength('e posta', pattern)).toBeGreaterThan(0);
  });
});

describe('hasTurkishLetters', () => {
  it('spots Turkish-only letters and ignores plain ASCII', () => {
    expect(hasTurkishLetters('Doğum Tarihi')).toBe(true);
    expect(hasTurkishLetters('İL')).toBe(true);
    expect(hasTurkishLetters('Date of Birth')).toBe(false);
  });
});
