import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { passportValidity } from '../../../src/domain/rules/passport-validity';
import { arbitraryFacts, d } from './support';

const today = d('01.06.2026');
const base: ApplicationFacts = {
  applicationKind: 'first',
  requestedStart: d('01.07.2026'),
  requestedEnd: d('30.06.2027'),
};

describe('passport-validity (P1: passport valid 60 days beyond the requested end)', () => {
  it.each([
    ['one day short of end + 60', '28.08.2027', 1],
    ['exactly end + 60', '29.08.2027', 0],
    ['one day more than end + 60', '30.08.2027', 0],
  ])('%s (%s) → %i finding(s)', (_label, expiry, count) => {
    const findings = passportValidity.evaluate({ ...base, passportExpiry: d(expiry) }, today);
    expect(findings).toHaveLength(count);
  });

  it('is an error that names the latest possible end and the passport expiry needed', () => {
    const [finding] = passportValidity.evaluate({ ...base, passportExpiry: d('01.03.2027') }, today);
    expect(finding).toMatchObject({
      ruleId: 'passport-validity',
      severity: 'error',
      messageKey: 'passport-validity.tooShort',
      params: {
        passportExpiry: '01.03.2027',
        requestedEnd: '30.06.2027',
        latestEnd: '31.12.2026',
        passportNeeded: '29.08.2027',
      },
      fields: ['passportExpiry', 'requestedEnd'],
    });
  });

  it('tells the user to renew first when no end date after the start can work', () => {
    const onStart = passportValidity.evaluate({ ...base, passportExpiry: d('30.08.2026') }, today);
    expect(onStart[0]?.messageKey).toBe('passport-validity.renewFirst');
    const dayLater = passportValidity.evaluate({ ...base, passportExpiry: d('31.08.2026') }, today);
    expect(dayLater[0]?.messageKey).toBe('passport-validity.tooShort');
    expect(dayLater[0]?.params.latestEnd).toBe('02.07.2026');
  });

  it('derives the end from the requested months (extension starts at the current permit end)', () => {
    const facts: ApplicationFacts = {
      applicationKind: 'extension',
      currentPermitEnd: d('15.07.2026'),
      requestedMonths: 12,
      passportExpiry: d('12.09.2027'),
    };
    expect(passportValidity.evaluate(facts, today)[0]?.params.requestedEnd).toBe('15.07.2027');
    expect(passportValidity.evaluate({ ...facts, passportExpiry: d('13.09.2027') }, today)).toEqual([]);
  });

  it('stays silent without a passport expiry or a requested end', () => {
    expect(passportValidity.evaluate({ requestedEnd: d('30.06.2027') }, today)).toEqual([]);
    expect(passportValidity.evaluate({ passportExpiry: d('01.01.2026') }, today)).toEqual([]);
  });

  it('property: moving the passport expiry later never creates a finding', () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.integer({ min: 1, max: 4000 }), (facts, extraDays) => {
        if (!facts.passportExpiry) return;
        const before = passportValidity.evaluate(facts, today);
        const later = { ...facts, passportExpiry: addDays(facts.passportExpiry, extraDays) };
        const after = passportValidity.evaluate(later, today);
        expect(after.length).toBeLessThanOrEqual(before.length);
      }),
    );
  });
});
