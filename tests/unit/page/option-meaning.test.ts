/**
 * One matcher for every list: the fill choosing an option for a profile value
 * (`matchOption` over `describeWanted`) and the rules reading what a chosen option means
 * (`permitTypeOf`, `purposeOf`, `insuranceTypeOf`) must give the same answer for every option
 * text of the reconstructed wizard (the option lists of docs' wizard reconstruction, step by
 * step), as written and reworded the ways a real list words them: prefixes ("KISA DÖNEM / "),
 * suffixes ("AMAÇLI KALACAKLAR", "İLÇESİ"), other case, other word order, other punctuation,
 * and the English wording.
 */
import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import { closestOptions, matchOption, type PageLang } from '../../../src/features/fill/page/fill-options';
import { fitOption, sameWord } from '../../../src/features/fill/page/option-meaning';
import { describeWanted } from '../../../src/features/fill/page/wanted-options';
import type { WidgetOption } from '../../../src/page/bridge-protocol';
import { insuranceTypeOf, permitTypeOf, purposeOf } from '../../../src/permit-application/option-match';

/** A list as the reconstruction gives it: profile code → [TR text, EN text]. */
type OptionTable = Readonly<Record<string, readonly [tr: string, en: string]>>;

const GENDER: OptionTable = { male: ['Erkek', 'Male'], female: ['Kadın', 'Female'] };
const MARITAL: OptionTable = {
  single: ['Bekar', 'Single'],
  married: ['Evli', 'Married'],
  divorced: ['Boşanmış', 'Divorced'],
  widowed: ['Dul', 'Widowed'],
};
const PASSPORT: OptionTable = {
  ordinary: ['Umuma Mahsus Pasaport', 'Ordinary Passport'],
  special: ['Hususi Pasaport', 'Special Passport'],
  service: ['Hizmet Pasaportu', 'Service Passport'],
  diplomatic: ['Diplomatik Pasaport', 'Diplomatic Passport'],
  'in-lieu': ['Pasaport Yerine Geçen Belge', 'Document in Lieu of Passport'],
};
const PERMIT: OptionTable = {
  'short-term': ['Kısa Dönem İkamet İzni', 'Short Term Residence Permit'],
  family: ['Aile İkamet İzni', 'Family Residence Permit'],
  student: ['Öğrenci İkamet İzni', 'Student Residence Permit'],
  'long-term': ['Uzun Dönem İkamet İzni', 'Long Term Residence Permit'],
  humanitarian: ['İnsani İkamet İzni', 'Humanitarian Residence Permit'],
  'trafficking-victim': [
    'İnsan Ticareti Mağduru İkamet İzni',
    'Residence Permit for Victims of Human Trafficking',
  ],
};
/** Short-term purposes (law 6458 art. 31), shaped "KISA DÖNEM / <purpose>" on the site. */
const PURPOSE: OptionTable = {
  'scientific-research': ['bilimsel araştırma', 'scientific research'],
  'property-owner': ['taşınmaz malı bulunan', 'owns immovable property'],
  business: ['ticari bağlantı veya iş kurma', 'business connections'],
  'in-service-training': ['hizmet içi eğitim', 'in-service training'],
  'education-exchange': ['eğitim veya öğrenci değişim programları', 'education / exchange programmes'],
  tourism: ['turizm', 'tourism'],
  'medical-treatment': ['tedavi', 'medical treatment'],
  'authority-request': [
    'adli veya idari makamların talebi',
    'request of judicial or administrative authorities',
  ],
  'from-family-permit': ['aile ikamet izninden geçiş', 'transfer from family permit'],
  'turkish-course': ['Türkçe öğrenme kursu', 'Turkish course'],
  'public-institution-programme': [
    'kamu kurumları aracılığıyla eğitim, araştırma, staj, kurs',
    'training, research, internship or course through public institutions',
  ],
  graduate: ["Türkiye'de yükseköğrenimini tamamlayanlar", 'graduates of Turkish higher education'],
  investor: ['yatırım', 'investors'],
  'trnc-citizen': ['KKTC vatandaşları', 'TRNC citizens'],
};
const INSURANCE: OptionTable = {
  private: ['Özel Sağlık Sigortası', 'Private Health Insurance'],
  'sgk-general': ['Genel Sağlık Sigortası (SGK)', 'General Health Insurance (SGK)'],
  'bilateral-agreement': ['İkili Sosyal Güvenlik Sözleşmesi', 'Bilateral Social Security Agreement'],
  'sgk-provision': ['SGK Provizyon Belgesi', 'SGK Provision Document'],
  'under-18-over-65': ['18 yaş altı ve 65 yaş üstü olanlar', 'Under 18 and over 65'],
};

/** The ways a real list may word the same option (`text` is the reconstruction's). */
const REWORDINGS: readonly (readonly [name: string, reword: (text: string, lang: PageLang) => string])[] = [
  ['as written', (text) => text],
  ['upper case, Turkish way', (text) => text.toLocaleUpperCase('tr-TR')],
  ['lower case', (text) => text.toLocaleLowerCase('tr-TR')],
  [
    'ASCII letters',
    (text) =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i'),
  ],
  ['a code before it', (text) => `01 - ${text}`],
  ['extra spaces and punctuation', (text) => `  ${text.replace(/ /g, '  ')} : `],
];

const PURPOSE_REWORDINGS: readonly (readonly [string, (text: string, lang: PageLang) => string])[] = [
  ['"KISA DÖNEM / " before it', (text, lang) => `${lang === 'tr' ? 'KISA DÖNEM' : 'SHORT TERM'} / ${text}`],
  ['no space before the slash', (text, lang) => `${lang === 'tr' ? 'KISA DÖNEM' : 'SHORT TERM'}/ ${text}`],
  [
    '"AMAÇLI KALACAKLAR" after it',
    (text, lang) =>
      lang === 'tr' ? `KISA DÖNEM / ${text} AMAÇLI KALACAKLAR` : `SHORT TERM / FOR ${text} PURPOSES`,
  ],
  [
    'the permit type after it, in brackets',
    (text, lang) => `${text} (${lang === 'tr' ? 'Kısa Dönem' : 'Short-term'})`,
  ],
  [
    'the whole type name before it',
    (text, lang) => `${lang === 'tr' ? 'Kısa Dönem İkamet İzni' : 'Short Term Residence Permit'} - ${text}`,
  ],
];

const PERMIT_REWORDINGS: readonly (readonly [string, (text: string, lang: PageLang) => string])[] = [
  [
    'without "ikamet izni"',
    (text) => text.replace(/\s*(İkamet İzni|Residence Permit( for)?)\s*/i, ' ').trim(),
  ],
  [
    'word order changed',
    (text, lang) =>
      lang === 'tr'
        ? `İkamet İzni (${text.replace(/ İkamet İzni/, '')})`
        : `Residence Permit - ${text.replace(/ Residence Permit/, '')}`,
  ],
];

interface ListCase {
  readonly key: FieldKey;
  readonly table: OptionTable;
  readonly rewordings: typeof REWORDINGS;
  /** What the rules read from a chosen option, for the lists they read. */
  readonly read?: (text: string) => string | undefined;
}

const LISTS: readonly ListCase[] = [
  { key: 'gender', table: GENDER, rewordings: REWORDINGS },
  { key: 'maritalStatus', table: MARITAL, rewordings: REWORDINGS },
  { key: 'passportType', table: PASSPORT, rewordings: REWORDINGS },
  {
    key: 'permitType',
    table: PERMIT,
    rewordings: [...REWORDINGS, ...PERMIT_REWORDINGS],
    read: (text) => permitTypeOf({ value: 'x', text }),
  },
  {
    key: 'permitPurpose',
    table: PURPOSE,
    rewordings: PURPOSE_REWORDINGS.flatMap(([name, reword]) =>
      REWORDINGS.map(
        ([how, casing]) =>
          [`${name}, ${how}`, (text: string, lang: PageLang) => casing(reword(text, lang), lang)] as const,
      ),
    ),
    read: (text) => purposeOf({ value: 'x', text }),
  },
  {
    key: 'insuranceType',
    table: INSURANCE,
    rewordings: REWORDINGS,
    read: (text) => insuranceTypeOf({ value: 'x', text }),
  },
];

/** The whole list as the page would show it, reworded one way, in one language. */
function listOf(
  table: OptionTable,
  lang: PageLang,
  reword: (text: string, lang: PageLang) => string,
): WidgetOption[] {
  return Object.entries(table)
    .map(([code, texts], index) => ({
      value: `site-${index}`,
      text: reword(lang === 'tr' ? texts[0] : texts[1], lang),
      code,
    }))
    .map(({ value, text }) => ({ value, text }));
}

describe.each(LISTS)(
  '$key: every option, every wording, both languages',
  ({ key, table, rewordings, read }) => {
    const codes = Object.keys(table);
    describe.each(rewordings.map(([name, reword]) => [name, reword] as const))('%s', (_name, reword) => {
      it.each([
        ['tr', 'tr'],
        ['en', 'en'],
        ['tr', 'en'],
        ['en', 'tr'],
      ] as const)(
        'list in %s on a page in %s: the fill picks the option meaning the profile value',
        (listLang, pageLang) => {
          const options = listOf(table, listLang, reword);
          for (const [index, code] of codes.entries()) {
            const match = matchOption(options, describeWanted(key, code, pageLang));
            expect(
              'option' in match ? match.option : match.error,
              `${code} in ${options[index]?.text}`,
            ).toEqual(options[index]);
          }
        },
      );

      if (read) {
        it.each(['tr', 'en'] as const)(
          'list in %s: the rules read each option as the same value',
          (listLang) => {
            for (const [index, option] of listOf(table, listLang, reword).entries()) {
              expect(read(option.text), option.text).toBe(codes[index]);
            }
          },
        );
      }
    });
  },
);

describe('the cases the fill and the rules used to answer differently', () => {
  it('"KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR" is tourism for both', () => {
    const options = [
      { value: '7', text: 'KISA DÖNEM / TEDAVİ AMAÇLI KALACAKLAR' },
      { value: '9', text: 'KISA DÖNEM / TURİZM AMAÇLI KALACAKLAR' },
    ];
    expect(matchOption(options, describeWanted('permitPurpose', 'tourism', 'tr'))).toEqual({
      option: options[1],
    });
    expect(matchOption(options, describeWanted('permitPurpose', 'tourism', 'en'))).toEqual({
      option: options[1],
    });
    expect(purposeOf(options[1])).toBe('tourism');
  });

  it('the one real purpose text known is the training through public institutions', () => {
    const real = 'SHORT TERM/ THE ONES TO ATTEND TRAINING, RESEARCH, APPRENTICESHIP AND COURSES';
    expect(purposeOf({ value: '1', text: real })).toBe('public-institution-programme');
    const options = [
      { value: '1', text: real },
      { value: '2', text: 'SHORT TERM/ SCIENTIFIC RESEARCH' },
    ];
    expect(
      matchOption(options, describeWanted('permitPurpose', 'public-institution-programme', 'en')),
    ).toEqual({
      option: options[0],
    });
    expect(matchOption(options, describeWanted('permitPurpose', 'scientific-research', 'en'))).toEqual({
      option: options[1],
    });
  });
});

describe('never another option that merely shares words', () => {
  const fill = (key: FieldKey, code: string, texts: string[], lang: PageLang = 'tr') => {
    const match = matchOption(
      texts.map((text, index) => ({ value: String(index), text })),
      describeWanted(key, code, lang),
    );
    return 'option' in match ? match.option.text : match.error;
  };

  it('health tourism is not tourism; a purpose of another type is not this one', () => {
    expect(fill('permitPurpose', 'tourism', ['KISA DÖNEM / SAĞLIK TURİZMİ'])).toBe('option-not-found');
    expect(purposeOf({ value: '1', text: 'KISA DÖNEM / SAĞLIK TURİZMİ' })).toBeUndefined();
    expect(
      fill('permitPurpose', 'from-family-permit', ['SHORT TERM / TRANSFER FROM STUDENT PERMIT'], 'en'),
    ).toBe('option-not-found');
    expect(
      fill('permitPurpose', 'scientific-research', [
        'KISA DÖNEM / KAMU KURUMLARI ARACILIĞIYLA EĞİTİM, ARAŞTIRMA, STAJ, KURS',
      ]),
    ).toBe('option-not-found');
  });

  it('trafficking is never humanitarian, and the reverse', () => {
    expect(fill('permitType', 'humanitarian', ['İNSAN TİCARETİ MAĞDURU İKAMET İZNİ'])).toBe(
      'option-not-found',
    );
    expect(fill('permitType', 'trafficking-victim', ['İNSANİ İKAMET İZNİ'])).toBe('option-not-found');
    expect(permitTypeOf({ value: '1', text: 'İNSAN TİCARETİ MAĞDURU' })).toBe('trafficking-victim');
  });

  it('countries: a qualifier follows the name; a neighbour or another Korea is not taken', () => {
    expect(fill('nationality', 'CN', ["China, People's Republic of"], 'en')).toBe(
      "China, People's Republic of",
    );
    expect(fill('nationality', 'GN', ['Guinea-Bissau', 'Equatorial Guinea'], 'en')).toBe('option-not-found');
    expect(fill('nationality', 'KR', ["Korea, Democratic People's Republic of"], 'en')).toBe(
      'option-not-found',
    );
    expect(
      fill('nationality', 'KR', ['Republic of Korea', "Korea, Democratic People's Republic of"], 'en'),
    ).toBe('Republic of Korea');
    expect(fill('nationality', 'NE', ['Nigeria'], 'en')).toBe('option-not-found');
    expect(fill('nationality', 'DM', ['Dominican Republic'], 'en')).toBe('option-not-found');
  });

  it('addresses: "İLÇESİ" and "MAHALLESİ" are words of the list, another name is another place', () => {
    expect(fill('district', 'Kadıköy', ['KADIKÖY İLÇESİ', 'FATİH İLÇESİ'])).toBe('KADIKÖY İLÇESİ');
    expect(fill('neighbourhood', 'Caferağa Mah.', ['CAFERAĞA MAHALLESİ', 'GÖZTEPE MAHALLESİ'])).toBe(
      'CAFERAĞA MAHALLESİ',
    );
    expect(fill('neighbourhood', 'Bahçeşehir 1. Kısım Mah.', ['Bahçeşehir 2. Kısım Mah.'])).toBe(
      'option-not-found',
    );
    // The exact text wins; two other spellings of the same name are a guess.
    expect(fill('neighbourhood', 'Göztepe Mah.', ['GÖZTEPE MAHALLESİ', 'Göztepe Mah.'])).toBe('Göztepe Mah.');
    expect(fill('neighbourhood', 'Göztepe Mah.', ['GÖZTEPE MAHALLESİ', 'Göztepe Mh.'])).toBe(
      'option-ambiguous',
    );
  });
});

describe('the comparison itself', () => {
  it('words match with a common ending, never a different word', () => {
    expect(sameWord('turizm', 'turizmi')).toBe(true);
    expect(sameWord('victims', 'victim')).toBe(true);
    expect(sameWord('niger', 'nigeria')).toBe(false);
    expect(sameWord('russia', 'russian')).toBe(false);
    expect(sameWord('ev', 'evi')).toBe(false);
  });

  it('prefers the exact text, then the fewest added words', () => {
    const words = { filler: ['ikamet', 'izni'] };
    expect(fitOption('Kısa Dönem İkamet İzni', 'KISA DÖNEM İKAMET İZNİ', words)).toMatchObject({
      exact: true,
    });
    expect(fitOption('KISA DÖNEM', 'Kısa Dönem İkamet İzni', words)).toMatchObject({
      exact: false,
      extra: 0,
    });
    expect(fitOption('KISA DÖNEM UZUN', 'Kısa Dönem İkamet İzni', words)).toBeNull();
  });

  it('names the closest options when none fits', () => {
    const options = [
      { value: '1', text: 'Fatih' },
      { value: '2', text: 'Kadıköy Merkez' },
      { value: '3', text: 'Kartal' },
    ];
    const wanted = describeWanted('district', 'Kadıköy', 'tr');
    expect(matchOption(options, wanted)).toEqual({ error: 'option-not-found' });
    expect(closestOptions(options, wanted)[0]).toBe('Kadıköy Merkez');
  });
});
