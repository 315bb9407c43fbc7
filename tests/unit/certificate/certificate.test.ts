import { describe, expect, it } from 'vitest';
import { caseDraft } from '../../../src/profile/certificate/case-draft';
import { parseCertificate } from '../../../src/profile/certificate/certificate';
import { checkDraft } from '../../../src/profile/editor-check';

const TODAY = new Date(2026, 11, 5);
const RUS = [
  'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<',
  '7512345672RUS9001158M3303012<<<<<<<<<<<<<<<8',
].join('\n');

describe('parseCertificate (typed or pasted application certificate)', () => {
  it('reads Turkish labels, with printed d.m.yyyy dates', () => {
    const result = parseCertificate(
      [
        'Başvuru No: 2026-88-0638278',
        'Belge No: u 1234567',
        'Yabancı Kimlik No: 99123456789',
        'Doğum Tarihi: 5.3.1990',
        'Başvuru Tarihi: 01.12.2026',
        'Randevu Tarihi: 15.12.2026 10:30',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: true,
      unrecognisedLines: 0,
      data: {
        applicationNumber: '2026-88-0638278',
        passportNumber: 'U1234567',
        foreignerId: '99123456789',
        birthDate: '05.03.1990',
        applicationDate: '01.12.2026',
        appointmentDate: '15.12.2026',
      },
    });
  });

  it('reads English labels, upper-case Turkish labels and bilingual "TR / EN" labels', () => {
    const result = parseCertificate(
      [
        'APPLICATION NUMBER 2026-01-0000001',
        'Belge No / Number of Document: AB123456',
        'SOYADI: IVANOVA',
        'Adı: Anna Maria',
        'Date of Expiry - 14.09.2031',
        'Some header line the parser does not know',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: true,
      unrecognisedLines: 1,
      data: {
        applicationNumber: '2026-01-0000001',
        passportNumber: 'AB123456',
        surname: 'IVANOVA',
        givenName: 'Anna Maria',
        passportExpiry: '14.09.2031',
      },
    });
  });

  it.each([
    ['Başvuru No: 2026-88-063827', 'import.certificate.applicationNumber', 'Başvuru No'],
    ['Application number: 26-88-0638278', 'import.certificate.applicationNumber', 'Application number'],
    ['Pasaport No: 12-34', 'import.certificate.passportNumber', 'Pasaport No'],
    ['Yabancı Kimlik No: 12345678901', 'import.certificate.foreignerId', 'Yabancı Kimlik No'],
    ['Doğum Tarihi: 31.02.1990', 'import.certificate.date', 'Doğum Tarihi'],
    ['Randevu Tarihi: next week', 'import.certificate.date', 'Randevu Tarihi'],
    ['Soyadı: Иванов', 'import.certificate.name', 'Soyadı'],
  ])('refuses %j, naming the label', (line, key, label) => {
    const result = parseCertificate(`Başvuru Tarihi: 01.12.2026\n${line}`);
    expect(result).toMatchObject({ ok: false, error: { key, params: { label } } });
  });

  it('refuses a label without a value and two different values for one field', () => {
    expect(parseCertificate('Belge No:')).toEqual({
      ok: false,
      error: { key: 'import.certificate.missingValue', params: { label: 'Belge No' } },
    });
    expect(parseCertificate('Belge No: U1234567\nPassport number: U7654321')).toMatchObject({
      ok: false,
      error: { key: 'import.certificate.conflict' },
    });
  });

  it('does not read "Adres" as a given name, and says when nothing was recognised', () => {
    expect(parseCertificate('Adres: Atatürk Cad. 5\nTelefon 1: 5321234567')).toEqual({
      ok: false,
      error: { key: 'import.certificate.nothing' },
    });
  });
});

describe('caseDraft (certificate and MRZ into a new-profile draft)', () => {
  it('fills name, nationality, birth date, sex, passport number and expiry from an MRZ', () => {
    const result = caseDraft('', RUS, TODAY);
    expect(result).toMatchObject({
      ok: true,
      draft: {
        text: {
          surname: 'IVANOV',
          givenName: 'IVAN',
          nationality: 'RU',
          passportIssuingCountry: 'RU',
          birthDate: '15.01.1990',
          gender: 'male',
          passportNumber: '751234567',
          passportExpiry: '01.03.2033',
        },
        situation: {},
        dependantIds: [],
      },
    });
  });

  it('gives a draft the profile editor accepts as it is', () => {
    const result = caseDraft('Başvuru No: 2026-88-0638278\nBaşvuru Tarihi: 01.12.2026', RUS, TODAY);
    if (!result.ok) throw new Error(result.error.key);
    const check = checkDraft(result.draft, TODAY);
    expect(check.errors).toEqual({});
    expect(check.data).toMatchObject({ applicationNumber: '2026-88-0638278', passportNumber: '751234567' });
    expect(result.draft.text.notes).toBe('Başvuru tarihi / Application date: 01.12.2026');
  });

  it('refuses a certificate and an MRZ that name different passports', () => {
    expect(caseDraft('Belge No: U1234567', RUS, TODAY)).toEqual({
      ok: false,
      source: 'both',
      error: {
        key: 'import.case.mismatch.passportNumber',
        params: { certificate: 'U1234567', mrz: '751234567' },
      },
    });
  });

  it('passes the MRZ error through, and asks for something when both are empty', () => {
    expect(caseDraft('', RUS.replace('7512345672', '7512345673'), TODAY)).toMatchObject({
      ok: false,
      source: 'mrz',
      error: { key: 'import.mrz.checkDigit.documentNumber' },
    });
    expect(caseDraft(' ', '\n', TODAY)).toEqual({
      ok: false,
      source: 'both',
      error: { key: 'import.case.empty' },
    });
  });
});
