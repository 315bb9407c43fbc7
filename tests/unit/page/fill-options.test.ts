import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { initialsOf } from '../../../src/features/fill/page/fill';
import { matchOption, type PageLang, searchQueries } from '../../../src/features/fill/page/fill-options';
import { describeWanted } from '../../../src/features/fill/page/wanted-options';
import type { WidgetOption } from '../../../src/page/bridge-protocol';
import { COUNTRIES } from './fill-helpers';

const options = (...rows: [string, string][]): WidgetOption[] =>
  rows.map(([value, text]) => ({ value, text }));

function pick(key: FieldKey, value: string, list: WidgetOption[], lang: PageLang = 'en'): string {
  const match = matchOption(list, describeWanted(key, value, lang));
  return 'option' in match ? match.option.value : match.error;
}

const GENDER_TR = options(['1', 'Erkek'], ['2', 'Kadın']);
const GENDER_EN = options(['1', 'Male'], ['2', 'Female']);
const MARITAL_TR = options(['1', 'Bekar'], ['2', 'Evli'], ['3', 'Boşanmış'], ['4', 'Dul']);

describe('matchOption: profile codes to the page options', () => {
  it('maps enum codes to the option text in either language', () => {
    expect(pick('gender', 'female', GENDER_EN)).toBe('2');
    expect(pick('gender', 'female', GENDER_TR, 'tr')).toBe('2');
    // Lists may come back in the other language than the page ("Hayır" on an English page).
    expect(pick('gender', 'male', GENDER_TR, 'en')).toBe('1');
    expect(pick('maritalStatus', 'divorced', MARITAL_TR, 'en')).toBe('3');
  });

  it('folds Turkish case and letters: KADIN = Kadın = kadin, BOŞANMIŞ = Bosanmis', () => {
    expect(pick('gender', 'KADIN', GENDER_TR)).toBe('2');
    expect(pick('gender', 'kadin', GENDER_TR)).toBe('2');
    expect(pick('maritalStatus', 'BOŞANMIŞ', MARITAL_TR)).toBe('3');
    expect(pick('maritalStatus', 'bosanmis', options(['3', 'BOŞANMIŞ']))).toBe('3');
    const permit = options(['1', 'KISA DÖNEM İKAMET İZNİ'], ['3', 'ÖĞRENCİ İKAMET İZNİ']);
    expect(pick('permitType', 'student', permit, 'tr')).toBe('3');
    expect(pick('permitType', 'short-term', permit, 'tr')).toBe('1');
  });

  it('matches by code first: the site code wins over a text that looks the same', () => {
    expect(pick('changeProvince', '1', options(['0', 'No'], ['1', 'Yes']))).toBe('1');
    expect(pick('changeProvince', 'no', options(['0', 'Hayır'], ['1', 'Evet']))).toBe('0');
    expect(pick('changeProvince', 'yes', options(['0', 'Hayır'], ['1', 'Evet']))).toBe('1');
    // The profile's contact codes are the site's 1 / 2 (docs/site.md#option-codes).
    expect(pick('contactPreference', 'mobile', options(['2', 'Cell Phone'], ['1', 'e-Mail']))).toBe('2');
    expect(pick('contactPreference', 'email', options(['2', 'Cep Telefonu'], ['1', 'E-Posta']), 'tr')).toBe(
      '1',
    );
    // Plate-code provinces.
    expect(pick('province', '34', options(['06', 'Ankara'], ['34', 'İstanbul']))).toBe('34');
    expect(pick('province', '34', options(['6', 'Ankara'], ['99', 'ISTANBUL']))).toBe('99');
  });

  it('maps ISO alpha-2 countries to names in TR or EN, official long names included', () => {
    expect(pick('nationality', 'SY', COUNTRIES)).toBe('760');
    expect(pick('nationality', 'RU', COUNTRIES)).toBe('643');
    expect(pick('nationality', 'CN', COUNTRIES)).toBe('156');
    expect(pick('nationality', 'US', COUNTRIES)).toBe('840');
    expect(pick('nationality', 'de', COUNTRIES)).toBe('276');
    const turkish = options(['760', 'Suriye'], ['643', 'Rusya Federasyonu'], ['156', 'Çin Halk Cumhuriyeti']);
    expect(pick('birthCountry', 'SY', turkish, 'tr')).toBe('760');
    expect(pick('birthCountry', 'RU', turkish, 'tr')).toBe('643');
    expect(pick('birthCountry', 'CN', turkish, 'en')).toBe('156');
    expect(pick('passportIssuingCountry', 'IR', options(['364', 'İRAN İSLAM CUMHURİYETİ']))).toBe('364');
  });

  it('does not take a neighbour for a country: Guinea is not Guinea-Bissau', () => {
    const guineas = options(['624', 'Guinea-Bissau'], ['226', 'Equatorial Guinea']);
    expect(pick('nationality', 'GN', guineas)).toBe('option-not-found');
    expect(pick('nationality', 'GN', [...guineas, { value: '324', text: 'Guinea' }])).toBe('324');
  });

  it('finds a purpose of stay after its permit type', () => {
    const purposes = options(
      ['106', 'SHORT TERM / TOURISM'],
      ['107', 'SHORT TERM / MEDICAL TREATMENT'],
      ['105', 'SHORT TERM / EDUCATION / EXCHANGE PROGRAMMES'],
    );
    expect(pick('permitPurpose', 'tourism', purposes)).toBe('106');
    expect(pick('permitPurpose', 'education-exchange', purposes)).toBe('105');
    const turkish = options(['106', 'KISA DÖNEM / TURİZM'], ['110', 'KISA DÖNEM / TÜRKÇE ÖĞRENME KURSU']);
    expect(pick('permitPurpose', 'tourism', turkish, 'en')).toBe('106');
    expect(pick('permitPurpose', 'turkish-course', turkish, 'tr')).toBe('110');
  });

  it('reports not found and ambiguous instead of guessing', () => {
    expect(pick('gender', 'other', GENDER_EN)).toBe('option-not-found');
    expect(pick('gender', 'male', [])).toBe('option-not-found');
    expect(pick('gender', 'male', options(['1', 'Male'], ['9', 'MALE']))).toBe('option-ambiguous');
  });

  it('treats profile values as data: prototype names match nothing', () => {
    for (const key of ['gender', 'contactPreference', 'province', 'changeProvince'] as const) {
      expect(pick(key, 'constructor', GENDER_EN)).toBe('option-not-found');
      expect(pick(key, '__proto__', GENDER_EN)).toBe('option-not-found');
    }
  });
});

describe('searchQueries', () => {
  it('types the first word of each name, page language first', () => {
    expect(searchQueries(describeWanted('nationality', 'SY', 'tr'))).toEqual(['Suriye', 'Syria', 'Syrian']);
    expect(searchQueries(describeWanted('nationality', 'US', 'en'))[0]).toBe('United');
  });
});

describe('initialsOf', () => {
  it('takes the first two letters, upper-cased the Turkish way', () => {
    expect(initialsOf('ismail')).toBe('İS');
    expect(initialsOf('Ivan')).toBe('IV');
    expect(initialsOf('ılgaz')).toBe('IL');
    expect(initialsOf('şule')).toBe('ŞU');
    expect(initialsOf('MARIA JOSÉ')).toBe('MA');
    expect(initialsOf("O'Brien")).toBe('OB');
    expect(initialsOf('  al-Hassan')).toBe('AL');
    expect(initialsOf('A')).toBeNull();
    expect(initialsOf('')).toBeNull();
  });
});
