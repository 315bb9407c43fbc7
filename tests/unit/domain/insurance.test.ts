import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { familyInsurance } from '../../../src/domain/rules/family-insurance';
import { insuranceAge } from '../../../src/domain/rules/insurance-age';
import { insurancePeriod } from '../../../src/domain/rules/insurance-period';
import { d, messageKeys } from './support';

const today = d('15.06.2026');
/** Without a page, the findings quote the age option in Turkish, the site's first language. */
const AGE_OPTION_TR = '18 yaş altı ve 65 yaş üstü olanlar';

describe('insurance-age (I3: under 18 or over 65; 65 and the 18th birthday are uncertain)', () => {
  const shortTerm = (
    birthDate: string,
    insuranceType: ApplicationFacts['insuranceType'],
  ): ApplicationFacts => ({
    permitType: 'short-term',
    birthDate: d(birthDate),
    insuranceType,
  });

  it.each([
    ['17, the day before the 18th birthday', '16.06.2008', 17, true],
    ['18, the day after the 18th birthday', '14.06.2008', 18, false],
    ['40', '01.01.1986', 40, false],
    ['64, the day before the 65th birthday', '16.06.1961', 64, false],
    ['66 on the 66th birthday', '15.06.1960', 66, true],
  ])('%s (born %s, age %i) → exempt: %s', (_label, birth, age, exempt) => {
    const withPrivate = insuranceAge.evaluate(shortTerm(birth, 'private'), today);
    const withAgeOption = insuranceAge.evaluate(shortTerm(birth, 'under-18-over-65'), today);
    if (exempt) {
      expect(messageKeys(withPrivate)).toEqual(['insurance-age.chooseAgeOption']);
      expect(withPrivate[0]?.params).toEqual({ age, ageOption: AGE_OPTION_TR });
      expect(withAgeOption).toEqual([]);
    } else {
      expect(withPrivate).toEqual([]);
      expect(messageKeys(withAgeOption)).toEqual(['insurance-age.notEligible']);
      expect(withAgeOption[0]?.params).toEqual({ age, ageOption: AGE_OPTION_TR });
    }
  });

  it.each([
    ['on the 65th birthday', '15.06.1961', 65, 'insurance-age.boundaryUncertain'],
    ['65, the day before the 66th birthday', '16.06.1960', 65, 'insurance-age.boundaryUncertain'],
    ['on the 18th birthday', '15.06.2008', 18, 'insurance-age.eighteenthBirthday'],
  ])('%s (born %s, age %i) says the reading is uncertain, whatever is chosen', (_l, birth, age, key) => {
    for (const insurance of ['private', 'under-18-over-65'] as const) {
      const findings = insuranceAge.evaluate(shortTerm(birth, insurance), today);
      expect(messageKeys(findings)).toEqual([key]);
      expect(findings[0]).toMatchObject({ severity: 'warning', params: { age } });
      expect(findings[0]?.source.confidence).toBe('uncertain');
    }
  });

  it('warns, never errors, because the option label is known only from consultancy pages', () => {
    const [finding] = insuranceAge.evaluate(shortTerm('01.01.1986', 'under-18-over-65'), today);
    expect(finding).toMatchObject({ severity: 'warning', fields: ['insuranceType', 'birthDate'] });
    expect(finding?.source.confidence).toBe('consultancy');
  });

  it('applies to student permits too', () => {
    const facts: ApplicationFacts = {
      permitType: 'student',
      birthDate: d('01.01.2010'),
      insuranceType: 'private',
    };
    expect(messageKeys(insuranceAge.evaluate(facts, today))).toEqual(['insurance-age.chooseAgeOption']);
  });

  it.each([
    ['family', 'insurance-age.notForPermitType'],
    ['long-term', 'insurance-age.notForLongTerm'],
  ] as const)('refuses the age option for %s permits at any age', (permitType, key) => {
    const facts: ApplicationFacts = {
      permitType,
      birthDate: d('01.01.1950'),
      insuranceType: 'under-18-over-65',
    };
    expect(messageKeys(insuranceAge.evaluate(facts, today))).toEqual([key]);
    expect(insuranceAge.evaluate({ ...facts, insuranceType: 'private' }, today)).toEqual([]);
  });

  it.each(['humanitarian', 'trafficking-victim'] as const)(
    'says nothing about insurance for %s permits (YUKK 46, 48 set no insurance condition)',
    (permitType) => {
      for (const insuranceType of ['under-18-over-65', 'private'] as const) {
        expect(
          insuranceAge.evaluate({ permitType, birthDate: d('01.01.1950'), insuranceType }, today),
        ).toEqual([]);
      }
    },
  );
});

describe('insurance-period (I1/I5: cover spans the requested period)', () => {
  const base: ApplicationFacts = {
    permitType: 'short-term',
    shortTermPurpose: 'tourism',
    birthDate: d('01.01.1990'),
    insuranceType: 'private',
    requestedStart: d('01.07.2026'),
    requestedEnd: d('30.06.2027'),
  };

  it.each([
    ['starts the day after the permit start', '02.07.2026', '30.06.2027', ['insurance-period.startsLate']],
    ['starts on the permit start', '01.07.2026', '30.06.2027', []],
    ['ends the day before the permit end', '01.07.2026', '29.06.2027', ['insurance-period.endsEarly']],
    ['ends on the permit end', '01.07.2026', '30.06.2027', []],
    ['ends after the permit end', '01.06.2026', '01.07.2027', []],
    [
      'both sides short',
      '05.07.2026',
      '01.06.2027',
      ['insurance-period.startsLate', 'insurance-period.endsEarly'],
    ],
  ])('%s (%s–%s) → %j', (_label, start, end, keys) => {
    const findings = insurancePeriod.evaluate(
      { ...base, insuranceStart: d(start), insuranceEnd: d(end) },
      today,
    );
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('error');
  });

  it('names the dates the user must fix', () => {
    const [finding] = insurancePeriod.evaluate(
      { ...base, insuranceStart: d('01.07.2026'), insuranceEnd: d('31.12.2026') },
      today,
    );
    expect(finding?.params).toEqual({ insuranceEnd: '31.12.2026', requestedEnd: '30.06.2027' });
    expect(finding?.fields).toEqual(['insuranceEnd', 'requestedEnd']);
  });

  it('is switched off for short-term and student applicants exempt by age (I3)', () => {
    const child: ApplicationFacts = {
      ...base,
      birthDate: d('01.01.2015'),
      insuranceStart: d('01.01.2027'),
      insuranceEnd: d('01.02.2027'),
    };
    expect(insurancePeriod.evaluate(child, today)).toEqual([]);
    expect(insurancePeriod.evaluate({ ...child, permitType: 'student' }, today)).toEqual([]);
  });

  it('without a birth date, trusts the age option as the claim of exemption', () => {
    const { birthDate: _omit, ...noBirth } = base;
    const facts = { ...noBirth, insuranceType: 'under-18-over-65' as const, insuranceEnd: d('01.01.2027') };
    expect(insurancePeriod.evaluate(facts, today)).toEqual([]);
  });

  it.each(['humanitarian', 'trafficking-victim'] as const)(
    'gives no insurance error or warning for %s permits, however short the cover',
    (permitType) => {
      const facts: ApplicationFacts = {
        ...base,
        permitType,
        insuranceStart: d('05.07.2026'),
        insuranceEnd: d('01.08.2026'),
      };
      expect(insurancePeriod.evaluate(facts, today)).toEqual([]);
      // The same cover is an error for a short-term applicant: the exemption is the permit type's.
      expect(insurancePeriod.evaluate({ ...facts, permitType: 'short-term' }, today)).toHaveLength(2);
    },
  );

  it.each([
    ['on the 65th birthday', '15.06.1961'],
    ['on the 18th birthday', '15.06.2008'],
  ])('only warns about a short cover %s, where the age exemption is uncertain', (_label, birth) => {
    const facts: ApplicationFacts = { ...base, birthDate: d(birth), insuranceEnd: d('01.01.2027') };
    const findings = insurancePeriod.evaluate(facts, today);
    expect(messageKeys(findings)).toEqual(['insurance-period.endsEarly']);
    expect(findings[0]?.severity).toBe('warning');
    // A day later (18) or a year later (66) the reading is certain again.
    const older = insurancePeriod.evaluate({ ...facts, birthDate: d('15.06.1960') }, today);
    expect(older).toEqual([]);
  });

  it.each(['family', 'long-term'] as const)('is never relaxed by age for %s permits', (permitType) => {
    const elder: ApplicationFacts = {
      ...base,
      permitType,
      birthDate: d('01.01.1940'),
      insuranceEnd: d('01.01.2027'),
    };
    const findings = insurancePeriod.evaluate(elder, today);
    expect(messageKeys(findings)).toEqual(['insurance-period.endsEarly']);
  });

  it('cites YUKK 43(1)(ç) for long-term permits', () => {
    const [finding] = insurancePeriod.evaluate(
      { ...base, permitType: 'long-term', insuranceEnd: d('01.01.2027') },
      today,
    );
    expect(finding?.source.reference).toMatch(/43\(1\)\(ç\)/);
  });
});

describe('family-insurance (I4)', () => {
  it.each([
    [false, ['family-insurance.notAllMembers']],
    [true, []],
    [undefined, []],
  ])('covers all members = %s → %j', (covers, keys) => {
    const findings = familyInsurance.evaluate(
      { permitType: 'family', supporter: covers === undefined ? {} : { insuranceCoversAllMembers: covers } },
      today,
    );
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('error');
  });

  it('does not apply to other permit types', () => {
    const facts: ApplicationFacts = {
      permitType: 'student',
      supporter: { insuranceCoversAllMembers: false },
    };
    expect(familyInsurance.evaluate(facts, today)).toEqual([]);
  });
});
