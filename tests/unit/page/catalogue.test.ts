import { describe, expect, it } from 'vitest';
import { FIELD_KEYS, type FieldKey } from '../../../src/contracts/field-keys';
import { fieldCatalogue } from '../../../src/page/catalogue';
import { matchLabelTexts } from '../../../src/page/field-matching';
import { PAGE_KINDS } from '../../../src/page/page-kinds';
import { pageCatalogue } from '../../../src/page/pages';

/** Real and reconstructed labels, TR and EN (docs/site.md#fields-with-known-ids, and the wizard's). */
const LABELS: ReadonlyArray<readonly [label: string, key: FieldKey]> = [
  // Wizard step 1
  ['Adı', 'givenName'],
  ['Name', 'givenName'],
  ['Given name(s)', 'givenName'],
  ['Soyadı', 'surname'],
  ['Last Name', 'surname'],
  ['His/her Last Name', 'surname'],
  ['Önceki Soyadı', 'previousSurname'],
  ['Previous Surname', 'previousSurname'],
  ['Baba Adı', 'fatherName'],
  ["Father's Name", 'fatherName'],
  ['Anne Adı', 'motherName'],
  ["Mother's Name", 'motherName'],
  ['Doğum Tarihi', 'birthDate'],
  ['Date of Birth', 'birthDate'],
  ['Cinsiyet', 'gender'],
  ['Gender', 'gender'],
  ['Medeni Hali', 'maritalStatus'],
  ['Marital Status', 'maritalStatus'],
  ['Doğum Yeri', 'birthPlace'],
  ['Place of Birth', 'birthPlace'],
  ['Doğum Ülkesi', 'birthCountry'],
  ['Country of Birth', 'birthCountry'],
  ['Uyruğu', 'nationality'],
  ['Nationality', 'nationality'],
  ['Diğer Uyruğu', 'otherNationality'],
  ['Other Citizenship', 'otherNationality'],
  ['E-posta Adresi', 'email'],
  ['E-mail Address', 'email'],
  ['Cep Telefonu', 'mobile'],
  ['Cell Phone', 'mobile'],
  // Step 2
  ['Belge Türü', 'passportType'],
  ['Document Type', 'passportType'],
  ['Belge No', 'passportNumber'],
  ['Document Number', 'passportNumber'],
  ['Veriliş Tarihi', 'passportIssueDate'],
  ['Date of Issue', 'passportIssueDate'],
  ['Geçerlilik Tarihi', 'passportExpiry'],
  ['Expiry Date', 'passportExpiry'],
  ['Veren Ülke', 'passportIssuingCountry'],
  ['Issuing Country', 'passportIssuingCountry'],
  ['Veren Makam', 'passportIssuingAuthority'],
  ['Issuing Authority', 'passportIssuingAuthority'],
  // Step 3
  ['İkamet İzni Türü', 'permitType'],
  ['Type of Residence Permit', 'permitType'],
  ['Kalış Amacı', 'permitPurpose'],
  ['Purpose of Stay', 'permitPurpose'],
  ['Talep Edilen Başlangıç Tarihi', 'requestedStart'],
  ['Requested Start Date', 'requestedStart'],
  ['Talep Edilen Bitiş Tarihi', 'requestedEnd'],
  ['Requested End Date', 'requestedEnd'],
  ['Mevcut İkamet İzni Türü', 'currentPermitType'],
  ['Current Residence Permit Type', 'currentPermitType'],
  ['Mevcut İkamet İzni Bitiş Tarihi', 'currentPermitEnd'],
  ['Current Residence Permit End Date', 'currentPermitEnd'],
  // Step 4
  ['İl', 'province'],
  ['Province', 'province'],
  ['İlçe', 'district'],
  ['District', 'district'],
  ['Mahalle', 'neighbourhood'],
  ['Neighbourhood', 'neighbourhood'],
  ['Cadde / Sokak', 'street'],
  ['Street', 'street'],
  ['Dış Kapı No', 'buildingNumber'],
  ['Building No', 'buildingNumber'],
  ['İç Kapı No', 'flatNumber'],
  ['Flat No', 'flatNumber'],
  // Step 5
  ['Sigorta Türü', 'insuranceType'],
  ['Insurance Type', 'insuranceType'],
  ['Sigorta Şirketi', 'insuranceCompany'],
  ['Insurance Company', 'insuranceCompany'],
  ['Poliçe No', 'insurancePolicyNumber'],
  ['Policy Number', 'insurancePolicyNumber'],
  ['Poliçe Başlangıç Tarihi', 'insuranceStart'],
  ['Policy Start Date', 'insuranceStart'],
  ['Poliçe Bitiş Tarihi', 'insuranceEnd'],
  ['Policy End Date', 'insuranceEnd'],
  // Entry pages
  ['I wish to change my province of residence.', 'changeProvince'],
  ['Adınızın ilk iki harfi', 'givenNameInitials'],
  ['The First Two Letters of Your Name.', 'givenNameInitials'],
  ['Soyadınızın ilk iki harfi', 'surnameInitials'],
  ['The First Two Letters of Your Last Name', 'surnameInitials'],
  ['Country of Nationality', 'nationality'],
  ['Vatandaşı Olduğunuz Ülke', 'nationality'],
  ['Foreigners ID No', 'foreignerId'],
  ['Yabancı Kimlik No', 'foreignerId'],
  ['Residence Permit Card Serial Number', 'permitCardSerial'],
  ['İkamet İzin Kartı Seri', 'permitCardSerial'],
  ['Residence Permit Card Number', 'permitCardNumber'],
  ['Communication Preference', 'contactPreference'],
  ['e-mail Address', 'email'],
  ['Enter the characters you see in the image to the space near the image.', 'captcha'],
  ['Resimde görüntülenen karakterleri, resmin yanındaki boşluğa giriniz.', 'captcha'],
  ['I READ, UNDERSTOOD', 'consent'],
  ['Okudum, anladım', 'consent'],
  // OnKayit
  ['Nationality ID Number', 'nationalIdNumber'],
  ['The number of the passport', 'passportNumber'],
  ["Türkiye'ye Girişteki Pasaport Numarası", 'passportNumber'],
  // Lookup page
  ['Başvuru No', 'applicationNumber'],
  ['Application Number', 'applicationNumber'],
  // Case and spelling variants
  ['DOĞUM TARİHİ *', 'birthDate'],
  ['Dogum Tarihi:', 'birthDate'],
  ['UYRUGU', 'nationality'],
  ['IKAMET IZNI TURU', 'permitType'],
  ['Doğrulama Kodu', 'verificationCode'],
  ['Verification Code', 'verificationCode'],
];

describe('field catalogue', () => {
  it('has one entry per field key, under its own key', () => {
    expect(Object.keys(fieldCatalogue()).sort()).toEqual([...FIELD_KEYS].sort());
    for (const key of FIELD_KEYS) expect(fieldCatalogue()[key].key).toBe(key);
  });

  it('gives every field label patterns in both languages and at least one widget', () => {
    for (const key of FIELD_KEYS) {
      const spec = fieldCatalogue()[key];
      expect(spec.labels.tr.length, key).toBeGreaterThan(0);
      expect(spec.labels.en.length, key).toBeGreaterThan(0);
      expect(spec.widgets.length, key).toBeGreaterThan(0);
    }
  });

  it('never allows filling a human gate', () => {
    for (const key of ['captcha', 'consent', 'verificationCode'] as const) {
      expect(fieldCatalogue()[key].fillable).toBe(false);
    }
  });

  it('writes regex patterns against the folded form (lower case ASCII, no punctuation)', () => {
    for (const key of FIELD_KEYS) {
      for (const pattern of [...fieldCatalogue()[key].labels.tr, ...fieldCatalogue()[key].labels.en]) {
        if (typeof pattern === 'string') continue;
        expect(pattern.source, key).not.toMatch(/[A-ZçğıöşüİÇĞÖŞÜ'’]/);
        expect(pattern.flags, key).not.toMatch(/[gy]/);
      }
    }
  });

  it.each(LABELS)('reads %j as %s', (label, key) => {
    expect(matchLabelTexts([label])[0]?.key).toBe(key);
  });

  it('keeps the documented real ids (docs/site.md#fields-with-known-ids)', () => {
    expect(fieldCatalogue().givenName.ids).toContain('ad');
    expect(fieldCatalogue().givenNameInitials.ids).toContain('ad');
    expect(fieldCatalogue().givenNameInitials.maxLength).toBe(2);
    expect(fieldCatalogue().birthDate.ids).toContain('DogumTarih');
    expect(fieldCatalogue().contactPreference.names).toContain('Iletisim.Tercih');
    expect(fieldCatalogue().captcha.ids).toContain('CaptchaInputText');
    expect(fieldCatalogue().consent.ids).toContain('uzatmaGecisOkudumAnladim');
  });
});

describe('page catalogue', () => {
  it('describes every page kind except unknown exactly once', () => {
    const kinds = pageCatalogue()
      .map((page) => page.kind)
      .sort();
    expect(kinds).toEqual(PAGE_KINDS.filter((kind) => kind !== 'unknown').sort());
  });

  it('never lists a field as both always and optional', () => {
    for (const page of pageCatalogue()) {
      expect(
        page.always.filter((key) => page.optional.includes(key)),
        page.kind,
      ).toEqual([]);
    }
  });

  it('allows filling only on data-entry pages', () => {
    const fillable = pageCatalogue()
      .filter((page) => page.fillable)
      .map((page) => page.kind);
    for (const kind of ['home', 'options', 'status', 'verification', 'wizard-summary'] as const) {
      expect(fillable).not.toContain(kind);
    }
  });

  it.each([
    ['/', 'home'],
    ['/Ikamet/Basvuru/IlkBasvuru', 'options'],
    ['/ikamet/basvuru/ilkbasvuru', 'options'],
    ['/Ikamet/DevamEdenBasvuruSecenekler', 'options'],
    ['/Ikamet/OnKayit', 'first-entry'],
    ['/Ikamet/UzatmaGecisGiris/UzatmaBasvuru', 'extension-entry'],
    ['/IKAMET/UZATMAGECISGIRIS/GECISBASVURU', 'transfer-entry'],
    ['/Ikamet/DevamEdenBasvuruGiris', 'continue'],
    ['/Ikamet/DevamEdenBasvuruGiris/GecisBasvuru', 'continue'],
    ['/Ikamet/BasvuruDurum', 'status'],
    ['/Ikamet/Basvuru/KisiselBilgiler', 'wizard-personal'],
    ['/Ikamet/Basvuru/SeyahatBelgesi', 'wizard-passport'],
    ['/Ikamet/Basvuru/IkametIzniBilgileri', 'wizard-permit'],
    ['/Ikamet/Basvuru/AdresBilgileri', 'wizard-address'],
    ['/Ikamet/Basvuru/SaglikSigortasi', 'wizard-insurance'],
    ['/Ikamet/Basvuru/Ozet', 'wizard-summary'],
  ])('maps the path %s to %s, case-insensitively', (path, kind) => {
    const matching = pageCatalogue().filter((page) =>
      page.paths.some((re) => new RegExp(re.source, 'i').test(path)),
    );
    expect(matching.map((page) => page.kind)).toEqual([kind]);
  });
});
