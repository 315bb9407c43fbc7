import { describe, expect, it } from 'vitest';
import { profileFacts, profileSituation } from '../../../src/profile/facts';
import { GLANCE_URGENCY, glance, glanceGroup } from '../../../src/profile/glance';
import { sampleProfile } from './helpers';

const TODAY = new Date(2026, 4, 4); // 04.05.2026

describe('profile facts and the at-a-glance list', () => {
  it('builds ApplicationFacts from a profile, treating a permit holder as extending', () => {
    const facts = profileFacts(
      sampleProfile({ currentPermitEnd: '15.06.2026', permitType: 'short-term', permitPurpose: 'tourism' }),
    );
    expect(facts).toMatchObject({
      applicationKind: 'extension',
      permitType: 'short-term',
      shortTermPurpose: 'tourism',
      currentPermitEnd: new Date(2026, 5, 15),
      passportExpiry: new Date(2030, 1, 1),
    });
  });

  it('lists open, closing, soon-opening, expired windows and too-short passports in triage order', () => {
    const profiles = [
      sampleProfile({ id: 'open', currentPermitEnd: '30.06.2026' }),
      sampleProfile({ id: 'closing', currentPermitEnd: '10.05.2026' }),
      sampleProfile({ id: 'soon', currentPermitEnd: '20.07.2026' }),
      sampleProfile({ id: 'far', currentPermitEnd: '20.12.2026' }),
      sampleProfile({ id: 'expired', currentPermitEnd: '01.05.2026' }),
      sampleProfile({
        id: 'passport',
        currentPermitEnd: undefined,
        requestedEnd: '01.06.2027',
        passportExpiry: '01.07.2027',
      }),
    ];
    expect(glance(profiles, TODAY).map((entry) => [entry.profile.id, entry.kind, entry.daysLeft])).toEqual([
      ['closing', 'extension-closing', 6],
      ['passport', 'passport-too-short', 0],
      ['open', 'extension-open', 57],
      ['soon', 'extension-opens-soon', 17],
      ['expired', 'extension-expired', -3],
    ]);
  });

  it('puts the window closing soonest first and the permits already ended in a group of their own', () => {
    const ended = (id: string, currentPermitEnd: string) => sampleProfile({ id, currentPermitEnd });
    const profiles = [
      ended('ended-long-ago', '01.01.2026'),
      ended('open-late', '25.06.2026'),
      ended('ended-yesterday', '03.05.2026'),
      ended('closes-today', '04.05.2026'),
      ended('closes-in-9', '13.05.2026'),
      ended('ended-12-days-ago', '22.04.2026'),
      ended('open-early', '30.05.2026'),
    ];
    const entries = glance(profiles, TODAY);
    expect(
      entries.map((entry) => [entry.profile.id, glanceGroup(entry.kind), GLANCE_URGENCY[entry.kind]]),
    ).toEqual([
      ['closes-today', 'act', 'urgent'],
      ['closes-in-9', 'act', 'urgent'],
      ['open-early', 'act', 'open'],
      ['open-late', 'act', 'open'],
      // Too late: the most recently ended first (a new application is still received for 10 days).
      ['ended-yesterday', 'too-late', 'too-late'],
      ['ended-12-days-ago', 'too-late', 'too-late'],
      ['ended-long-ago', 'too-late', 'too-late'],
    ]);
    expect(entries.map((entry) => entry.daysLeft)).toEqual([0, 9, 26, 52, -1, -12, -123]);
  });

  it('gives the checklist the stored situation and the age from the birth date', () => {
    const situation = profileSituation(sampleProfile({ situation: { propertyOwner: true } }), TODAY);
    expect(situation).toMatchObject({ propertyOwner: true, birthDate: new Date(1990, 2, 12), today: TODAY });
  });
});
