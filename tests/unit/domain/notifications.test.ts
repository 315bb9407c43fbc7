import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { addressNotification } from '../../../src/domain/rules/address-notification';
import { newbornPermit } from '../../../src/domain/rules/newborn-permit';
import { personalDataNotification } from '../../../src/domain/rules/personal-data-notification';
import { provinceMove } from '../../../src/domain/rules/province-move';
import { d, messageKeys } from './support';

// 20 working days after Fri 22.05.2026 (Kurban Bayramı 27–30 May; arife counts): Wed 24.06.2026.
const moveDate = d('22.05.2026');

describe('address-notification (N1: 20 working days, O*/U → warning at most)', () => {
  it('puts the deadline after the bayram', () => {
    const [finding] = addressNotification.evaluate({ moveDate }, d('25.05.2026'));
    expect(finding).toMatchObject({
      severity: 'info',
      messageKey: 'address-notification.deadline',
      params: { deadline: '24.06.2026' },
    });
  });

  it.each([
    ['on the deadline', '24.06.2026', []],
    ['the day after', '25.06.2026', ['address-notification.late']],
  ])('notifying %s (%s) → %j', (_label, notify, keys) => {
    const findings = addressNotification.evaluate({ moveDate, notifyDate: d(notify) }, d('25.05.2026'));
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('warning');
  });

  it.each([
    ['on the deadline', '24.06.2026', 'address-notification.deadline'],
    ['the day after', '25.06.2026', 'address-notification.overdue'],
  ])('without a notify date, today %s (%s) → %s', (_label, today, key) => {
    expect(messageKeys(addressNotification.evaluate({ moveDate }, d(today)))).toEqual([key]);
  });

  it('leaves a move to another province to province-move', () => {
    expect(addressNotification.evaluate({ moveDate, provinceChange: true }, d('25.05.2026'))).toEqual([]);
    expect(
      addressNotification.evaluate(
        { moveDate, currentPermitProvince: '34', province: '06' },
        d('25.05.2026'),
      ),
    ).toEqual([]);
  });

  it('still speaks on a transfer (a change of permit type is not a move to another province)', () => {
    const findings = addressNotification.evaluate({ moveDate, applicationKind: 'transfer' }, d('25.05.2026'));
    expect(messageKeys(findings)).toEqual(['address-notification.deadline']);
  });

  it('reports a move outside the calendar years instead of guessing', () => {
    const findings = addressNotification.evaluate({ moveDate: d('20.12.2030') }, d('21.12.2030'));
    expect(findings).toEqual([
      expect.objectContaining({ messageKey: 'calendar.outOfRange', params: { year: 2031 } }),
    ]);
  });
});

describe('province-move (N2: apply in the new province within 20 working days)', () => {
  const facts: ApplicationFacts = { applicationKind: 'extension', provinceChange: true, moveDate };

  it('never fires on a transfer (change of permit type) alone', () => {
    expect(provinceMove.evaluate({ applicationKind: 'transfer' }, d('25.05.2026'))).toEqual([]);
    expect(provinceMove.evaluate({ applicationKind: 'transfer', moveDate }, d('25.05.2026'))).toEqual([]);
    expect(
      provinceMove.evaluate(
        { applicationKind: 'transfer', provinceChange: false, moveDate },
        d('25.05.2026'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['the entry page said "change my province"', { provinceChange: true }],
    ["the new province differs from the permit's", { currentPermitProvince: '34', province: '06' }],
  ] as const)('fires on the move itself: %s', (_label, move) => {
    const findings = provinceMove.evaluate({ applicationKind: 'first', ...move }, d('25.05.2026'));
    expect(messageKeys(findings)).toEqual(['province-move.feeCarriesOver']);
  });

  it("does not fire when the new province is the permit's own", () => {
    expect(
      provinceMove.evaluate({ currentPermitProvince: '34', province: '34', moveDate }, d('25.05.2026')),
    ).toEqual([]);
  });

  it.each([
    ['on the deadline', '24.06.2026', ['province-move.feeCarriesOver', 'province-move.deadline']],
    ['the day after', '25.06.2026', ['province-move.feeCarriesOver', 'province-move.late']],
  ])('applying %s (%s) → %j', (_label, today, keys) => {
    const findings = provinceMove.evaluate(facts, d(today));
    expect(messageKeys(findings)).toEqual(keys);
    expect(
      findings.find((finding) => finding.messageKey === 'province-move.late')?.severity ?? 'warning',
    ).toBe('warning');
  });
});

describe('personal-data-notification (N3: name or marital status, 20 working days)', () => {
  it.each(['name', 'marital-status'] as const)(
    'gives the 20-working-day deadline after a %s change',
    (kind) => {
      const [finding] = personalDataNotification.evaluate(
        { identityChangeDate: moveDate, identityChangeKind: kind },
        d('25.05.2026'),
      );
      expect(finding).toMatchObject({
        severity: 'info',
        messageKey: 'personal-data-notification.deadline',
        params: { changeDate: '22.05.2026', deadline: '24.06.2026' },
      });
    },
  );

  it('says nothing about a passport renewal with the same name, or a change of unknown kind', () => {
    const renewal = { identityChangeDate: moveDate, identityChangeKind: 'passport-only' } as const;
    expect(personalDataNotification.evaluate(renewal, d('25.05.2026'))).toEqual([]);
    expect(personalDataNotification.evaluate({ identityChangeDate: moveDate }, d('25.05.2026'))).toEqual([]);
    expect(personalDataNotification.evaluate({ passportIssueDate: moveDate }, d('25.05.2026'))).toEqual([]);
  });

  it('reports a change outside the calendar years instead of guessing', () => {
    const findings = personalDataNotification.evaluate(
      { identityChangeDate: d('20.12.2030'), identityChangeKind: 'name' },
      d('21.12.2030'),
    );
    expect(messageKeys(findings)).toEqual(['calendar.outOfRange']);
  });
});

describe('newborn-permit (N4: within 180 days of birth)', () => {
  const facts: ApplicationFacts = { childBirthDate: d('01.01.2026') };
  it.each([
    ['day 180', '30.06.2026', 'info', 'newborn-permit.deadline'],
    ['day 181', '01.07.2026', 'warning', 'newborn-permit.late'],
  ])('applying on %s (%s) → %s', (_label, today, severity, messageKey) => {
    const findings = newbornPermit.evaluate(facts, d(today));
    expect(findings).toEqual([
      expect.objectContaining({
        severity,
        messageKey,
        params: { childBirthDate: '01.01.2026', deadline: '30.06.2026' },
      }),
    ]);
  });
});
