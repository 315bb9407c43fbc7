/**
 * Keeps the replica honest: every REPLICA_PAGES entry has a snapshot in TR and EN, and each
 * snapshot carries the ids, posted names, labels and option texts that docs/site.md and the
 * replica's README (tests/fixtures/eikamet/README.md) give for that page.
 * Regenerate the snapshots with `npx jiti scripts/snapshot-replica.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../support/html-document';
import { REPLICA_LANGS, REPLICA_PAGES, type ReplicaLang } from '../support/replica';

const SNAPSHOTS = join(process.cwd(), 'tests/fixtures/eikamet/snapshots');

function snapshotPath(lang: ReplicaLang, id: string): string {
  return join(SNAPSHOTS, lang, `${id}.html`);
}

const parsed = new Map<string, Document>();

/** A snapshot parsed once; tests only read it. */
function load(lang: ReplicaLang, id: string): Document {
  const file = snapshotPath(lang, id);
  let doc = parsed.get(file);
  if (!doc) {
    doc = htmlDocument(readFileSync(file, 'utf8'));
    parsed.set(file, doc);
  }
  return doc;
}

/** Label text as the user reads it, without the required-field star. */
function labelOf(doc: Document, id: string): string | undefined {
  return doc
    .querySelector(`label[for="${id}"]`)
    ?.textContent?.replace(/\s*\*\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Texts of a Kendo DropDownList's rendered items (its popup list is part of the DOM). */
function optionsOf(doc: Document, id: string): string[] {
  return [...doc.querySelectorAll(`#${id}_listbox .k-list-item-text`)].map((item) => item.textContent ?? '');
}

/** Element ids the page itself defines: Kendo's generated ids and popups are left out. */
function pageIds(doc: Document): string[] {
  return [...doc.querySelectorAll('[id]')]
    .map((element) => element.id)
    .filter((id) => !/^kendo-guid-|_(label|listbox|dateview|taglist)$|-list$/.test(id))
    .sort();
}

const CAPTCHA = ['CaptchaImage', 'CaptchaInputText', 'CaptchaDeText'];

/** Ids documented for each page (docs/site.md#fields-with-known-ids), plus the replica's wizard ids. */
const IDS: Record<string, string[]> = {
  'first-entry': [
    'ad',
    'soyad',
    'DogumTarih',
    'babaAd',
    'anneAd',
    'uyrukKimlikNo',
    'eposta',
    'cepTelefon',
    'btnOnKayitKaydet',
    ...CAPTCHA,
  ],
  'extension-entry': [
    'uzatmaIlDegistir',
    'ad',
    'soyad',
    'uyruk',
    'yabanciKimlikNo',
    'belgeSeri',
    'belgeNo',
    'iletisim_tercih',
    'iletisim_eMail',
    'iletisim_cepTelefon',
    'uzatmaGecisOkudumAnladim',
    'uzatmaGecisGirisBtn',
    ...CAPTCHA,
  ],
  'continue-first': ['basvuruNo', 'cepTelefon', 'ePosta', 'yabanciKimlikNo', 'pasaportBelgeNo', ...CAPTCHA],
  'wizard-personal': [
    'Kisisel_Ad',
    'Kisisel_Soyad',
    'Kisisel_OncekiSoyad',
    'Kisisel_BabaAd',
    'Kisisel_AnneAd',
    'Kisisel_DogumTarihi',
    'Kisisel_Cinsiyet',
    'Kisisel_MedeniHal',
    'Kisisel_DogumYeri',
    'Kisisel_DogumUlke',
    'Kisisel_Uyruk',
    'Kisisel_DigerUyruk',
    'Kisisel_Eposta',
    'Kisisel_CepTelefon',
    'btnIleri',
  ],
  'wizard-passport': [
    'SeyahatBelgesi_BelgeTuru',
    'SeyahatBelgesi_BelgeNo',
    'SeyahatBelgesi_VerilisTarihi',
    'SeyahatBelgesi_GecerlilikTarihi',
    'SeyahatBelgesi_VerenUlke',
    'SeyahatBelgesi_VerenMakam',
    'btnGeri',
    'btnIleri',
  ],
  'wizard-permit-first': [
    'IkametIzni_Turu',
    'IkametIzni_KalisAmaci',
    'IkametIzni_BaslangicTarihi',
    'IkametIzni_BitisTarihi',
  ],
  'wizard-address': [
    'Adres_Il',
    'Adres_Ilce',
    'Adres_Mahalle',
    'Adres_CaddeSokak',
    'Adres_DisKapiNo',
    'Adres_IcKapiNo',
  ],
  'wizard-insurance': [
    'Sigorta_Turu',
    'Sigorta_Sirket',
    'Sigorta_PoliceNo',
    'Sigorta_BaslangicTarihi',
    'Sigorta_BitisTarihi',
  ],
  'wizard-summary': ['Ozet_OkudumAnladim', 'btnGeri', 'btnKaydet'],
};
IDS['transfer-entry'] = IDS['extension-entry'] ?? [];
IDS['continue-extension'] = IDS['continue-first'] ?? [];
IDS['continue-transfer'] = IDS['continue-first'] ?? [];
const CURRENT_PERMIT = ['IkametIzni_MevcutTuru', 'IkametIzni_MevcutBitisTarihi'];
IDS['wizard-permit-extension'] = [...(IDS['wizard-permit-first'] ?? []), ...CURRENT_PERMIT];
IDS['wizard-permit-transfer'] = IDS['wizard-permit-extension'];

/** Labels by element id, [TR, EN], from docs/site.md#the-wizard-as-reconstructed. */
const WIZARD_LABELS: Record<string, [string, string]> = {
  Kisisel_Ad: ['Adı', 'Name'],
  Kisisel_Soyad: ['Soyadı', 'Last Name'],
  Kisisel_OncekiSoyad: ['Önceki Soyadı', 'Previous Surname'],
  Kisisel_BabaAd: ['Baba Adı', "Father's Name"],
  Kisisel_AnneAd: ['Anne Adı', "Mother's Name"],
  Kisisel_DogumTarihi: ['Doğum Tarihi', 'Date of Birth'],
  Kisisel_Cinsiyet: ['Cinsiyet', 'Gender'],
  Kisisel_MedeniHal: ['Medeni Hali', 'Marital Status'],
  Kisisel_DogumYeri: ['Doğum Yeri', 'Place of Birth'],
  Kisisel_DogumUlke: ['Doğum Ülkesi', 'Country of Birth'],
  Kisisel_Uyruk: ['Uyruğu', 'Nationality'],
  Kisisel_DigerUyruk: ['Diğer Uyruğu', 'Other Citizenship'],
  Kisisel_Eposta: ['E-posta Adresi', 'E-mail Address'],
  Kisisel_CepTelefon: ['Cep Telefonu', 'Cell Phone'],
  SeyahatBelgesi_BelgeTuru: ['Belge Türü', 'Document Type'],
  SeyahatBelgesi_BelgeNo: ['Belge No', 'Document Number'],
  SeyahatBelgesi_VerilisTarihi: ['Veriliş Tarihi', 'Date of Issue'],
  SeyahatBelgesi_GecerlilikTarihi: ['Geçerlilik Tarihi', 'Expiry Date'],
  SeyahatBelgesi_VerenUlke: ['Veren Ülke', 'Issuing Country'],
  SeyahatBelgesi_VerenMakam: ['Veren Makam', 'Issuing Authority'],
  IkametIzni_Turu: ['İkamet İzni Türü', 'Type of Residence Permit'],
  IkametIzni_KalisAmaci: ['Kalış Amacı', 'Purpose of Stay'],
  IkametIzni_BaslangicTarihi: ['Talep Edilen Başlangıç Tarihi', 'Requested Start Date'],
  IkametIzni_BitisTarihi: ['Talep Edilen Bitiş Tarihi', 'Requested End Date'],
  IkametIzni_MevcutTuru: ['Mevcut İkamet İzni Türü', 'Current Residence Permit Type'],
  IkametIzni_MevcutBitisTarihi: ['Mevcut İkamet İzni Bitiş Tarihi', 'Current Residence Permit End Date'],
  Adres_Il: ['İl', 'Province'],
  Adres_Ilce: ['İlçe', 'District'],
  Adres_Mahalle: ['Mahalle', 'Neighbourhood'],
  Adres_CaddeSokak: ['Cadde / Sokak', 'Street'],
  Adres_DisKapiNo: ['Dış Kapı No', 'Building No'],
  Adres_IcKapiNo: ['İç Kapı No', 'Flat No'],
  Sigorta_Turu: ['Sigorta Türü', 'Insurance Type'],
  Sigorta_Sirket: ['Sigorta Şirketi', 'Insurance Company'],
  Sigorta_PoliceNo: ['Poliçe No', 'Policy Number'],
  Sigorta_BaslangicTarihi: ['Poliçe Başlangıç Tarihi', 'Policy Start Date'],
  Sigorta_BitisTarihi: ['Poliçe Bitiş Tarihi', 'Policy End Date'],
};

/** Option texts by element id, [TR list, EN list], from docs/site.md#the-wizard-as-reconstructed. */
const WIZARD_OPTIONS: Record<string, [string[], string[]]> = {
  Kisisel_Cinsiyet: [
    ['Erkek', 'Kadın'],
    ['Male', 'Female'],
  ],
  Kisisel_MedeniHal: [
    ['Bekar', 'Evli', 'Boşanmış', 'Dul'],
    ['Single', 'Married', 'Divorced', 'Widowed'],
  ],
  SeyahatBelgesi_BelgeTuru: [
    [
      'Umuma Mahsus Pasaport',
      'Hususi Pasaport',
      'Hizmet Pasaportu',
      'Diplomatik Pasaport',
      'Pasaport Yerine Geçen Belge',
    ],
    [
      'Ordinary Passport',
      'Special Passport',
      'Service Passport',
      'Diplomatic Passport',
      'Document in Lieu of Passport',
    ],
  ],
  IkametIzni_Turu: [
    [
      'Kısa Dönem İkamet İzni',
      'Aile İkamet İzni',
      'Öğrenci İkamet İzni',
      'Uzun Dönem İkamet İzni',
      'İnsani İkamet İzni',
      'İnsan Ticareti Mağduru İkamet İzni',
    ],
    [
      'Short Term Residence Permit',
      'Family Residence Permit',
      'Student Residence Permit',
      'Long Term Residence Permit',
      'Humanitarian Residence Permit',
      'Residence Permit for Victims of Human Trafficking',
    ],
  ],
  Sigorta_Turu: [
    [
      'Özel Sağlık Sigortası',
      'Genel Sağlık Sigortası (SGK)',
      'İkili Sosyal Güvenlik Sözleşmesi',
      'SGK Provizyon Belgesi',
      '18 yaş altı ve 65 yaş üstü olanlar',
    ],
    [
      'Private Health Insurance',
      'General Health Insurance (SGK)',
      'Bilateral Social Security Agreement',
      'SGK Provision Document',
      'Under 18 and over 65',
    ],
  ],
};

const WIZARD_STEP_OF: Record<string, string> = {
  Kisisel: 'wizard-personal',
  SeyahatBelgesi: 'wizard-passport',
  IkametIzni: 'wizard-permit-extension',
  Adres: 'wizard-address',
  Sigorta: 'wizard-insurance',
};

function wizardPageOf(id: string): string {
  const page = WIZARD_STEP_OF[id.split('_')[0] ?? ''];
  if (!page) throw new Error(`no wizard page for ${id}`);
  return page;
}

describe('replica snapshots', () => {
  for (const lang of REPLICA_LANGS) {
    for (const page of REPLICA_PAGES) {
      it(`${lang}/${page.id} exists, is in ${lang} and has the site's layout and ids`, () => {
        expect(existsSync(snapshotPath(lang, page.id))).toBe(true);
        const doc = load(lang, page.id);
        expect(doc.documentElement.lang).toBe(lang);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        expect(
          doc.querySelector('#body > div > div > section > div > div.content--box--detail'),
        ).not.toBeNull();
        for (const id of IDS[page.id] ?? []) {
          expect(doc.getElementById(id), `#${id}`).not.toBeNull();
        }
      });
    }
  }

  it('TR and EN snapshots of each page have the same ids and posted names', () => {
    for (const page of REPLICA_PAGES) {
      const [tr, en] = [load('tr', page.id), load('en', page.id)];
      expect(pageIds(en), page.id).toEqual(pageIds(tr));
      const names = (doc: Document) =>
        [...doc.querySelectorAll('[name]')].map((element) => element.getAttribute('name'));
      expect(names(en), page.id).toEqual(names(tr));
    }
  });
});

describe('entry and lookup pages (docs/site.md#fields-with-known-ids)', () => {
  it('extension and transfer entry: posted names, lengths, widgets, EN labels', () => {
    const names: Record<string, string> = {
      uzatmaIlDegistir: 'UzatmaIlDegistir',
      ad: 'Ad',
      soyad: 'Soyad',
      uyruk: 'Uyruk',
      yabanciKimlikNo: 'YabanciKimlikNo',
      belgeSeri: 'BelgeSeri',
      belgeNo: 'BelgeNo',
      iletisim_tercih: 'Iletisim.Tercih',
      iletisim_eMail: 'Iletisim.EMail',
      iletisim_cepTelefon: 'Iletisim.CepTelefon',
      uzatmaGecisOkudumAnladim: 'UzatmaGecisOkudumAnladim',
      CaptchaInputText: 'CaptchaInputText',
    };
    const labels: Record<string, string> = {
      uzatmaIlDegistir: 'I wish to change my province of residence.',
      ad: 'The First Two Letters of Your Name.',
      soyad: 'The First Two Letters of Your Last Name',
      uyruk: 'Country of Nationality',
      yabanciKimlikNo: 'Foreigners ID No',
      belgeSeri: 'Residence Permit Card Serial Number',
      belgeNo: 'Residence Permit Card Number',
      iletisim_tercih: 'Communication Preference',
      iletisim_eMail: 'e-mail Address',
      iletisim_cepTelefon: 'Cell Phone',
      CaptchaInputText: 'Enter the characters you see in the image to the space near the image.',
      uzatmaGecisOkudumAnladim: 'I READ, UNDERSTOOD',
    };
    for (const id of ['extension-entry', 'transfer-entry']) {
      for (const lang of REPLICA_LANGS) {
        const doc = load(lang, id);
        for (const [elementId, name] of Object.entries(names)) {
          expect(doc.getElementById(elementId)?.getAttribute('name'), elementId).toBe(name);
        }
        expect(doc.getElementById('ad')?.getAttribute('maxlength')).toBe('2');
        expect(doc.getElementById('ad')?.className).toBe('form-control text-box-uppercase');
        expect(doc.getElementById('soyad')?.getAttribute('maxlength')).toBe('2');
        expect(doc.getElementById('belgeSeri')?.getAttribute('maxlength')).toBe('3');
        for (const ddl of ['uzatmaIlDegistir', 'uyruk', 'iletisim_tercih']) {
          expect(doc.getElementById(ddl)?.getAttribute('data-role')).toBe('dropdownlist');
        }
        expect(doc.getElementById('iletisim_cepTelefon')?.getAttribute('data-role')).toBe('maskedtextbox');
        expect(doc.querySelector('.regist--steps')).not.toBeNull();
        expect(doc.querySelector('div.form-horizontal div.col-lg-8.controls')).not.toBeNull();
        expect(optionsOf(doc, 'uzatmaIlDegistir')).toEqual(lang === 'tr' ? ['Hayır', 'Evet'] : ['No', 'Yes']);
        expect(optionsOf(doc, 'iletisim_tercih')).toEqual(
          lang === 'tr' ? ['Cep Telefonu', 'E-Posta'] : ['Cell Phone', 'e-Mail'],
        );
        // The server pages the country list: 30 loaded of a longer list.
        expect(optionsOf(doc, 'uyruk')).toHaveLength(30);
      }
      const en = load('en', id);
      for (const [elementId, label] of Object.entries(labels))
        expect(labelOf(en, elementId), elementId).toBe(label);
    }
    expect(load('en', 'extension-entry').querySelector('h2')?.textContent).toBe(
      'Entry to Application for the Extension of the Duration of Residence Permit',
    );
    expect(labelOf(load('tr', 'extension-entry'), 'uyruk')).toBe('Vatandaşı Olduğunuz Ülke');
  });

  it('OnKayit: step bar, gender drop-down titled Gender, date picker, masked phone', () => {
    for (const lang of REPLICA_LANGS) {
      const doc = load(lang, 'first-entry');
      expect(doc.querySelector('div.navbar.navbar-default.regist--steps')).not.toBeNull();
      expect(doc.querySelector(`span[title="${lang === 'tr' ? 'Cinsiyet' : 'Gender'}"]`)).not.toBeNull();
      expect(doc.getElementById('DogumTarih')?.getAttribute('data-role')).toBe('datepicker');
      expect(doc.getElementById('cepTelefon')?.getAttribute('data-role')).toBe('maskedtextbox');
      expect(doc.querySelector('table td:nth-child(1) > input[type=hidden]:nth-child(2)')).not.toBeNull();
    }
    expect(labelOf(load('en', 'first-entry'), 'babaAd')).toBe("Father's Name");
  });

  it('continue pages: lookup fields, anti-forgery token and the login button', () => {
    for (const id of ['continue-first', 'continue-extension', 'continue-transfer']) {
      for (const lang of REPLICA_LANGS) {
        const doc = load(lang, id);
        expect(doc.querySelector('input[name="__RequestVerificationToken"]')).not.toBeNull();
        expect(doc.querySelector('div.login-alt button.btn-login')).not.toBeNull();
        expect(doc.querySelector('div.login-alt > div:nth-child(2) > div > button')).not.toBeNull();
      }
    }
  });

  it('status page: heading, form-control-label values and .txt-md status', () => {
    const tr = load('tr', 'status');
    expect(tr.querySelector('h2')?.textContent).toBe('Başvuru Durumunuz');
    const labels = [...tr.querySelectorAll('label.control-label')].map((label) => label.textContent);
    expect(labels).toEqual(expect.arrayContaining(['İkamet İzni Türü', 'Başlangıç - Bitiş', 'PTT Barkod']));
    expect(tr.querySelectorAll('label.form-control-label').length).toBeGreaterThanOrEqual(3);
    expect(tr.querySelector('.txt-md')?.textContent).not.toBe('');
    const en = [...load('en', 'status').querySelectorAll('label.control-label')].map(
      (label) => label.textContent,
    );
    expect(en).toEqual(expect.arrayContaining(['Type of Residence Permit', 'Starting-Ending dates']));
  });

  it('verification gate: no visible inputs, the e-mail message and a resend button', () => {
    for (const lang of REPLICA_LANGS) {
      const doc = load(lang, 'verification');
      expect(doc.querySelectorAll('.content--box--detail input:not([type=hidden])')).toHaveLength(0);
      expect(doc.getElementById('btnTekrarGonder')?.textContent).toBe(
        lang === 'tr' ? 'Tekrar Gönder' : 'Resend',
      );
    }
    expect(load('tr', 'verification').body.textContent).toContain('E-posta adresinize gönderilen');
  });

  it('home and option pages: the documented buttons and links', () => {
    const home = load('en', 'home');
    expect(
      home.querySelector('a[href="/Ikamet/Basvuru/IlkBasvuru"] div.btn-eikamet-pembe')?.textContent,
    ).toBe('I LODGE AN APPLICATION FOR RESIDENCE PERMIT FOR THE FIRST TIME');
    expect(
      home.querySelector('a[href="/Ikamet/Basvuru/UzatmaBasvuru"] div.btn-eikamet-yesil'),
    ).not.toBeNull();
    expect(home.querySelector('a[href="/Ikamet/Basvuru/GecisBasvuru"]')).not.toBeNull();
    expect(load('tr', 'options-first').querySelector('button.btn-eikamet-mavi.btn-detay')?.textContent).toBe(
      'Yeni Bir Başvuru Yapmak İstiyorum',
    );
    expect(
      load('en', 'options-extension').querySelector('button.btn-eikamet-mavi.btn-detay')?.textContent,
    ).toBe('I WOULD LIKE TO LODGE A NEW APPLICATION');
  });
});

describe('wizard (docs/site.md#the-wizard-as-reconstructed)', () => {
  it('labels are exactly the reconstruction’s, in TR and EN', () => {
    for (const [id, [tr, en]] of Object.entries(WIZARD_LABELS)) {
      const page = wizardPageOf(id);
      expect(labelOf(load('tr', page), id), id).toBe(tr);
      expect(labelOf(load('en', page), id), id).toBe(en);
    }
  });

  it('drop-down options are exactly the reconstruction’s, after the language placeholder', () => {
    for (const [id, [tr, en]] of Object.entries(WIZARD_OPTIONS)) {
      const page = wizardPageOf(id);
      expect(optionsOf(load('tr', page), id), id).toEqual(tr);
      expect(optionsOf(load('en', page), id), id).toEqual(en);
    }
    expect(
      load('tr', 'wizard-personal').querySelector('#Kisisel_Cinsiyet')?.closest('.k-dropdownlist')
        ?.textContent,
    ).toBe('Seçiniz...');
  });

  it('required fields carry a star; read-only current-permit fields only in extension and transfer', () => {
    expect(load('tr', 'wizard-personal').querySelector('label[for="Kisisel_Ad"]')?.textContent?.trim()).toBe(
      'Adı *',
    );
    expect(load('tr', 'wizard-personal').querySelector('label[for="Kisisel_OncekiSoyad"]')?.textContent).toBe(
      'Önceki Soyadı',
    );
    for (const lang of REPLICA_LANGS) {
      expect(load(lang, 'wizard-permit-first').getElementById('IkametIzni_MevcutBitisTarihi')).toBeNull();
      for (const id of ['wizard-permit-extension', 'wizard-permit-transfer']) {
        const end = load(lang, id).getElementById('IkametIzni_MevcutBitisTarihi');
        expect(end?.hasAttribute('readonly')).toBe(true);
        expect(end?.getAttribute('value')).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      }
    }
  });

  it('the step form arrives by script: the served page has an empty step container', () => {
    for (const lang of REPLICA_LANGS) {
      const raw = load(lang, 'wizard-personal.before-script');
      expect(raw.getElementById('basvuruAdimIcerik')).not.toBeNull();
      expect(raw.getElementById('Kisisel_Ad')).toBeNull();
      expect(load(lang, 'wizard-personal').querySelector('#basvuruAdimIcerik #Kisisel_Ad')).not.toBeNull();
    }
  });

  it('the step bar marks the current step', () => {
    expect(load('en', 'wizard-address').querySelector('.regist--steps li.active')?.textContent?.trim()).toBe(
      '4 Address Information',
    );
  });
});
