import { addDays, subDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { extensionWindow } from '../../../src/domain/rules/extension-window';
import { arbitraryDay, d } from './support';

const facts: ApplicationFacts = { applicationKind: 'extension', currentPermitEnd: d('30.06.2026') };

describe('extension-window (T3: from end − 60 days to the end, inclusive)', () => {
  it.each([
    ['day before the window opens', '30.04.2026', 'warning', 'extension-window.tooEarly'],
    ['window opens (end − 60 d)', '01.05.2026', 'info', 'extension-window.open'],
    ['last day (the end itself)', '30.06.2026', 'info', 'extension-window.open'],
    ['day after the end', '01.07.2026', 'error', 'extension-window.expired'],
    ['10 days after the end', '10.07.2026', 'error', 'extension-window.expired'],
    ['11 days after the end', '11.07.2026', 'error', 'extension-window.expiredLong'],
  ])('%s (%s) → %s', (_label, today, severity, messageKey) => {
    const findings = extensionWindow.evaluate(facts, d(today));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity, messageKey, fields: ['currentPermitEnd'] });
  });

  it('says when the window opens when it is too early', () => {
    const [finding] = extensionWindow.evaluate(facts, d('20.04.2026'));
    expect(finding?.params).toEqual({
      currentPermitEnd: '30.06.2026',
      windowOpens: '01.05.2026',
      daysUntilOpen: 11,
    });
  });

  it('counts the days left inside the window', () => {
    expect(extensionWindow.evaluate(facts, d('01.05.2026'))[0]?.params.daysLeft).toBe(60);
    expect(extensionWindow.evaluate(facts, d('30.06.2026'))[0]?.params.daysLeft).toBe(0);
  });

  it('after expiry points to a new application within the 10-day late window (T2)', () => {
    const [finding] = extensionWindow.evaluate(facts, d('03.07.2026'));
    expect(finding?.params).toEqual({
      currentPermitEnd: '30.06.2026',
      daysLate: 3,
      lastNewApplicationDay: '10.07.2026',
    });
  });

  it('only speaks for extensions with a known permit end', () => {
    expect(extensionWindow.evaluate({ ...facts, applicationKind: 'first' }, d('01.05.2026'))).toEqual([]);
    expect(extensionWindow.evaluate({ applicationKind: 'extension' }, d('01.05.2026'))).toEqual([]);
  });

  it('property: the verdict changes exactly at end − 60 days and at the end', () => {
    fc.assert(
      fc.property(arbitraryDay, fc.integer({ min: -400, max: 400 }), (end, offset) => {
        const today = addDays(end, offset);
        const [finding] = extensionWindow.evaluate(
          { applicationKind: 'extension', currentPermitEnd: end },
          today,
        );
        const expected = offset < -60 ? 'warning' : offset <= 0 ? 'info' : 'error';
        expect(finding?.severity).toBe(expected);
        const opens = subDays(end, 60);
        if (offset === -60) expect(today.getTime()).toBe(opens.getTime());
      }),
    );
  });
});
