import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../../../src/domain/facts';
import { addressRegistration } from '../../../src/domain/rules/address-registration';
import { closedNeighbourhood } from '../../../src/domain/rules/closed-neighbourhood';
import { conditionalEntry } from '../../../src/domain/rules/conditional-entry';
import { durationCap } from '../../../src/domain/rules/duration-cap';
import { familyToShortTerm } from '../../../src/domain/rules/family-to-short-term';
import { refusalReapply } from '../../../src/domain/rules/refusal-reapply';
import { schoolChange } from '../../../src/domain/rules/school-change';
import { workPermit } from '../../../src/domain/rules/work-permit';
import { d, messageKeys } from './support';

// 20 working days after Fri 22.05.2026 (Kurban Bayramı 27–30 May; arife counts): Wed 24.06.2026.
const event = d('22.05.2026');

describe('address-registration (20 working days after the card is received)', () => {
  it.each([
    ['on the deadline', '24.06.2026', 'info', 'address-registration.deadline'],
    ['the day after', '25.06.2026', 'warning', 'address-registration.overdue'],
  ])('today %s (%s) → %s', (_label, today, severity, key) => {
    const findings = addressRegistration.evaluate({ cardReceivedDate: event }, d(today));
    expect(findings).toEqual([
      expect.objectContaining({
        severity,
        messageKey: key,
        params: { eventDate: '22.05.2026', deadline: '24.06.2026' },
      }),
    ]);
  });

  it('never errors: the start of the period is known from consultancy texts', () => {
    const [finding] = addressRegistration.evaluate({ cardReceivedDate: d('01.01.2026') }, d('01.06.2026'));
    expect(finding?.severity).toBe('warning');
    expect(finding?.source.confidence).toBe('consultancy');
  });
});

describe('school-change (student: notify within 20 working days)', () => {
  it.each([
    ['on the deadline', '24.06.2026', 'school-change.deadline'],
    ['the day after', '25.06.2026', 'school-change.overdue'],
  ])('today %s (%s) → %s', (_label, today, key) => {
    const findings = schoolChange.evaluate({ permitType: 'student', schoolChangeDate: event }, d(today));
    expect(messageKeys(findings)).toEqual([key]);
  });

  it('is for student permits only', () => {
    expect(schoolChange.evaluate({ permitType: 'family', schoolChangeDate: event }, d('25.05.2026'))).toEqual(
      [],
    );
  });
});

describe('conditional-entry (apply within 10 days of a conditional entry)', () => {
  const facts: ApplicationFacts = { applicationKind: 'first', conditionalEntryDate: d('01.06.2026') };
  it.each([
    ['day 10', '11.06.2026', 'info', 'conditional-entry.applyBy'],
    ['day 11', '12.06.2026', 'warning', 'conditional-entry.late'],
  ])('applying on %s (%s) → %s', (_label, today, severity, key) => {
    expect(conditionalEntry.evaluate(facts, d(today))).toEqual([
      expect.objectContaining({
        severity,
        messageKey: key,
        params: { entryDate: '01.06.2026', deadline: '11.06.2026' },
      }),
    ]);
  });
});

describe('refusal-reapply (Yön. 21(10): new grounds within 6 months)', () => {
  const facts: ApplicationFacts = { applicationKind: 'first', lastRefusalDate: d('15.01.2026') };
  it.each([
    ['the day before 6 months have passed', '14.07.2026', ['refusal-reapply.newGroundsNeeded']],
    ['exactly 6 months later', '15.07.2026', []],
  ])('applying %s (%s) → %j', (_label, today, keys) => {
    const findings = refusalReapply.evaluate(facts, d(today));
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) {
      expect(finding.severity).toBe('warning');
      expect(finding.source.url).toMatch(/^https:\/\/www\.mevzuat\.gov\.tr\//);
      expect(finding.source.copyUrl).toMatch(/^https:\/\//);
    }
  });
});

describe('work-permit (a work permit counts as a residence permit)', () => {
  it.each([
    [undefined, ['work-permit.mayNotNeed']],
    [true, ['work-permit.notNeeded']],
    [false, []],
  ])('first application, holds a work permit = %s → %j', (holds, keys) => {
    const facts: ApplicationFacts = {
      applicationKind: 'first',
      ...(holds === undefined ? {} : { holdsWorkPermit: holds }),
    };
    const findings = workPermit.evaluate(facts, d('01.06.2026'));
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('info');
  });

  it('is said only at the start of a first application', () => {
    expect(workPermit.evaluate({ applicationKind: 'extension' }, d('01.06.2026'))).toEqual([]);
    expect(workPermit.evaluate({}, d('01.06.2026'))).toEqual([]);
  });
});

describe('closed-neighbourhood (A1: at the address step, name the official list)', () => {
  it.each([
    ['a first application', { applicationKind: 'first' }],
    ['a transfer', { applicationKind: 'transfer' }],
    ['a move to another province', { applicationKind: 'extension', provinceChange: true }],
  ] as const)('informs %s at the neighbourhood field', (_label, facts) => {
    const findings = closedNeighbourhood.evaluate(facts, d('01.06.2026'));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageKey: 'closed-neighbourhood.checkOfficialList',
        fields: ['neighbourhood'],
      }),
    ]);
  });

  it('says nothing on an extension at the same address', () => {
    expect(closedNeighbourhood.evaluate({ applicationKind: 'extension' }, d('01.06.2026'))).toEqual([]);
  });

  it('names the official list on goc.gov.tr and never says a neighbourhood is open', async () => {
    for (const lang of ['en', 'tr', 'ar', 'ru']) {
      const catalogue: Record<string, string> = (await import(`../../../locales/${lang}/rules.json`)).default;
      const text = catalogue['closed-neighbourhood.checkOfficialList'] ?? '';
      expect(text, lang).toMatch(/goc\.gov\.tr/);
      expect(text, lang).toMatch(/Mahalle Kapatma Duyurusu/);
    }
  });
});

describe('family-to-short-term (F6: the 3-year route, a child turning 18)', () => {
  const child = (years?: number): ApplicationFacts => ({
    permitType: 'family',
    familyRole: 'child',
    birthDate: d('02.06.2009'),
    requestedStart: d('01.07.2026'),
    requestedEnd: d('30.06.2027'),
    ...(years === undefined ? {} : { familyPermitYears: years }),
  });

  it.each([
    ['turns 18 on the last requested day', '01.06.2027', ['family-to-short-term.childTurns18']],
    ['turns 18 the day after the requested end', '31.05.2027', []],
  ])('a child who %s → %j', (_label, end, keys) => {
    const facts = { ...child(), birthDate: d('01.06.2009'), requestedEnd: d(end) };
    expect(messageKeys(familyToShortTerm.evaluate(facts, d('01.06.2026')))).toEqual(keys);
  });

  it.each([
    [2, 'family-to-short-term.childTurns18TooFewYears'],
    [3, 'family-to-short-term.childTurns18'],
  ])('with %i years on family permits → %s', (years, key) => {
    const findings = familyToShortTerm.evaluate(child(years), d('01.06.2026'));
    expect(messageKeys(findings)).toEqual([key]);
    expect(findings[0]?.params.adultDate).toBe('02.06.2027');
  });

  it.each([
    [2, 'warning', 'family-to-short-term.tooFewYears'],
    [3, 'info', 'family-to-short-term.conditions'],
    [undefined, 'info', 'family-to-short-term.conditions'],
  ])('purpose ğ with %s years on family permits → %s', (years, severity, key) => {
    const facts: ApplicationFacts = {
      permitType: 'short-term',
      shortTermPurpose: 'from-family-permit',
      ...(years === undefined ? {} : { familyPermitYears: years }),
    };
    expect(familyToShortTerm.evaluate(facts, d('01.06.2026'))).toEqual([
      expect.objectContaining({ severity, messageKey: key }),
    ]);
  });
});

describe('duration-cap additions: public-institution programmes and school students', () => {
  const period = (facts: ApplicationFacts, end: string): ApplicationFacts => ({
    requestedStart: d('01.07.2026'),
    requestedEnd: d(end),
    ...facts,
  });

  it.each([
    ['exactly 1 year', '01.07.2027', []],
    ['1 year and a day', '02.07.2027', ['duration-cap.publicProgrammeCapExceeded']],
  ])('purpose ı (public-institution programme), %s → %j, a warning (consultancy source)', (_l, end, keys) => {
    const facts = period({ permitType: 'short-term', shortTermPurpose: 'public-institution-programme' }, end);
    const findings = durationCap.evaluate(facts, d('01.06.2026'));
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) expect(finding.severity).toBe('warning');
  });

  it.each([
    ['exactly 1 year', '01.07.2027', []],
    ['1 year and a day', '02.07.2027', ['duration-cap.tooLong']],
  ])('primary or secondary student, %s → %j, an error (YUKK 38(2))', (_l, end, keys) => {
    const facts = period({ permitType: 'student', studentLevel: 'school' }, end);
    const findings = durationCap.evaluate(facts, d('01.06.2026'));
    expect(messageKeys(findings)).toEqual(keys);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'error', params: { capMonths: 12 } });
      expect(finding.source.reference).toMatch(/38\(2\)/);
    }
  });

  it('leaves university students to their programme length', () => {
    const facts = period({ permitType: 'student', studentLevel: 'university' }, '01.07.2030');
    expect(durationCap.evaluate(facts, d('01.06.2026'))).toEqual([]);
  });
});
