import { describe, expect, it } from 'vitest';
import { profileFacts, profileSituation } from '../../../src/profile/facts';
import { glance } from '../../../src/profile/glance';
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

  it('lists open, closing, soon-opening, expired windows and too-short passports, most urgent first', () => {
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
      ['expired', 'extension-expired', -3],
      ['passport', 'passport-too-short', 0],
      ['closing', 'extension-closing', 6],
      ['open', 'extension-open', 57],
      ['soon', 'extension-opens-soon', 17],
    ]);
  });

  it('gives the checklist the stored situation and the age from the birth date', () => {
    const situation = profileSituation(sampleProfile({ situation: { propertyOwner: true } }), TODAY);
    expect(situation).toMatchObject({ propertyOwner: true, birthDate: new Date(1990, 2, 12), today: TODAY });
  });
});
