import { describe, expect, it } from 'vitest';
import type { ApplicationFacts, SupporterFacts } from '../../../src/domain/facts';
import { MINIMUM_WAGES } from '../../../src/domain/minimum-wage';
import { familyIncome } from '../../../src/domain/rules/family-income';
import { longTermConditions } from '../../../src/domain/rules/long-term-conditions';
import { spouseAge } from '../../../src/domain/rules/spouse-age';
import { supporterResidence } from '../../../src/domain/rules/supporter-residence';
import { d, messageKeys } from './support';

const today = d('01.06.2026');
const family = (supporter: SupporterFacts, extra: ApplicationFacts = {}): ApplicationFacts => ({
  permitType: 'family',
  supporter,
  ...extra,
});

describe('family-income (F1 on the 2026 minimum wage: net 28,075.50 TL, gross 33,030 TL)', () => {
  it.each([
    // Up to 3 members the floor (the minimum wage itself) decides.
    ['3 members, 1 kuruş under net', 3, 28_075.49, 'warning', 'family-income.belowBothBases'],
    ['3 members, exactly net', 3, 28_075.5, 'info', 'family-income.belowGrossBasis'],
    ['3 members, 1 kuruş under gross', 3, 33_029.99, 'info', 'family-income.belowGrossBasis'],
    ['3 members, exactly gross', 3, 33_030, null, null],
    // From 4 members a third of the wage per member decides: 4 × 9,358.50 and 4 × 11,010.
    ['4 members, just under 37,434 (net)', 4, 37_433.99, 'warning', 'family-income.belowBothBases'],
    ['4 members, exactly 37,434 (net)', 4, 37_434, 'info', 'family-income.belowGrossBasis'],
    ['4 members, just under 44,040 (gross)', 4, 44_039.99, 'info', 'family-income.belowGrossBasis'],
    ['4 members, exactly 44,040 (gross)', 4, 44_040, null, null],
  ] as const)('%s (%i members, %d TL) → %s %s', (_label, familySize, income, severity, messageKey) => {
    const findings = familyIncome.evaluate(family({ monthlyIncomeTl: income, familySize }), today);
    expect(findings.map((finding) => [finding.severity, finding.messageKey])).toEqual(
      severity ? [[severity, messageKey]] : [],
    );
  });

  it('shows both thresholds and which basis produced the finding', () => {
    const [finding] = familyIncome.evaluate(family({ monthlyIncomeTl: 30_000, familySize: 4 }), today);
    expect(finding?.params).toMatchObject({
      income: 30_000,
      familySize: 4,
      year: 2026,
      netThreshold: 37_434,
      grossThreshold: 44_040,
      basis: 'net',
    });
  });

  it('never errors: net vs gross and the wage figures are unsettled', () => {
    const [finding] = familyIncome.evaluate(family({ monthlyIncomeTl: 0, familySize: 9 }), today);
    expect(finding?.severity).toBe('warning');
    expect(finding?.source.confidence).toBe('uncertain');
  });

  it('uses the 2025 figures in 2025', () => {
    const [finding] = familyIncome.evaluate(
      family({ monthlyIncomeTl: 23_000, familySize: 2 }),
      d('01.06.2025'),
    );
    expect(finding).toMatchObject({
      messageKey: 'family-income.belowGrossBasis',
      params: { netThreshold: 22_104.67, grossThreshold: 26_005.5 },
    });
  });

  it('does not fall silent on 1 January: checks with the latest known figure and says it may be out of date', () => {
    const findings = familyIncome.evaluate(
      family({ monthlyIncomeTl: 20_000, familySize: 2 }),
      d('01.01.2027'),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageKey: 'family-income.latestKnownFigure',
        params: { year: 2027, wageYear: 2026 },
      }),
      expect.objectContaining({
        severity: 'warning',
        messageKey: 'family-income.belowBothBases',
        params: expect.objectContaining({ year: 2026, netThreshold: 28_075.5 }),
      }),
    ]);
  });

  it('still flags the out-of-date figure when the income passes on it', () => {
    const findings = familyIncome.evaluate(
      family({ monthlyIncomeTl: 100_000, familySize: 2 }),
      d('01.01.2027'),
    );
    expect(messageKeys(findings)).toEqual(['family-income.latestKnownFigure']);
  });

  it('says so when no figure exists for the year or any earlier one', () => {
    const findings = familyIncome.evaluate(
      family({ monthlyIncomeTl: 100_000, familySize: 2 }),
      d('01.06.2024'),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageKey: 'family-income.noWageFigure',
        params: { year: 2024 },
      }),
    ]);
  });

  it('keeps a source for every minimum-wage figure', () => {
    for (const wage of MINIMUM_WAGES) {
      expect(wage.netTl).toBeLessThan(wage.grossTl);
      expect(wage.reference).toMatch(/Resmî Gazete/);
    }
  });
});

describe('supporter-residence (F2: foreign supporter ≥ 1 year, with its exceptions)', () => {
  const noException = { internationalProtection: false, workPermit: false } as const;

  it.each([
    [11, ['supporter-residence.tooShort']],
    [12, []],
  ])('%i months, neither exception applies → %j (error)', (months, keys) => {
    const findings = supporterResidence.evaluate(family({ residenceMonths: months, ...noException }), today);
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('error');
  });

  it.each([
    ['nothing known about the exceptions', {}],
    ['no work permit, protection status unknown', { workPermit: false }],
    ['no protection status, work permit unknown', { internationalProtection: false }],
  ])('11 months, %s → a warning naming the exceptions, never an error', (_label, known) => {
    const findings = supporterResidence.evaluate(family({ residenceMonths: 11, ...known }), today);
    expect(messageKeys(findings)).toEqual(['supporter-residence.tooShortUnlessException']);
    expect(findings[0]?.severity).toBe('warning');
  });

  it.each([
    ['a work permit (seed: accepted instead of a year on permits)', { workPermit: true }],
    ['refugee or subsidiary-protection status', { internationalProtection: true }],
  ])('11 months with %s → information only', (_label, exception) => {
    const findings = supporterResidence.evaluate(family({ residenceMonths: 11, ...exception }), today);
    expect(messageKeys(findings)).toEqual(['supporter-residence.exceptionApplies']);
    expect(findings[0]?.severity).toBe('info');
    const recent = supporterResidence.evaluate(family({ permitStart: d('02.06.2025'), ...exception }), today);
    expect(messageKeys(recent)).toEqual(['supporter-residence.exceptionApplies']);
  });

  it.each([
    ['a year minus a day ago', '02.06.2025', ['supporter-residence.currentPermitRecent']],
    ['exactly a year ago', '01.06.2025', []],
  ])(
    'with only the current permit, started %s (%s) → %j (a warning: earlier permits may exist)',
    (_label, start, keys) => {
      const findings = supporterResidence.evaluate(family({ permitStart: d(start) }), today);
      expect(messageKeys(findings)).toEqual(keys);
      if (findings[0])
        expect(findings[0]).toMatchObject({ severity: 'warning', params: { oneYearDate: '02.06.2026' } });
    },
  );

  it('does not apply to a citizen supporter', () => {
    expect(supporterResidence.evaluate(family({ citizen: true, residenceMonths: 0 }), today)).toEqual([]);
  });
});

describe('spouse-age (F4: both spouses 18+, O*/C → warning)', () => {
  it.each([
    ['17 (day before the 18th birthday)', '02.06.2008', ['spouse-age.applicantUnder18']],
    ['18 on the birthday', '01.06.2008', []],
  ])('applicant aged %s (born %s) → %j', (_label, birth, keys) => {
    const findings = spouseAge.evaluate(family({}, { familyRole: 'spouse', birthDate: d(birth) }), today);
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('warning');
  });

  it('checks the supporter spouse too, and not children', () => {
    const facts = family(
      { birthDate: d('02.06.2008') },
      { familyRole: 'spouse', birthDate: d('01.01.1990') },
    );
    expect(messageKeys(spouseAge.evaluate(facts, today))).toEqual(['spouse-age.supporterUnder18']);
    expect(spouseAge.evaluate({ ...facts, familyRole: 'child' }, today)).toEqual([]);
  });
});

describe('long-term-conditions (L1–L5 as information)', () => {
  it('lists the conditions for a first long-term application only', () => {
    const findings = longTermConditions.evaluate(
      { permitType: 'long-term', applicationKind: 'first' },
      today,
    );
    expect(findings).toHaveLength(5);
    for (const finding of findings) expect(finding.severity).toBe('info');
    expect(longTermConditions.evaluate({ permitType: 'family' }, today)).toEqual([]);
  });
});
