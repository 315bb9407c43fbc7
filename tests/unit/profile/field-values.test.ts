import { describe, expect, it } from 'vitest';
import { isFieldKey } from '../../../src/contracts/field-keys';
import { caseDraft } from '../../../src/profile/certificate/case-draft';
import { checkDigit } from '../../../src/profile/certificate/mrz';
import { checkDraft, emptyDraft } from '../../../src/profile/editor-check';
import {
  nameAlphabet,
  nameInitials,
  passportUpperCase,
  profileFieldValues,
  turkishUpperCase,
} from '../../../src/profile/field-values';
import type { Profile } from '../../../src/profile/schema';
import { sampleProfile } from './helpers';

const TODAY = new Date(2026, 11, 5);

describe('profileFieldValues', () => {
  it('gives page-ready strings keyed by FieldKey', () => {
    const values = profileFieldValues(sampleProfile({ givenName: 'Maria Elena', surname: 'Garcia' }));
    expect(Object.keys(values).every(isFieldKey)).toBe(true);
    expect(values).toMatchObject({
      givenName: 'MARIA ELENA',
      surname: 'GARCIA',
      givenNameInitials: 'MA',
      surnameInitials: 'GA',
      birthDate: '12.03.1990',
      mobile: '5321234567',
      gender: 'female',
      nationality: 'ES',
      province: '34',
      email: 'maria@example.com',
    });
  });

  it('leaves unknown fields out and adds nothing that is not a page field', () => {
    const values = profileFieldValues({
      id: 'x',
      createdAt: 'a',
      updatedAt: 'b',
      surname: 'Weber',
      notes: 'private',
    });
    expect(values).toEqual({ surname: 'WEBER', surnameInitials: 'WE' });
  });

  it('upper-cases the Turkish way only for Turkic names', () => {
    expect(turkishUpperCase('istanbul ılık')).toBe('İSTANBUL ILIK');
    expect(passportUpperCase('istanbul', 'latin')).toBe('ISTANBUL');
    expect(nameInitials("d'Artagnan")).toBe('DA');
    expect(nameInitials('ismail', 'turkic')).toBe('İS');
    expect(nameInitials('ismail')).toBe('IS');
  });
});

/**
 * What the form receives for real-shaped names, typed as a person would (ordinary case). The
 * passport's own alphabet decides the capitals: i → I for Latin passports; i → İ only for
 * Turkish and Azerbaijani spellings (a Turkic letter in the name) or when the person says so.
 */
const NAMES: ReadonlyArray<{
  readonly label: string;
  readonly givenName: string;
  readonly surname: string;
  readonly saidTurkic?: boolean;
  readonly form: readonly [string, string];
  readonly initials: readonly [string, string];
}> = [
  {
    label: 'English',
    givenName: 'Emily',
    surname: 'Smith',
    form: ['EMILY', 'SMITH'],
    initials: ['EM', 'SM'],
  },
  {
    label: 'English, several given names',
    givenName: 'Mary Elizabeth Anne',
    surname: 'Williams',
    form: ['MARY ELIZABETH ANNE', 'WILLIAMS'],
    initials: ['MA', 'WI'],
  },
  {
    label: 'Irish apostrophe',
    givenName: 'Liam',
    surname: "O'Brien",
    form: ['LIAM', "O'BRIEN"],
    initials: ['LI', 'OB'],
  },
  {
    label: 'typographic apostrophe',
    givenName: 'Siobhán',
    surname: 'D’Arcy',
    form: ['SIOBHÁN', 'D’ARCY'],
    initials: ['SI', 'DA'],
  },
  {
    label: 'German umlauts',
    givenName: 'Jürgen',
    surname: 'Müller',
    form: ['JÜRGEN', 'MÜLLER'],
    initials: ['JÜ', 'MÜ'],
  },
  {
    label: 'German ß kept as printed',
    givenName: 'Heidi',
    surname: 'Strauß',
    form: ['HEIDI', 'STRAUß'],
    initials: ['HE', 'ST'],
  },
  {
    label: 'German, ö and i',
    givenName: 'Björn Friedrich',
    surname: 'Schröder',
    form: ['BJÖRN FRIEDRICH', 'SCHRÖDER'],
    initials: ['BJ', 'SC'],
  },
  {
    label: 'French accents',
    givenName: 'Hélène',
    surname: 'Lefèvre',
    form: ['HÉLÈNE', 'LEFÈVRE'],
    initials: ['HÉ', 'LE'],
  },
  {
    label: 'French ç and hyphen',
    givenName: 'Anne-Françoise',
    surname: 'Piré',
    form: ['ANNE-FRANÇOISE', 'PIRÉ'],
    initials: ['AN', 'PI'],
  },
  {
    label: 'Spanish',
    givenName: 'José Ignacio',
    surname: 'Núñez',
    form: ['JOSÉ IGNACIO', 'NÚÑEZ'],
    initials: ['JO', 'NÚ'],
  },
  {
    label: 'Russian transliteration',
    givenName: 'Ilya',
    surname: 'Ivanov',
    form: ['ILYA', 'IVANOV'],
    initials: ['IL', 'IV'],
  },
  {
    label: 'Russian transliteration, patronymic style',
    givenName: 'Yuliya Dmitriyevna',
    surname: 'Kiseleva',
    form: ['YULIYA DMITRIYEVNA', 'KISELEVA'],
    initials: ['YU', 'KI'],
  },
  {
    label: 'Arabic transliteration',
    givenName: 'Ibrahim',
    surname: 'Al-Rashid',
    form: ['IBRAHIM', 'AL-RASHID'],
    initials: ['IB', 'AL'],
  },
  {
    label: 'Arabic transliteration, several names',
    givenName: 'Mohammed Abdulaziz',
    surname: 'Bin Saleh',
    form: ['MOHAMMED ABDULAZIZ', 'BIN SALEH'],
    initials: ['MO', 'BI'],
  },
  {
    label: 'Polish',
    givenName: 'Łukasz',
    surname: 'Wiśniewski',
    form: ['ŁUKASZ', 'WIŚNIEWSKI'],
    initials: ['ŁU', 'WI'],
  },
  {
    label: 'Romanian ş is not Turkish',
    givenName: 'Ştefania',
    surname: 'Ionescu',
    form: ['ŞTEFANIA', 'IONESCU'],
    initials: ['ŞT', 'IO'],
  },
  {
    label: 'Azerbaijani Ə and İ',
    givenName: 'Əli',
    surname: 'İsmayılov',
    form: ['ƏLİ', 'İSMAYILOV'],
    initials: ['ƏL', 'İS'],
  },
  {
    label: 'Azerbaijani, Turkic letter only in the surname',
    givenName: 'Elvin',
    surname: 'Məmmədov',
    form: ['ELVİN', 'MƏMMƏDOV'],
    initials: ['EL', 'MƏ'],
  },
  {
    label: 'Turkish ı and ş',
    givenName: 'Ayşe',
    surname: 'Yılmaz',
    form: ['AYŞE', 'YILMAZ'],
    initials: ['AY', 'YI'],
  },
  {
    label: 'Turkish ğ, several names',
    givenName: 'Mehmet Ali',
    surname: 'Doğan',
    form: ['MEHMET ALİ', 'DOĞAN'],
    initials: ['ME', 'DO'],
  },
  {
    label: 'Turkish, no Turkic letter, person says so',
    givenName: 'Ali',
    surname: 'Kaya',
    saidTurkic: true,
    form: ['ALİ', 'KAYA'],
    initials: ['AL', 'KA'],
  },
  {
    label: 'Turkish-looking, no Turkic letter, nothing said',
    givenName: 'Ali',
    surname: 'Kaya',
    form: ['ALI', 'KAYA'],
    initials: ['AL', 'KA'],
  },
  {
    label: 'Turkic letter but the person says Latin',
    givenName: 'Gülşen Iris',
    surname: 'Doğru',
    saidTurkic: false,
    form: ['GÜLŞEN IRIS', 'DOĞRU'],
    initials: ['GÜ', 'DO'],
  },
  {
    label: 'typed in capitals as printed',
    givenName: 'JEAN-PIERRE',
    surname: 'DUPONT',
    form: ['JEAN-PIERRE', 'DUPONT'],
    initials: ['JE', 'DU'],
  },
  {
    label: 'hyphenated double surname',
    givenName: 'Sarah',
    surname: 'Smith-Jones',
    form: ['SARAH', 'SMITH-JONES'],
    initials: ['SA', 'SM'],
  },
];

function profileOf(entry: (typeof NAMES)[number]): Profile {
  return sampleProfile({
    givenName: entry.givenName,
    surname: entry.surname,
    fatherName: undefined,
    motherName: undefined,
    ...(entry.saidTurkic === undefined ? {} : { situation: { namesInTurkicAlphabet: entry.saidTurkic } }),
  });
}

describe('names exactly as in the passport (table of real-shaped names)', () => {
  it('has at least 20 names', () => expect(NAMES.length).toBeGreaterThanOrEqual(20));

  it.each(NAMES)('$label: $givenName $surname → $form', (entry) => {
    const values = profileFieldValues(profileOf(entry));
    expect([values.givenName, values.surname]).toEqual(entry.form);
    expect([values.givenNameInitials, values.surnameInitials]).toEqual(entry.initials);
  });

  it.each(NAMES)('$label: the profile keeps the name as typed', (entry) => {
    const draft = {
      ...emptyDraft(),
      text: { givenName: entry.givenName, surname: entry.surname },
      situation: entry.saidTurkic === undefined ? {} : { namesInTurkicAlphabet: entry.saidTurkic },
    };
    const check = checkDraft(draft, TODAY);
    expect(check.data?.givenName).toBe(entry.givenName);
    expect(check.data?.surname).toBe(entry.surname);
  });

  it('never gives a Latin passport a dotted İ', () => {
    for (const entry of NAMES) {
      if (nameAlphabet([entry.givenName, entry.surname], entry.saidTurkic) === 'latin') {
        expect(`${entry.form[0]} ${entry.form[1]}`, entry.label).not.toMatch(/İ/);
      }
    }
  });

  it('the editor notice shows exactly what the form will receive', () => {
    const latin = checkDraft({ ...emptyDraft(), text: { givenName: 'Emily', surname: 'Smith' } }, TODAY);
    expect(latin.notices.givenName).toEqual([{ key: 'notice.latinCapitals', params: { value: 'EMILY' } }]);
    expect(latin.notices.surname).toEqual([{ key: 'notice.latinCapitals', params: { value: 'SMITH' } }]);
    const turkic = checkDraft({ ...emptyDraft(), text: { givenName: 'Maria', surname: 'Işık' } }, TODAY);
    expect(turkic.notices.givenName).toEqual([{ key: 'notice.turkishCapitals', params: { value: 'MARİA' } }]);
    expect(turkic.notices.surname).toEqual([{ key: 'notice.turkishCapitals', params: { value: 'IŞIK' } }]);
    expect(checkDraft({ ...emptyDraft(), text: { surname: 'WEBER' } }, TODAY).notices).toEqual({});
  });
});

/** A TD3 passport MRZ with valid check digits for the given name field. */
function passportMrz(surname: string, givenNames: string): string {
  const nameField = `${surname.replace(/[ -]/g, '<')}<<${givenNames.replace(/[ -]/g, '<')}`
    .padEnd(39, '<')
    .slice(0, 39);
  const line1 = `P<GBR${nameField}`;
  const number = '123456789';
  const birth = '900312';
  const expiry = '300201';
  const personal = '<'.repeat(14);
  const body = `${number}${checkDigit(number)}GBR${birth}${checkDigit(birth)}F${expiry}${checkDigit(expiry)}${personal}<`;
  const composite = `${body.slice(0, 10)}${body.slice(13, 20)}${body.slice(21, 43)}`;
  return `${line1}\n${body}${checkDigit(composite)}`;
}

describe('the MRZ import and the editor agree', () => {
  it.each([
    ['Emily', 'Smith', 'EMILY', 'SMITH'],
    ['Ilya', 'Ivanov', 'ILYA', 'IVANOV'],
    ['Ibrahim', 'Al-Rashid', 'IBRAHIM', 'AL RASHID'],
    ['Mary Elizabeth', 'Williams', 'MARY ELIZABETH', 'WILLIAMS'],
  ])(
    '%s %s typed, or imported from the MRZ, reaches the form the same way',
    (given, surname, mrzGiven, mrzSurname) => {
      const imported = caseDraft('', passportMrz(mrzSurname, mrzGiven), TODAY);
      if (!imported.ok) throw new Error(`MRZ refused: ${imported.error.key}`);
      const fromMrz = checkDraft(imported.draft, TODAY);
      const typed = checkDraft({ ...emptyDraft(), text: { givenName: given, surname } }, TODAY);
      if (!fromMrz.data || !typed.data) throw new Error('draft refused');
      const stamp = { id: 'p', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
      const formFromMrz = profileFieldValues({ ...fromMrz.data, ...stamp });
      const formTyped = profileFieldValues({ ...typed.data, ...stamp });
      // The MRZ has no hyphen; apart from that both give the same capitals, and no dotted İ.
      expect(formFromMrz.givenName).toBe(formTyped.givenName);
      expect(formFromMrz.surname?.replace(/ /g, '-')).toBe(formTyped.surname);
      expect(`${formFromMrz.givenName} ${formFromMrz.surname}`).not.toMatch(/İ/);
      for (const check of [fromMrz, typed]) {
        expect(Object.values(check.notices).flat()).not.toContainEqual(
          expect.objectContaining({ key: 'notice.turkishCapitals' }),
        );
      }
    },
  );
});
