import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsvText, parseCsvFile } from '../../../src/profile/csv';
import { planImport } from '../../../src/profile/import-plan';
import { sampleProfile } from './helpers';

const NOW = new Date('2026-05-04T10:00:00Z');
let counter = 0;
const newId = () => `new-${++counter}`;
const parse = (text: string) => parseCsvFile(text, text.length, NOW, newId);
const problemsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('accepted');
  return result.problems.map((problem) => `${problem.path}: ${problem.key}`);
};

describe('CSV client lists', () => {
  it('round-trips profiles, with family links, answers, line breaks, Turkish letters and formula-like notes', () => {
    const profiles = [
      sampleProfile({
        id: 'a',
        givenName: 'Işıl',
        surname: 'Çelik',
        notes: '=HYPERLINK("x")\nsecond line, with "quotes"; and commas',
        situation: {
          propertyOwner: true,
          passportChanged: false,
          familyRole: 'spouse',
          tourismPermitMonths: 14,
          longTermRoute: 'policy-board',
        },
        dependantIds: ['b'],
      }),
      sampleProfile({
        id: 'b',
        surname: 'Öztürk',
        passportNumber: 'U1234567',
        foreignerId: undefined,
        supporterId: 'a',
      }),
    ];
    const text = exportCsvText(profiles);
    expect(text.startsWith('\uFEFFid,createdAt,updatedAt,givenName')).toBe(true);
    // A spreadsheet would run the formula: the cell is written as text.
    expect(text).toContain(`"'=HYPERLINK(""x"")`);
    const result = parse(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles).toEqual(profiles);
  });

  it('names every problem by row and column, in the same words as JSON', () => {
    const text = [
      'givenName,surname,birthDate,foreignerId,situation.propertyOwner',
      'Anna,Petrova,31.02.1990,99123456789,true',
      'Omar,Haddad,01.01.1990,12345,maybe',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'row 2, birthDate: error.date.calendar',
      'row 3, foreignerId: error.foreignerId',
      'row 3, situation.propertyOwner: error.type.boolean',
    ]);
  });

  it('refuses unknown or repeated columns, ragged rows and broken quoting as a whole', () => {
    expect(problemsOf('givenName,surname,Passport No\nAnna,Petrova,U1')).toEqual([
      'row 1: error.unknownField',
    ]);
    expect(problemsOf('surname,surname\nA,B')).toEqual(['row 1: import.csv.duplicateColumn']);
    expect(problemsOf('givenName,surname\nAnna,Petrova,extra\nOmar,Haddad')).toEqual([
      'row 2: import.csv.fieldCount',
    ]);
    expect(problemsOf('givenName,surname\n"Anna,Petrova')[0]).toMatch(/import\.csv\.malformed$/);
    expect(problemsOf('')).toEqual(['(file): import.csv.empty']);
  });

  it('takes a hand-made list without ids or timestamps, cleaning values like the editor', () => {
    const result = parse(
      'surname,givenName,mobile,passportNumber\r\nPetrova,Anna,0532 123 45 67,u7654321\r\n\r\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles).toEqual([
      {
        id: expect.stringMatching(/^new-\d+$/),
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
        surname: 'Petrova',
        givenName: 'Anna',
        mobile: '5321234567',
        passportNumber: 'U7654321',
      },
    ]);
    expect(result.notices.map((notice) => notice.path)).toContain('row 2, mobile');
  });

  it('takes a one-column list (nothing for papaparse to guess the delimiter from)', () => {
    const result = parse('\uFEFFsurname\r\nPetrova\r\n"Öztürk"\r\n');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles.map((profile) => profile.surname)).toEqual(['Petrova', 'Öztürk']);
    // One column still follows the same rules as many.
    expect(problemsOf('surname\nGarcia\n"Haddad, Omar"')).toEqual(['row 3, surname: error.name.latin']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('names a %s column as a reserved key', (name) => {
    const refused = (text: string) => {
      const result = parse(text);
      return result.ok ? 'accepted' : result.problems;
    };
    expect(refused(`surname,${name}\nGarcia,x`)).toEqual([
      { path: 'row 1', key: 'import.reservedKey', params: { name } },
    ]);
    expect(refused(`surname,situation.${name}\nGarcia,true`)).toEqual([
      { path: 'row 1', key: 'import.reservedKey', params: { name: `situation.${name}` } },
    ]);
    expect(refused(name)).toEqual([{ path: 'row 1', key: 'import.reservedKey', params: { name } }]);
  });

  it('names the row that first used an id twice, as the spreadsheet numbers it', () => {
    const result = parse('id,surname\na,Garcia\nb,Lopez\na,Perez\n');
    expect(result.ok ? 'accepted' : result.problems).toEqual([
      { path: 'row 4, id', key: 'import.csv.duplicateIdInFile', params: { other: 2 } },
    ]);
  });

  it('offers the same duplicates as a JSON import', () => {
    const stored = [sampleProfile({ id: 'stored', passportNumber: 'PA1234567' })];
    const result = parse(`surname,passportNumber\nGarcia,PA1234567\nNew,ZZ7654321`);
    if (!result.ok) throw new Error('refused');
    const plan = planImport(stored, result.profiles);
    expect(plan.duplicates.map((d) => [d.incomingIndex, d.existing.id, d.reasons])).toEqual([
      [0, 'stored', ['passportNumber']],
    ]);
  });

  it('has a column for every profile field', () => {
    const all = sampleProfile({
      situation: { studentLevel: 'school' },
      supporterId: 'x',
      dependantIds: ['y'],
      applicationKind: 'extension',
    });
    for (const key of Object.keys(all)) if (key !== 'situation') expect(CSV_COLUMNS).toContain(key);
    expect(CSV_COLUMNS).toContain('situation.studentLevel');
  });
});
