import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { insuranceCover } from '../../../src/domain/rules/insurance-cover';
import { longTermConditions } from '../../../src/domain/rules/long-term-conditions';
import { tourismPermit } from '../../../src/domain/rules/tourism-permit';
import { d, messageKeys } from './support';

const june = d('01.06.2026');

describe('tourism-permit (T13: the 1-year practice and 2025–26 reports; never an error)', () => {
  const tourism = (facts: ApplicationFacts = {}): ApplicationFacts => ({
    permitType: 'short-term',
    shortTermPurpose: 'tourism',
    ...facts,
  });

  it.each([
    [11, ['tourism-permit.oneYearLimit', 'tourism-permit.recentPractice']],
    [12, ['tourism-permit.oneYearReached', 'tourism-permit.recentPractice']],
  ])('%i months already on tourism permits → %j', (months, keys) => {
    expect(messageKeys(tourismPermit.evaluate(tourism({ tourismPermitMonths: months }), june))).toEqual(keys);
  });

  it('warns at 12 months, never errors, and never shows the 2019 notice without its 2020 suspension', async () => {
    const findings = tourismPermit.evaluate(tourism({ tourismPermitMonths: 24 }), june);
    expect(findings[0]).toMatchObject({ severity: 'warning', params: { months: 24, limitMonths: 12 } });
    expect(findings.every((finding) => finding.severity !== 'error')).toBe(true);
    for (const lang of ['en', 'tr', 'ar', 'ru']) {
      const catalogue: Record<string, string> = (await import(`../../../locales/${lang}/rules.json`)).default;
      for (const key of ['tourism-permit.oneYearReached', 'tourism-permit.oneYearLimit']) {
        expect(catalogue[key], `${lang} ${key}`).toMatch(/2019/);
        expect(catalogue[key], `${lang} ${key}`).toMatch(/2020/);
      }
    }
  });

  it('reminds an extension of the limit when the months are unknown', () => {
    const findings = tourismPermit.evaluate(tourism({ applicationKind: 'extension' }), june);
    expect(messageKeys(findings)).toEqual(['tourism-permit.oneYearLimit', 'tourism-permit.recentPractice']);
  });

  it('computes 1.5 × the net minimum wage per person, at uncertain confidence', () => {
    const [finding] = tourismPermit.evaluate(tourism({ applicationKind: 'first' }), june);
    expect(finding).toMatchObject({
      severity: 'info',
      messageKey: 'tourism-permit.recentPractice',
      params: { perPerson: 42_113.25, wageYear: 2026 },
    });
    expect(finding?.source.confidence).toBe('uncertain');
  });

  it('uses the latest known minimum wage in a year without a published figure', () => {
    const [finding] = tourismPermit.evaluate(tourism({ applicationKind: 'first' }), d('15.01.2027'));
    expect(finding?.params).toEqual({ perPerson: 42_113.25, wageYear: 2026 });
  });

  it('is silent for other purposes and permit types', () => {
    expect(tourismPermit.evaluate({ permitType: 'short-term', shortTermPurpose: 'business' }, june)).toEqual(
      [],
    );
    expect(tourismPermit.evaluate({ permitType: 'student', tourismPermitMonths: 30 }, june)).toEqual([]);
  });
});

describe('insurance-cover (I2: SEDDK 2024/34 minimum cover, a hint)', () => {
  it('gives the minimum cover for a private policy, at consultancy confidence', () => {
    const [finding] = insuranceCover.evaluate({ insuranceType: 'private' }, june);
    expect(finding).toMatchObject({ severity: 'info', params: { outpatientMinimum: 15_000 } });
    expect(finding?.source.confidence).toBe('consultancy');
  });

  it('is silent for SGK and the age option', () => {
    expect(insuranceCover.evaluate({ insuranceType: 'sgk-general' }, june)).toEqual([]);
    expect(insuranceCover.evaluate({ insuranceType: 'under-18-over-65' }, june)).toEqual([]);
  });
});

describe('long-term-conditions on the Migration Policy Board route (YUKK 42)', () => {
  it('drops the 8 years, social-assistance and income items and names the shorter list', () => {
    const findings = longTermConditions.evaluate(
      { applicationKind: 'first', permitType: 'long-term', longTermRoute: 'policy-board' },
      june,
    );
    expect(messageKeys(findings)).toEqual([
      'long-term-conditions.policyBoardRoute',
      'long-term-conditions.excludedStatuses',
      'long-term-conditions.timeAbroad',
    ]);
    expect(findings[0]?.source.reference).toMatch(/42/);
  });

  it('keeps the 8-year conditions when the route is 8 years or unknown', () => {
    for (const longTermRoute of ['eight-years', undefined] as const) {
      const findings = longTermConditions.evaluate(
        { applicationKind: 'first', permitType: 'long-term', longTermRoute },
        june,
      );
      expect(messageKeys(findings)).toContain('long-term-conditions.eightYears');
    }
  });
});
