import { describe, expect, it } from 'vitest';
import { checkDraft, type Draft, emptyDraft, profileToDraft } from '../../../src/profile/editor-check';
import { sampleProfile } from './helpers';

const TODAY = new Date(2026, 4, 4);
const draft = (text: Draft['text']): Draft => ({ ...emptyDraft(), text });

describe('checkDraft (the editor)', () => {
  it('turns a valid draft into profile data, leaving out empty inputs', () => {
    const check = checkDraft(
      draft({ givenName: ' Anna ', surname: 'Petrova', birthPlace: '', notes: '' }),
      TODAY,
    );
    expect(check.errors).toEqual({});
    expect(check.data).toEqual({ givenName: 'Anna', surname: 'Petrova' });
  });

  it('round-trips a stored profile', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = sampleProfile();
    expect(checkDraft(profileToDraft(sampleProfile()), TODAY).data).toEqual(data);
  });

  it('names the problem of a bad date and a bad foreigner id', () => {
    const check = checkDraft(
      draft({ surname: 'Petrova', birthDate: '1990-03-12', foreignerId: '12345678901' }),
      TODAY,
    );
    expect(check.data).toBeUndefined();
    expect(check.errors.birthDate).toEqual([{ key: 'error.date.shape' }]);
    expect(check.errors.foreignerId).toEqual([{ key: 'error.foreignerId' }]);
  });

  it.each(['0532 123 45 67', '+90 (532) 123-45-67', '0090 532 1234567', '532 123 45 67'])(
    'normalises the mobile number %j and says so',
    (typed) => {
      const check = checkDraft(draft({ surname: 'Petrova', mobile: typed }), TODAY);
      expect(check.data?.mobile).toBe('5321234567');
      expect(check.cleaned.mobile).toBe('5321234567');
      expect(check.notices.mobile).toEqual([{ key: 'notice.mobile', params: { value: '5321234567' } }]);
    },
  );

  it('does not pretend to fix a number that is not a Turkish mobile', () => {
    const check = checkDraft(draft({ surname: 'Petrova', mobile: '0212 123 45 67' }), TODAY);
    expect(check.errors.mobile).toEqual([{ key: 'error.mobile' }]);
  });

  it('upper-cases a passport number and refuses spaces in it', () => {
    expect(checkDraft(draft({ surname: 'P', passportNumber: 'u1234567' }), TODAY).data?.passportNumber).toBe(
      'U1234567',
    );
    expect(
      checkDraft(draft({ surname: 'P', passportNumber: 'U 1234567' }), TODAY).errors.passportNumber,
    ).toEqual([{ key: 'error.passportNumber' }]);
  });

  it('shows how Turkish capitals will write a name with i or ı', () => {
    const check = checkDraft(draft({ givenName: 'Maria', surname: 'Işık' }), TODAY);
    expect(check.notices.givenName).toEqual([{ key: 'notice.turkishCapitals', params: { value: 'MARİA' } }]);
    expect(check.notices.surname).toEqual([{ key: 'notice.turkishCapitals', params: { value: 'IŞIK' } }]);
    expect(checkDraft(draft({ surname: 'WEBER' }), TODAY).notices).toEqual({});
  });

  it('refuses names in another script', () => {
    expect(checkDraft(draft({ surname: 'Петрова' }), TODAY).errors.surname).toEqual([
      { key: 'error.name.latin' },
    ]);
  });

  it('checks dates against each other and against today', () => {
    const check = checkDraft(
      draft({
        surname: 'P',
        birthDate: '01.01.2030',
        passportIssueDate: '01.01.2025',
        passportExpiry: '01.01.2024',
        insuranceStart: '02.01.2026',
        insuranceEnd: '01.01.2026',
      }),
      TODAY,
    );
    expect(check.errors.birthDate).toEqual([{ key: 'error.date.future' }]);
    expect(check.errors.passportExpiry).toEqual([
      { key: 'error.order.passport', params: { date: '01.01.2025' } },
    ]);
    expect(check.errors.insuranceEnd).toEqual([
      { key: 'error.order.insurance', params: { date: '02.01.2026' } },
    ]);
  });

  it('needs a name', () => {
    expect(checkDraft(draft({ email: 'a@b.co' }), TODAY).errors.surname).toEqual([
      { key: 'error.name.required' },
    ]);
  });
});
