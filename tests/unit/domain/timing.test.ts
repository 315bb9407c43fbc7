import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { RETIRED_RULES } from '../../../src/domain/retired-rules';
import { RULES } from '../../../src/domain/rules';
import { appointmentAttendance } from '../../../src/domain/rules/appointment-attendance';
import { decisionTime } from '../../../src/domain/rules/decision-time';
import { extendedPermitStart } from '../../../src/domain/rules/extended-permit-start';
import { extensionWindow } from '../../../src/domain/rules/extension-window';
import { lawfulStay } from '../../../src/domain/rules/lawful-stay';
import { permitLapse } from '../../../src/domain/rules/permit-lapse';
import { busiestWindow, stay90In180 } from '../../../src/domain/rules/stay-90-180';
import { travelWhilePending } from '../../../src/domain/rules/travel-while-pending';
import { d, messageKeys } from './support';

describe('lawful-stay (T1 with T2: first application while the stay is lawful, 10-day grace)', () => {
  const facts: ApplicationFacts = { applicationKind: 'first', lawfulStayEnd: d('10.06.2026') };

  it.each([
    ['day before the end', '09.06.2026', 'info', 'lawful-stay.applyBy'],
    ['on the last lawful day', '10.06.2026', 'info', 'lawful-stay.applyBy'],
    ['1 day late', '11.06.2026', 'warning', 'lawful-stay.late'],
    ['10 days late', '20.06.2026', 'warning', 'lawful-stay.late'],
    ['11 days late', '21.06.2026', 'error', 'lawful-stay.ended'],
  ])('%s (%s) → %s', (_label, today, severity, messageKey) => {
    const findings = lawfulStay.evaluate(facts, d(today));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity, messageKey });
  });

  it('gives the last day a late application is still received, and charges it to Yön. 21(2)', () => {
    const [finding] = lawfulStay.evaluate(facts, d('13.06.2026'));
    expect(finding?.params).toEqual({
      lawfulStayEnd: '10.06.2026',
      daysLate: 3,
      lastReceivedDay: '20.06.2026',
    });
    expect(finding?.source.reference).toMatch(/Yön\. 21\(2\)/);
    expect(finding?.source.url).toMatch(/^https:\/\/www\.mevzuat\.gov\.tr\//);
  });

  it('follows the regulation: within 10 days received, beyond 10 days only where situation and needs require', async () => {
    const en: Record<string, string> = (await import('../../../locales/en/rules.json')).default;
    expect(en['lawful-stay.late']).toMatch(/still received/);
    expect(en['lawful-stay.late']).not.toMatch(/discretion/);
    expect(en['lawful-stay.ended']).toMatch(/situation and administrative needs/);
    expect(en['extension-window.expired']).not.toMatch(/discretion/);
    const [beyond] = lawfulStay.evaluate(facts, d('21.06.2026'));
    expect(beyond?.source.reference).toMatch(/Yön\. 21\(2\)/);
    const [extensionBeyond] = extensionWindow.evaluate(
      { applicationKind: 'extension', currentPermitEnd: d('10.06.2026') },
      d('21.06.2026'),
    );
    expect(extensionBeyond).toMatchObject({ severity: 'error', messageKey: 'extension-window.expiredLong' });
    expect(extensionBeyond?.source.reference).toMatch(/Yön\. 21\(2\)/);
  });

  it('counts a still-valid earlier permit as lawful stay', () => {
    const withPermit = { ...facts, currentPermitEnd: d('30.06.2026') };
    const [finding] = lawfulStay.evaluate(withPermit, d('25.06.2026'));
    expect(finding).toMatchObject({ severity: 'info', params: { lawfulStayEnd: '30.06.2026', daysLeft: 5 } });
    expect(finding?.fields).toEqual(['currentPermitEnd']);
  });

  it('only applies to first applications', () => {
    expect(lawfulStay.evaluate({ ...facts, applicationKind: 'extension' }, d('01.08.2026'))).toEqual([]);
  });
});

describe('stay-90-180 (T1: at most 90 days in any rolling 180)', () => {
  const today = d('01.12.2026');
  const first = (stays: ApplicationFacts['stays']): ApplicationFacts => ({ applicationKind: 'first', stays });
  const errors = (facts: ApplicationFacts, day: Date) =>
    stay90In180.evaluate(facts, day).filter((finding) => finding.severity === 'error');

  it.each([
    ['89 days', '01.01.2026', '30.03.2026', 0],
    ['90 days (entry and exit both count)', '01.01.2026', '31.03.2026', 0],
    ['91 days', '01.01.2026', '01.04.2026', 1],
  ])('one stay of %s (%s–%s) → %i error(s)', (_label, entry, exit, count) => {
    expect(errors(first([{ entry: d(entry), exit: d(exit) }]), today)).toHaveLength(count);
  });

  it.each([
    ['30 days', '01.01.2026', '30.01.2026', []],
    ['31 days', '01.01.2026', '31.01.2026', ['stay-90-180.overShortExemption']],
    ['90 days', '01.01.2026', '31.03.2026', ['stay-90-180.overShortExemption']],
    ['91 days', '01.01.2026', '01.04.2026', ['stay-90-180.exceeded']],
  ])('90 is a ceiling, 30 days for some nationalities: %s (%s–%s) → %j', (_label, entry, exit, keys) => {
    const findings = stay90In180.evaluate(first([{ entry: d(entry), exit: d(exit) }]), today);
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) {
      if (finding.messageKey === 'stay-90-180.overShortExemption') {
        expect(finding.severity).toBe('info');
        expect(finding.source.confidence).toBe('uncertain');
      }
    }
  });

  it('adds up separate stays inside one window and reports the window', () => {
    const stays = [
      { entry: d('01.01.2026'), exit: d('15.02.2026') }, // 46 days
      { entry: d('01.04.2026'), exit: d('15.05.2026') }, // 45 days
    ];
    const [finding] = stay90In180.evaluate(first(stays), today);
    expect(finding).toMatchObject({
      severity: 'error',
      params: { days: 91, windowStart: '17.11.2025', windowEnd: '15.05.2026' },
    });
  });

  it('does not add stays that never share a 180-day window', () => {
    const stays = [
      { entry: d('01.01.2026'), exit: d('31.03.2026') }, // 90 days
      { entry: d('01.07.2026'), exit: d('28.09.2026') }, // 90 days, starts 181 days after 01.01
    ];
    expect(errors(first(stays), today)).toEqual([]);
    expect(busiestWindow(stays, today)?.days).toBe(90);
  });

  it('runs an open stay until today and counts overlapping stays once', () => {
    const open = first([{ entry: d('01.09.2026') }]);
    expect(errors(open, d('29.11.2026'))).toEqual([]); // 90 days
    expect(errors(open, d('30.11.2026'))).toHaveLength(1); // 91 days
    const overlapping = [
      { entry: d('01.01.2026'), exit: d('28.02.2026') },
      { entry: d('01.02.2026'), exit: d('31.03.2026') },
    ];
    expect(busiestWindow(overlapping, today)?.days).toBe(90);
  });

  it('ignores a stay whose exit precedes its entry and says nothing for other kinds', () => {
    expect(busiestWindow([{ entry: d('01.05.2026'), exit: d('01.01.2026') }], today)).toBeUndefined();
    const long = [{ entry: d('01.01.2026'), exit: d('30.06.2026') }];
    expect(stay90In180.evaluate({ applicationKind: 'extension', stays: long }, today)).toEqual([]);
  });
});

describe('extended-permit-start (T4)', () => {
  const facts = (start: string): ApplicationFacts => ({
    applicationKind: 'extension',
    currentPermitEnd: d('30.06.2026'),
    requestedStart: d(start),
  });
  it.each([
    ['day before the end', '29.06.2026', 1],
    ['the end day', '30.06.2026', 0],
    ['the day after', '01.07.2026', 0],
    ['two days after', '02.07.2026', 1],
  ])('start on %s (%s) → %i warning', (_label, start, count) => {
    const findings = extendedPermitStart.evaluate(facts(start), d('01.06.2026'));
    expect(findings).toHaveLength(count);
    if (count)
      expect(findings[0]).toMatchObject({
        severity: 'warning',
        params: { currentPermitEnd: '30.06.2026', nextDay: '01.07.2026' },
      });
  });
});

describe('postal-documents (T5: the 2018 postal route has ended)', () => {
  it('is retired: no rule gives an extension a mailing deadline, and the docs say why', () => {
    expect(RULES.map((rule) => rule.id)).not.toContain('postal-documents');
    const keys = RULES.flatMap((rule) => rule.messageKeys);
    expect(keys.filter((key) => key.startsWith('postal-documents.'))).toEqual([]);
    const extension = RULES.flatMap((rule) =>
      rule.evaluate({ applicationKind: 'extension', currentPermitEnd: d('30.06.2026') }, d('22.05.2026')),
    );
    expect(extension.map((finding) => finding.ruleId)).not.toContain('postal-documents');
    expect(RETIRED_RULES.find((rule) => rule.id === 'postal-documents')?.reason).toMatch(/Historical/);
  });
});

describe('travel-while-pending (T9: back within 15 days, fees paid)', () => {
  it.each([
    ['15 days', '16.07.2026', []],
    ['16 days', '17.07.2026', ['travel-while-pending.tooLong']],
  ])('a trip of %s (back on %s) → %j', (_label, back, keys) => {
    const findings = travelWhilePending.evaluate(
      { travel: { exit: d('01.07.2026'), return: d(back), feesPaid: true } },
      d('01.06.2026'),
    );
    expect(messageKeys(findings)).toEqual(keys);
  });

  it('without a return date, says when to be back', () => {
    const [finding] = travelWhilePending.evaluate({ travel: { exit: d('01.07.2026') } }, d('01.06.2026'));
    expect(finding).toMatchObject({
      severity: 'info',
      params: { exit: '01.07.2026', latestReturn: '16.07.2026' },
    });
  });

  it('warns when fees are not paid before leaving', () => {
    const findings = travelWhilePending.evaluate(
      { travel: { exit: d('01.07.2026'), return: d('05.07.2026'), feesPaid: false } },
      d('01.06.2026'),
    );
    expect(messageKeys(findings)).toEqual(['travel-while-pending.feesUnpaid']);
  });
});

describe('information for every application (T7, T8, T10)', () => {
  it('speaks only once an application kind is known', () => {
    for (const rule of [appointmentAttendance, decisionTime, permitLapse]) {
      expect(rule.evaluate({}, d('01.06.2026'))).toEqual([]);
      const findings = rule.evaluate({ applicationKind: 'first' }, d('01.06.2026'));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.severity).toBe('info');
    }
  });

  it('mentions the longer decision time for long-term permits', () => {
    const [finding] = decisionTime.evaluate(
      { applicationKind: 'first', permitType: 'long-term' },
      d('01.06.2026'),
    );
    expect(finding?.messageKey).toBe('decision-time.longTerm');
  });
});
