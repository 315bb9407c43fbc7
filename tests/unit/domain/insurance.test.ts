import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { familyInsurance } from '../../../src/domain/rules/family-insurance';
import { insuranceAge } from '../../../src/domain/rules/insurance-age';
import { insurancePeriod } from '../../../src/domain/rules/insurance-period';
import { d, messageKeys } from './support';

const today = d('15.06.2026');

describe('insurance-age (I3: under 18 or over 65, read as 66+, choose the age option)', () => {
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
    ['18 on the birthday', '15.06.2008', 18, false],
    ['40', '01.01.1986', 40, false],
    ['65 on the 65th birthday', '15.06.1961', 65, false],
    ['65, the day before the 66th birthday', '16.06.1960', 65, false],
    ['66 on the 66th birthday', '15.06.1960', 66, true],
  ])('%s (born %s, age %i) → exempt: %s', (_label, birth, age, exempt) => {
    const withPrivate = insuranceAge.evaluate(shortTerm(birth, 'private'), today);
    const withAgeOption = insuranceAge.evaluate(shortTerm(birth, 'under-18-over-65'), today);
    if (exempt) {
      expect(messageKeys(withPrivate)).toEqual(['insurance-age.chooseAgeOption']);
      expect(withPrivate[0]?.params).toEqual({ age });
      expect(withAgeOption).toEqual([]);
    } else {
      expect(withPrivate).toEqual([]);
      expect(messageKeys(withAgeOption)).toEqual(['insurance-age.notEligible']);
      expect(withAgeOption[0]?.params).toEqual({ age });
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

  it.each(['family', 'long-term', 'humanitarian'] as const)(
    'refuses the age option for %s permits at any age',
    (permitType) => {
      const facts: ApplicationFacts = {
        permitType,
        birthDate: d('01.01.1950'),
        insuranceType: 'under-18-over-65',
      };
      expect(messageKeys(insuranceAge.evaluate(facts, today))).toEqual(['insurance-age.notForPermitType']);
      expect(insuranceAge.evaluate({ ...facts, insuranceType: 'private' }, today)).toEqual([]);
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
