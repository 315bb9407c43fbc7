import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { durationCap } from '../../../src/domain/rules/duration-cap';
import { graduateWindow } from '../../../src/domain/rules/graduate-window';
import { longTermExtension } from '../../../src/domain/rules/long-term-extension';
import { supporterPermitEnd } from '../../../src/domain/rules/supporter-permit-end';
import { turkishCourseLimit } from '../../../src/domain/rules/turkish-course-limit';
import { d, messageKeys } from './support';

const today = d('01.06.2026');

describe('duration-cap (D1, D2, D4, D5, D8, D9)', () => {
  const period = (facts: ApplicationFacts, end: string): ApplicationFacts => ({
    applicationKind: 'first',
    requestedStart: d('01.07.2026'),
    requestedEnd: d(end),
    ...facts,
  });

  it.each([
    [
      'short-term tourism, 2 years − 1 day',
      { permitType: 'short-term', shortTermPurpose: 'tourism' },
      '30.06.2028',
      null,
    ],
    [
      'short-term tourism, exactly 2 years',
      { permitType: 'short-term', shortTermPurpose: 'tourism' },
      '01.07.2028',
      null,
    ],
    [
      'short-term tourism, 2 years + 1 day',
      { permitType: 'short-term', shortTermPurpose: 'tourism' },
      '02.07.2028',
      'error',
    ],
    ['graduate, 1 year', { permitType: 'short-term', shortTermPurpose: 'graduate' }, '01.07.2027', null],
    [
      'graduate, 1 year + 1 day',
      { permitType: 'short-term', shortTermPurpose: 'graduate' },
      '02.07.2027',
      'error',
    ],
    ['investor, 3 years', { permitType: 'short-term', shortTermPurpose: 'investor' }, '01.07.2029', null],
    ['investor, 5 years', { permitType: 'short-term', shortTermPurpose: 'investor' }, '01.07.2031', null],
    [
      'investor, 5 years + 1 day (reported cap → warning)',
      { permitType: 'short-term', shortTermPurpose: 'investor' },
      '02.07.2031',
      'warning',
    ],
    [
      'TRNC citizen, 5 years + 1 day',
      { permitType: 'short-term', shortTermPurpose: 'trnc-citizen' },
      '02.07.2031',
      'warning',
    ],
    ['family, 3 years', { permitType: 'family' }, '01.07.2029', null],
    ['family, 3 years + 1 day', { permitType: 'family' }, '02.07.2029', 'error'],
    ['humanitarian, 1 year + 1 day', { permitType: 'humanitarian' }, '02.07.2027', 'error'],
    ['trafficking victim first, 30 days', { permitType: 'trafficking-victim' }, '31.07.2026', null],
    ['trafficking victim first, 31 days', { permitType: 'trafficking-victim' }, '01.08.2026', 'error'],
    [
      'trafficking victim extension, 6 months + 1 day',
      { permitType: 'trafficking-victim', applicationKind: 'extension' },
      '02.01.2027',
      'error',
    ],
    ['student (no cap without the level of study)', { permitType: 'student' }, '01.07.2032', null],
    ['short-term without a purpose', { permitType: 'short-term' }, '01.07.2032', null],
  ] as const)('%s: %o ending %s → %s', (_label, facts, end, severity) => {
    const findings = durationCap.evaluate(period(facts as ApplicationFacts, end), today);
    expect(findings.map((finding) => finding.severity)).toEqual(severity ? [severity] : []);
  });

  it('suggests the latest end date allowed', () => {
    const [finding] = durationCap.evaluate(period({ permitType: 'family' }, '01.01.2030'), today);
    expect(finding).toMatchObject({
      messageKey: 'duration-cap.tooLong',
      params: { capMonths: 36, latestEnd: '01.07.2029', requestedEnd: '01.01.2030' },
    });
  });

  it.each([
    [24, []],
    [25, ['duration-cap.tooManyMonths']],
  ])('compares a months-only request of %i months with the 24-month cap', (months, keys) => {
    const facts: ApplicationFacts = {
      permitType: 'short-term',
      shortTermPurpose: 'business',
      requestedMonths: months,
    };
    expect(messageKeys(durationCap.evaluate(facts, today))).toEqual(keys);
  });

  it('measures an extension from the current permit end when no start is given', () => {
    const facts: ApplicationFacts = {
      applicationKind: 'extension',
      permitType: 'humanitarian',
      currentPermitEnd: d('30.06.2026'),
      requestedEnd: d('01.07.2027'),
    };
    expect(messageKeys(durationCap.evaluate(facts, today))).toEqual(['duration-cap.tooLong']);
  });
});

describe('supporter-permit-end (D5: never beyond the supporter permit)', () => {
  const facts = (end: string, citizen?: boolean): ApplicationFacts => ({
    permitType: 'family',
    requestedStart: d('01.07.2026'),
    requestedEnd: d(end),
    supporter: { permitEnd: d('31.12.2027'), ...(citizen === undefined ? {} : { citizen }) },
  });
  it.each([
    ['the day before', '30.12.2027', 0],
    ['the same day', '31.12.2027', 0],
    ['the day after', '01.01.2028', 1],
  ])('a family permit ending %s the supporter permit (%s) → %i error', (_label, end, count) => {
    const findings = supporterPermitEnd.evaluate(facts(end), today);
    expect(findings).toHaveLength(count);
    if (count)
      expect(findings[0]).toMatchObject({ severity: 'error', params: { supporterPermitEnd: '31.12.2027' } });
  });
  it('does not apply to a citizen supporter', () => {
    expect(supporterPermitEnd.evaluate(facts('01.01.2029', true), today)).toEqual([]);
  });
});

describe('turkish-course-limit (D3)', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
  ])('%i previous course permits → %i error', (previous, count) => {
    const findings = turkishCourseLimit.evaluate(
      {
        permitType: 'short-term',
        shortTermPurpose: 'turkish-course',
        previousTurkishCoursePermits: previous,
      },
      today,
    );
    expect(findings.filter((finding) => finding.severity === 'error')).toHaveLength(count);
  });
});

describe('graduate-window (D4, D4b)', () => {
  const facts: ApplicationFacts = {
    permitType: 'short-term',
    shortTermPurpose: 'graduate',
    graduationDate: d('15.01.2026'),
  };

  it.each([
    ['the last day of the 6 months', '15.07.2026', 'info', 'graduate-window.deadlines'],
    ['one day later', '16.07.2026', 'error', 'graduate-window.late'],
  ])('applying on %s (%s) → %s', (_label, day, severity, messageKey) => {
    const findings = graduateWindow.evaluate(facts, d(day));
    expect(findings).toEqual([expect.objectContaining({ severity, messageKey })]);
  });

  it('shows the conflicting 10-day university deadline next to the 6-month window', () => {
    const [finding] = graduateWindow.evaluate(facts, d('20.01.2026'));
    expect(finding?.params).toEqual({
      graduationDate: '15.01.2026',
      windowEnd: '15.07.2026',
      tenDayDeadline: '25.01.2026',
    });
  });

  it('refuses a second graduate permit', () => {
    const findings = graduateWindow.evaluate({ ...facts, graduatePermitUsedBefore: true }, d('20.01.2026'));
    expect(findings[0]).toMatchObject({ severity: 'error', messageKey: 'graduate-window.usedBefore' });
  });
});

describe('long-term-extension (D10)', () => {
  it('refuses to extend an indefinite permit', () => {
    const findings = longTermExtension.evaluate(
      { permitType: 'long-term', applicationKind: 'extension' },
      today,
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(longTermExtension.evaluate({ permitType: 'long-term', applicationKind: 'first' }, today)).toEqual(
      [],
    );
  });
});
