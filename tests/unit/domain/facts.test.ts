import { describe, expect, it } from 'vitest';
import { applicationFactsSchema, readApplicationFacts } from '../../../src/domain/facts';
import { d } from './support';

describe('ApplicationFacts schema (validated at the boundary)', () => {
  it('accepts an empty application: every fact is optional', () => {
    expect(applicationFactsSchema.safeParse({}).success).toBe(true);
  });

  it('accepts a full family application', () => {
    const result = readApplicationFacts({
      applicationKind: 'first',
      permitType: 'family',
      familyRole: 'spouse',
      requestedStart: d('01.07.2026'),
      requestedEnd: d('30.06.2027'),
      stays: [{ entry: d('01.01.2026') }],
      travel: { exit: d('01.08.2026'), feesPaid: true },
      supporter: { citizen: false, monthlyIncomeTl: 40_000.5, familySize: 3, residenceMonths: 24 },
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an unknown permit type', { permitType: 'tourist' }],
    ['a date as text', { passportExpiry: '01.02.2027' }],
    ['an invalid date', { passportExpiry: new Date(Number.NaN) }],
    ['a negative income', { supporter: { monthlyIncomeTl: -1 } }],
    ['a family of zero', { supporter: { familySize: 0 } }],
    ['fractional months', { requestedMonths: 1.5 }],
    ['a stay without an entry', { stays: [{ exit: d('01.01.2026') }] }],
  ])('refuses %s with a readable error', (_label, input) => {
    const result = readApplicationFacts(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });
});
