import { describe, expect, it } from 'vitest';
import { factsFromSession } from '../../../src/permit-application/page-facts';

const day = (year: number, month: number, date: number) => new Date(year, month - 1, date);

describe('factsFromSession (page values → ApplicationFacts)', () => {
  it('maps dates, list choices and the application kind', () => {
    const facts = factsFromSession(
      {
        birthDate: { value: '05.03.1955' },
        passportExpiry: { value: '01.02.2030' },
        requestedStart: { value: '01.12.2026' },
        requestedEnd: { value: '01.12.2027' },
        currentPermitEnd: { value: ' 15.01.2027 ' },
        permitType: { value: '1', text: 'Kısa Dönem İkamet İzni' },
        permitPurpose: { value: '106', text: 'KISA DÖNEM / TURİZM' },
        insuranceType: { value: '5', text: 'Under 18 and over 65' },
        givenName: { value: 'AYŞE' },
      },
      'extension',
    );
    expect(facts).toEqual({
      applicationKind: 'extension',
      birthDate: day(1955, 3, 5),
      passportExpiry: day(2030, 2, 1),
      requestedStart: day(2026, 12, 1),
      requestedEnd: day(2027, 12, 1),
      currentPermitEnd: day(2027, 1, 15),
      permitType: 'short-term',
      shortTermPurpose: 'tourism',
      insuranceType: 'under-18-over-65',
      // The option's text as the page showed it, for the findings to quote.
      insuranceTypeText: 'Under 18 and over 65',
    });
  });

  it('leaves out what is empty, half typed, impossible or not understood', () => {
    const facts = factsFromSession(
      {
        birthDate: { value: '05.03.19' },
        passportExpiry: { value: '31.02.2030' },
        requestedEnd: { value: '' },
        permitType: { value: '', text: '' },
        insuranceType: { value: '9', text: 'Something else' },
      },
      null,
    );
    expect(facts).toEqual({});
  });

  it('keeps a purpose only for short-term permits', () => {
    const facts = factsFromSession(
      {
        permitType: { value: '3', text: 'Student Residence Permit' },
        permitPurpose: { value: '301', text: 'STUDENT / HIGHER EDUCATION' },
      },
      'first',
    );
    expect(facts).toEqual({ applicationKind: 'first', permitType: 'student' });
  });

  it("reads the entry page's change-province answer as the move, in code or either language", () => {
    expect(
      factsFromSession({ changeProvince: { value: '1', text: 'Evet' } }, 'extension').provinceChange,
    ).toBe(true);
    expect(factsFromSession({ changeProvince: { value: '0', text: 'No' } }, 'extension').provinceChange).toBe(
      false,
    );
    expect(
      factsFromSession({ changeProvince: { value: 'x', text: 'Yes' } }, 'extension').provinceChange,
    ).toBe(true);
    expect(
      factsFromSession({ changeProvince: { value: '', text: 'Seçiniz' } }, 'extension'),
    ).not.toHaveProperty('provinceChange');
    // A transfer (change of permit type) alone is never a move.
    expect(factsFromSession({}, 'transfer')).not.toHaveProperty('provinceChange');
  });
});
