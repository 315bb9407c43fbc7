/**
 * A CSV client list may write dates as 1980-05-05 or 05/05/1980 (day first, the Turkish order):
 * they are converted to dd.MM.yyyy and counted; an impossible date is refused with the cell
 * quoted, and a month-first date is never guessed (issue 14 §4).
 */
import { describe, expect, it } from 'vitest';
import { DATE_COLUMNS, PROFILE_COLUMNS, SITUATION_PREFIX } from '../../../src/profile/columns';
import { parseCsvFile } from '../../../src/profile/csv';
import { profileSchema } from '../../../src/profile/schema';
import { fromOtherDateForm, trDateProblem } from '../../../src/profile/tr-date';
import { sampleProfile } from './helpers';

const NOW = new Date('2026-05-04T10:00:00Z');
let counter = 0;
const parse = (text: string) => parseCsvFile(text, text.length, NOW, () => `new-${++counter}`);
const problemsOf = (text: string) => {
  const result = parse(text);
  if (result.ok) throw new Error('accepted');
  return result.problems.map(
    (problem) => `${problem.path}: ${problem.key} ${JSON.stringify(problem.params ?? {})}`,
  );
};

describe('fromOtherDateForm', () => {
  it('reads ISO and day-first slashes, two-digit day and month only', () => {
    expect(fromOtherDateForm('1980-05-17')).toEqual({ form: 'iso', value: '17.05.1980' });
    expect(fromOtherDateForm('17/05/1980')).toEqual({ form: 'slash', value: '17.05.1980' });
    for (const text of [
      '17.05.1980',
      '5/5/1980',
      '1980-5-5',
      '1980/05/17',
      '17-05-1980',
      '17/05/80',
      ' 17/05/1980',
    ])
      expect(fromOtherDateForm(text), text).toBeUndefined();
  });

  it('gives the same day for both forms of any calendar date', () => {
    for (let year = 1900; year <= 2100; year += 7) {
      for (let month = 1; month <= 12; month += 1) {
        for (const day of [1, 28, 29, 30, 31]) {
          const dd = String(day).padStart(2, '0');
          const mm = String(month).padStart(2, '0');
          const iso = fromOtherDateForm(`${year}-${mm}-${dd}`);
          const slash = fromOtherDateForm(`${dd}/${mm}/${year}`);
          expect(iso?.value).toBe(`${dd}.${mm}.${year}`);
          expect(slash?.value).toBe(iso?.value);
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(trDateProblem(iso?.value ?? '') === undefined, `${dd}.${mm}.${year}`).toBe(real);
        }
      }
    }
  });
});

describe('CSV dates', () => {
  it('converts ISO and dd/MM/yyyy cells in every date column, counts them, and leaves dd.MM.yyyy as it is', () => {
    const result = parse(
      [
        'surname,birthDate,passportExpiry,situation.moveDate',
        'Petrova,1980-05-05,05/05/2031,01.02.2026',
        'Haddad,31/12/1979,,2026-01-15',
      ].join('\n'),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles.map((p) => [p.birthDate, p.passportExpiry, p.situation?.moveDate])).toEqual([
      ['05.05.1980', '05.05.2031', '01.02.2026'],
      ['31.12.1979', undefined, '15.01.2026'],
    ]);
    expect(result.summary).toEqual([
      { key: 'import.csv.datesConverted', params: { count: 4, iso: '1980-05-05', slash: '05/05/1980' } },
    ]);
  });

  it('says nothing about dates when none needed converting', () => {
    const result = parse('surname,birthDate\nPetrova,05.05.1980\n');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary).toBeUndefined();
  });

  it('refuses impossible dates naming row and column and quoting the cell, and never reads month first', () => {
    expect(
      problemsOf(
        [
          'surname,birthDate,insuranceEnd',
          'Petrova,31/02/1980,',
          'Haddad,1980-02-30,12/25/2026',
          'Aliyeva,1880-01-01,5/5/2026',
        ].join('\n'),
      ),
    ).toEqual([
      'row 2, birthDate: import.csv.dateNotReal {"value":"31/02/1980"}',
      'row 3, birthDate: import.csv.dateNotReal {"value":"1980-02-30"}',
      'row 3, insuranceEnd: import.csv.dateMonthFirst {"value":"12/25/2026","month":25}',
      'row 4, birthDate: error.date.year {}',
      'row 4, insuranceEnd: import.csv.dateShape {"iso":"1980-05-05","slash":"05/05/1980"}',
    ]);
  });

  it('reads dates only in date columns: a note or a policy number written like a date stays as written', () => {
    const result = parse('surname,insurancePolicyNumber,notes\nPetrova,1980-05-05,05/05/1980\n');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.profiles[0]).toMatchObject({ insurancePolicyNumber: '1980-05-05', notes: '05/05/1980' });
    expect(result.summary).toBeUndefined();
  });

  it('knows every date column of the schema, and only those', () => {
    const base = sampleProfile();
    const dateColumns = PROFILE_COLUMNS.filter((column) => {
      if (['id', 'createdAt', 'updatedAt', 'dependantIds'].includes(column)) return false;
      const candidate = column.startsWith(SITUATION_PREFIX)
        ? { ...base, situation: { [column.slice(SITUATION_PREFIX.length)]: 'x' } }
        : { ...base, [column]: 'x' };
      const result = profileSchema.safeParse(candidate);
      return !result.success && result.error.issues.some((issue) => issue.message === 'error.date.shape');
    });
    expect(new Set(dateColumns)).toEqual(DATE_COLUMNS);
  });
});
