import { describe, expect, it } from 'vitest';
import type { FieldKey } from '../../../src/contracts/field-keys';
import type { PageRecognition } from '../../../src/page/recognition-types';
import { recognizePage } from '../../../src/page/recognize';
import {
  captchaRow,
  ENTRY_KEYS,
  entryPage,
  KENDO_POPUP,
  kendoDate,
  kendoDropdown,
  kendoDropdownOld,
  kendoMasked,
  layout,
  pageUrl,
  parsePage,
  row,
  textInput,
} from './inline-pages';

const EXTENSION_ENTRY = '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru';
const TRANSFER_ENTRY = '/Ikamet/UzatmaGecisGiris/GecisBasvuru';

function recognize(html: string, path: string): PageRecognition {
  return recognizePage(parsePage(html), pageUrl(path));
}

function keysOf(recognition: PageRecognition): FieldKey[] {
  return recognition.fields.map((field) => field.key).sort();
}

function field(recognition: PageRecognition, key: FieldKey) {
  const found = recognition.fields.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${key} not recognised`);
  return found;
}

describe('recognizePage on the extension entry page (inline, documented ids and labels)', () => {
  const recognition = recognize(entryPage(), EXTENSION_ENTRY);

  it('recognises the page, its language, application kind and every field', () => {
    expect(recognition.kind).toBe('extension-entry');
    expect(recognition.lang).toBe('en');
    expect(recognition.applicationKind).toBe('extension');
    expect(keysOf(recognition)).toEqual([...ENTRY_KEYS]);
    expect(recognition.drift).toBeNull();
    expect(recognition.fillAllowed).toBe(true);
  });

  it('finds documented fields by id', () => {
    for (const found of recognition.fields) expect(found.matchedBy, found.key).toBe('id');
  });

  it('anchors Kendo widgets on their visible wrapper and keeps the hidden input as the element', () => {
    const province = field(recognition, 'changeProvince');
    expect(province.widget).toBe('dropdown');
    expect(province.element.id).toBe('uzatmaIlDegistir');
    expect(province.anchor.classList.contains('k-dropdownlist')).toBe(true);
    const mobile = field(recognition, 'mobile');
    expect(mobile.widget).toBe('masked');
    expect(mobile.anchor.classList.contains('k-maskedtextbox')).toBe(true);
    const initials = field(recognition, 'givenNameInitials');
    expect(initials.widget).toBe('text');
    expect(initials.anchor).toBe(initials.element);
  });

  it('reports the label as the user sees it, without the required star', () => {
    expect(field(recognition, 'foreignerId').label).toBe('Foreigners ID No *');
    expect(field(recognition, 'consent').label).toBe('I READ, UNDERSTOOD');
  });

  it('recognises the human gates but never as fillable', () => {
    expect(field(recognition, 'captcha')).toMatchObject({ widget: 'captcha', fillable: false });
    expect(field(recognition, 'consent')).toMatchObject({ widget: 'checkbox', fillable: false });
    for (const found of recognition.fields) {
      if (found.key !== 'captcha' && found.key !== 'consent') expect(found.fillable, found.key).toBe(true);
    }
  });

  it('ignores the anti-forgery token, the hidden captcha id and Kendo popup inputs', () => {
    const withPopup = recognize(entryPage({ extra: KENDO_POPUP }), EXTENSION_ENTRY);
    const elements = withPopup.fields.map((found) => found.element.getAttribute('name'));
    expect(elements).not.toContain('__RequestVerificationToken');
    expect(elements).not.toContain('CaptchaDeText');
    expect(withPopup.drift).toBeNull();
  });

  it('reads Turkish labels the same way', () => {
    const tr = recognize(entryPage({ lang: 'tr' }), EXTENSION_ENTRY);
    expect(tr.lang).toBe('tr');
    expect(keysOf(tr)).toEqual([...ENTRY_KEYS]);
    expect(tr.drift).toBeNull();
  });
});

describe('recognizePage tolerates drift in one signal at a time', () => {
  it('finds fields by label when ids and names were renamed', () => {
    const html = entryPage().replace(
      /\s(id|name|for)="([^"]+)"/g,
      (_all, attribute: string, value: string) =>
        value === '__RequestVerificationToken' ? ` ${attribute}="${value}"` : ` ${attribute}="x-${value}"`,
    );
    const recognition = recognize(html, EXTENSION_ENTRY);
    expect(recognition.kind).toBe('extension-entry');
    expect(keysOf(recognition)).toEqual([...ENTRY_KEYS]);
    for (const found of recognition.fields) expect(found.matchedBy, found.key).toBe('label');
  });

  it('finds fields by the Bootstrap row label when ids are gone and label[for] points nowhere', () => {
    const html = entryPage().replace(/\s(id|name)="(?!__Request)[^"]+"/g, '');
    const recognition = recognize(html, EXTENSION_ENTRY);
    expect(keysOf(recognition)).toEqual([...ENTRY_KEYS]);
  });

  it('finds fields by id when every label was reworded', () => {
    const document = parsePage(entryPage());
    for (const label of document.querySelectorAll('label')) {
      for (const node of [...label.childNodes]) if (node.nodeType === 3) node.textContent = ' Lorem ipsum ';
    }
    const recognition = recognizePage(document, pageUrl(EXTENSION_ENTRY));
    expect(recognition.kind).toBe('extension-entry');
    expect(keysOf(recognition)).toEqual([...ENTRY_KEYS]);
    expect(recognition.drift).toBeNull();
  });

  it('recognises the page by its content when the URL changed', () => {
    const recognition = recognize(entryPage(), '/Ikamet/YeniGiris/Uzatma');
    expect(recognition.kind).toBe('extension-entry');
    expect(recognition.applicationKind).toBe('extension');
    expect(recognition.drift).toBeNull();
  });

  it('tells the transfer entry from the extension entry by heading when the URL says nothing', () => {
    const html = entryPage({ heading: 'Entry to Transfer Application for Residence Permit' });
    expect(recognize(html, '/somewhere').kind).toBe('transfer-entry');
    expect(recognize(html, TRANSFER_ENTRY).applicationKind).toBe('transfer');
  });

  it('lets content outvote the URL when they disagree', () => {
    expect(recognize(entryPage(), '/Ikamet/OnKayit').kind).toBe('extension-entry');
  });

  it('reports missing fields as drift, keeps the rest, and stops filling', () => {
    const recognition = recognize(entryPage({ omit: ['belgeNo', 'uyruk'] }), EXTENSION_ENTRY);
    expect(recognition.kind).toBe('extension-entry');
    expect(recognition.drift?.missing).toEqual(['nationality', 'permitCardNumber']);
    expect(recognition.drift?.unknown).toEqual([]);
    expect(recognition.fillAllowed).toBe(false);
    expect(keysOf(recognition)).toEqual(
      ENTRY_KEYS.filter((key) => key !== 'nationality' && key !== 'permitCardNumber'),
    );
  });

  it('reports an unknown labelled input as drift', () => {
    const extra = row('Favourite Colour', textInput('renk', 'Renk'), 'renk');
    const recognition = recognize(entryPage({ extra }), EXTENSION_ENTRY);
    expect(recognition.drift).toEqual({ missing: [], unknown: ['Favourite Colour *'], widgetChanged: [] });
    expect(recognition.fillAllowed).toBe(false);
  });

  it('reports a field rendered as another widget as drift', () => {
    const html = entryPage().replace(kendoDropdown('uyruk', 'Uyruk'), textInput('uyruk', 'Uyruk'));
    const recognition = recognize(html, EXTENSION_ENTRY);
    expect(recognition.drift?.widgetChanged).toEqual(['nationality']);
    expect(recognition.fillAllowed).toBe(false);
  });

  it('reports a field present twice as drift', () => {
    const extra = row('Foreigners ID No', textInput('ykn2', 'Ykn2'), 'ykn2');
    const recognition = recognize(entryPage({ extra }), EXTENSION_ENTRY);
    expect(field(recognition, 'foreignerId').element.id).toBe('yabanciKimlikNo');
    expect(recognition.drift?.unknown).toEqual(['Foreigners ID No *']);
  });
});

describe('recognizePage on OnKayit', () => {
  const onKayit = layout({
    heading: 'Ön Kayıt Formu',
    body: [
      row('Adı', textInput('ad', 'Ad'), 'ad'),
      row('Soyadı', textInput('soyad', 'Soyad'), 'soyad'),
      row('Doğum Tarihi', kendoDate('DogumTarih', 'DogumTarih'), 'DogumTarih'),
      row('Baba Adı', textInput('babaAd', 'BabaAd'), 'babaAd'),
      row('Anne Adı', textInput('anneAd', 'AnneAd'), 'anneAd'),
      // The real gender list is known only by its wrapper's title (`span[title='Gender']`).
      `<div class="form-horizontal"><div class="col-lg-8 controls">${kendoDropdownOld('x1', 'X1', 'Cinsiyet')}</div></div>`,
      row('Uyruğu', kendoDropdown('uyruk', 'Uyruk'), 'uyruk'),
      row('Uyruk Kimlik Numarası', textInput('uyrukKimlikNo', 'UyrukKimlikNo'), 'uyrukKimlikNo'),
      row("Türkiye'ye Girişteki Pasaport Numarası", textInput('pasaportNo', 'PasaportNo'), 'pasaportNo'),
      row('E-Posta', textInput('eposta', 'Eposta'), 'eposta'),
      row('Cep Telefonu', kendoMasked('cepTelefon', 'CepTelefon'), 'cepTelefon'),
      captchaRow('Resimde görüntülenen karakterleri, resmin yanındaki boşluğa giriniz.'),
      '<button type="button" id="btnOnKayitKaydet">Kaydet</button>',
    ].join('\n'),
  });

  it('reads #ad as the full given name here (no maxlength), not the initials', () => {
    const recognition = recognize(onKayit, '/Ikamet/OnKayit');
    expect(recognition.kind).toBe('first-entry');
    expect(recognition.applicationKind).toBe('first');
    expect(field(recognition, 'givenName')).toMatchObject({ matchedBy: 'id' });
    expect(keysOf(recognition)).toEqual(
      [
        'givenName',
        'surname',
        'birthDate',
        'fatherName',
        'motherName',
        'gender',
        'nationality',
        'nationalIdNumber',
        'passportNumber',
        'email',
        'mobile',
        'captcha',
      ].sort(),
    );
    expect(recognition.drift).toBeNull();
  });

  it('finds a Kendo list by its wrapper title when it has no label', () => {
    const gender = field(recognize(onKayit, '/Ikamet/OnKayit'), 'gender');
    expect(gender.widget).toBe('dropdown');
    expect(gender.anchor.getAttribute('title')).toBe('Cinsiyet');
  });

  it('is recognised by content at an unknown URL and not mistaken for the wizard', () => {
    expect(recognize(onKayit, '/Ikamet/Yeni').kind).toBe('first-entry');
  });
});

describe('recognizePage on pages without data entry', () => {
  it('recognises the home page and never allows filling', () => {
    const html = layout({
      lang: 'en',
      body: `<div class="btn-eikamet-pembe">I LODGE AN APPLICATION FOR RESIDENCE PERMIT FOR THE FIRST TIME</div>
<div class="btn-eikamet-yesil">I APPLY FOR THE EXTENSION OF THE DURATION OF RESIDENCE PERMIT</div>`,
    });
    const recognition = recognize(html, '/');
    expect(recognition).toMatchObject({
      kind: 'home',
      lang: 'en',
      fields: [],
      drift: null,
      fillAllowed: false,
    });
  });

  it('recognises the status page by its heading even at another URL', () => {
    const html = layout({
      heading: 'Başvuru Durumunuz',
      body: '<p class="txt-md">Başvurunuz değerlendirme aşamasındadır.</p>',
    });
    for (const path of ['/Ikamet/BasvuruDurum', '/Ikamet/Sonuc']) {
      expect(recognize(html, path)).toMatchObject({
        kind: 'status',
        lang: 'tr',
        fillAllowed: false,
        drift: null,
      });
    }
  });

  it('recognises the options page and takes the application kind from the path', () => {
    const html = layout({
      lang: 'en',
      body: `<button class="btn-eikamet-mavi btn-detay">I WOULD LIKE TO LODGE A NEW APPLICATION</button>
<button class="btn-eikamet-mavi btn-detay">I WANT TO CONTINUE MY APPLICATION</button>`,
    });
    expect(recognize(html, '/Ikamet/Basvuru/GecisBasvuru')).toMatchObject({
      kind: 'options',
      applicationKind: 'transfer',
      fillAllowed: false,
    });
  });

  it('calls a page with no known signal unknown, without drift and without filling', () => {
    const html = layout({ body: row('Favourite Colour', textInput('renk', 'Renk'), 'renk') });
    expect(recognize(html, '/Hakkimizda')).toMatchObject({
      kind: 'unknown',
      drift: null,
      fillAllowed: false,
    });
  });
});

describe('recognizePage on the continue page', () => {
  const html = layout({
    body: [
      row('Başvuru Numarası', textInput('basvuruNo', 'BasvuruNo'), 'basvuruNo'),
      row('Cep Telefonu', textInput('cepTelefon', 'CepTelefon'), 'cepTelefon'),
      row('Yabancı Kimlik No', textInput('yabanciKimlikNo', 'YabanciKimlikNo'), 'yabanciKimlikNo'),
      captchaRow('Resimde görüntülenen karakterleri giriniz'),
      '<div class="login-alt"><button class="btn btn-login">Sorgula</button></div>',
    ].join('\n'),
  });

  it('accepts either contact field and either identity field without drift', () => {
    const recognition = recognize(html, '/Ikamet/DevamEdenBasvuruGiris');
    expect(recognition.kind).toBe('continue');
    expect(recognition.applicationKind).toBe('first');
    expect(keysOf(recognition)).toEqual(['applicationNumber', 'captcha', 'foreignerId', 'mobile']);
    expect(recognition.drift).toBeNull();
    expect(recognition.fillAllowed).toBe(true);
  });

  it('accepts the URL as a string, as the content script passes location.href', () => {
    const recognition = recognizePage(
      parsePage(html),
      'https://e-ikamet.goc.gov.tr/Ikamet/DevamEdenBasvuruGiris/UzatmaBasvuru',
    );
    expect(recognition.applicationKind).toBe('extension');
  });
});

describe('recognizePage on wizard pages (labels only: their ids are unknown)', () => {
  const personalRows = (lang: 'tr' | 'en'): string =>
    (
      [
        ['Adı', 'Name', 'text'],
        ['Soyadı', 'Last Name', 'text'],
        ['Önceki Soyadı', 'Previous Surname', 'text'],
        ['Baba Adı', "Father's Name", 'text'],
        ['Anne Adı', "Mother's Name", 'text'],
        ['Doğum Tarihi', 'Date of Birth', 'date'],
        ['Cinsiyet', 'Gender', 'dropdown'],
        ['Medeni Hali', 'Marital Status', 'dropdown'],
        ['Doğum Yeri', 'Place of Birth', 'text'],
        ['Doğum Ülkesi', 'Country of Birth', 'dropdown'],
        ['Uyruğu', 'Nationality', 'dropdown'],
        ['Diğer Uyruğu', 'Other Citizenship', 'dropdown'],
        ['E-posta Adresi', 'E-mail Address', 'text'],
        ['Cep Telefonu', 'Cell Phone', 'masked'],
      ] as const
    )
      .map(([tr, en, widget], index) => {
        const id = `alan${index}`;
        const control =
          widget === 'dropdown'
            ? kendoDropdown(id, id)
            : widget === 'date'
              ? kendoDate(id, id)
              : widget === 'masked'
                ? kendoMasked(id, id)
                : textInput(id, id);
        return row(lang === 'tr' ? tr : en, control, id);
      })
      .join('\n');

  it('recognises the personal step from labels in both languages', () => {
    for (const lang of ['tr', 'en'] as const) {
      const html = layout({
        lang,
        heading: lang === 'tr' ? 'Kişisel Bilgiler' : 'Personal Information',
        body: personalRows(lang),
      });
      const recognition = recognize(html, '/Ikamet/Basvuru/KisiselBilgiler');
      expect(recognition.kind, lang).toBe('wizard-personal');
      expect(recognition.lang, lang).toBe(lang);
      expect(recognition.drift, lang).toBeNull();
      expect(recognition.fields.every((found) => found.matchedBy === 'label')).toBe(true);
      expect(recognition.fields).toHaveLength(14);
    }
  });

  it('is a pure function: an empty step (not yet rendered) drifts, the rendered step does not', () => {
    const document = parsePage(layout({ heading: 'Kişisel Bilgiler', body: '<div id="adim"></div>' }));
    const url = pageUrl('/Ikamet/Basvuru/KisiselBilgiler');
    const before = recognizePage(document, url);
    expect(before.kind).toBe('wizard-personal');
    expect(before.drift?.missing).toHaveLength(14);
    expect(before.fillAllowed).toBe(false);

    const target = document.getElementById('adim');
    if (!target) throw new Error('no step container');
    target.replaceWith(
      parsePage(`<body><div>${personalRows('tr')}</div></body>`).body.firstElementChild as Element,
    );
    const after = recognizePage(document, url);
    expect(after.drift).toBeNull();
    expect(after.fillAllowed).toBe(true);
  });

  it('takes the application kind of the permit step from current-permit fields and headings', () => {
    const permitRows = [
      row('İkamet İzni Türü', kendoDropdown('t', 't'), 't'),
      row('Kalış Amacı', kendoDropdown('a', 'a'), 'a'),
      row('Talep Edilen Başlangıç Tarihi', kendoDate('b', 'b'), 'b'),
      row('Talep Edilen Bitiş Tarihi', kendoDate('e', 'e'), 'e'),
    ].join('\n');
    const currentRows = [
      row(
        'Mevcut İkamet İzni Türü',
        '<input id="m" class="form-control" readonly value="Kısa Dönem İkamet İzni">',
        'm',
      ),
      row(
        'Mevcut İkamet İzni Bitiş Tarihi',
        '<input id="n" class="form-control" readonly value="01.02.2026">',
        'n',
      ),
    ].join('\n');
    const path = '/Ikamet/Basvuru/IkametIzniBilgileri';
    const first = recognize(layout({ heading: 'İkamet İzni Bilgileri', body: permitRows }), path);
    expect(first).toMatchObject({ kind: 'wizard-permit', applicationKind: 'first', drift: null });

    const extension = recognize(
      layout({ heading: 'İkamet İzni Bilgileri (Uzatma Başvurusu)', body: permitRows + currentRows }),
      path,
    );
    expect(extension).toMatchObject({ kind: 'wizard-permit', applicationKind: 'extension', drift: null });
    expect(field(extension, 'currentPermitType')).toMatchObject({ widget: 'readonly', fillable: false });

    const unnamed = recognize(
      layout({ heading: 'İkamet İzni Bilgileri', body: permitRows + currentRows }),
      path,
    );
    expect(unnamed.applicationKind).toBeNull();
  });

  it('settles a bare "Başlangıç Tarihi" by the page: the insurance start on the insurance step', () => {
    const html = layout({
      heading: 'Sağlık Sigortası Bilgileri',
      body: [
        row('Sigorta Türü', kendoDropdown('s1', 's1'), 's1'),
        row('Sigorta Şirketi', textInput('s2', 's2'), 's2'),
        row('Poliçe No', textInput('s3', 's3'), 's3'),
        row('Başlangıç Tarihi', kendoDate('s4', 's4'), 's4'),
        row('Bitiş Tarihi', kendoDate('s5', 's5'), 's5'),
      ].join('\n'),
    });
    const recognition = recognize(html, '/Ikamet/Basvuru/SaglikSigortasi');
    expect(keysOf(recognition)).toEqual(
      ['insuranceType', 'insuranceCompany', 'insurancePolicyNumber', 'insuranceStart', 'insuranceEnd'].sort(),
    );
    expect(recognition.drift).toBeNull();
  });
});

describe('Kendo widget markers', () => {
  const path = '/Ikamet/Basvuru/AdresBilgileri';
  const page = (control: string) => layout({ heading: 'Adres Bilgileri', body: row('İl', control, 'il') });

  it.each([
    [
      'the old wrapper without data-role',
      '<span class="k-widget k-dropdown"><span class="k-dropdown-wrap"><span class="k-input">Seçiniz</span></span><input id="il" style="display:none"></span>',
      'dropdown',
      'k-dropdown',
    ],
    [
      'the new wrapper without data-role',
      '<span class="k-picker k-dropdownlist"><span class="k-input-inner"><span class="k-input-value-text">Seçiniz</span></span><input id="il" style="display:none"></span>',
      'dropdown',
      'k-dropdownlist',
    ],
    [
      'a date wrapper without data-role',
      '<span class="k-datepicker k-input"><input id="il" class="k-input-inner"></span>',
      'date',
      'k-datepicker',
    ],
    [
      'a hidden original input beside its wrapper',
      '<span class="k-picker k-dropdownlist"><span class="k-input-value-text">Seçiniz</span></span><input id="il" data-role="dropdownlist" type="hidden">',
      'dropdown',
      'k-dropdownlist',
    ],
  ])('reads %s', (_case, control, widget, wrapperClass) => {
    const recognition = recognize(page(control), path);
    const province = field(recognition, 'province');
    expect(province.widget).toBe(widget);
    expect(province.anchor.classList.contains(wrapperClass)).toBe(true);
    expect(province.element.id).toBe('il');
  });

  it('does not take the shown value ("Seçiniz") of a drop-down for a label', () => {
    const html = layout({
      heading: 'Adres Bilgileri',
      body: `<div class="form-group"><div class="controls">${kendoDropdown('x', 'x', 'İl')}</div></div>`,
    });
    const recognition = recognize(html, path);
    expect(recognition.fields).toEqual([]);
  });
});

describe('label finding', () => {
  const wrap = (body: string) => layout({ heading: 'Adres Bilgileri', body });
  const path = '/Ikamet/Basvuru/AdresBilgileri';

  it.each([
    ['label[for]', '<label for="q">Mahalle</label><input id="q">'],
    ['a wrapping label', '<label>Mahalle <input></label>'],
    ['aria-label', '<input aria-label="Mahalle">'],
    ['aria-labelledby', '<span id="lbl">Mahalle</span><div><input aria-labelledby="lbl"></div>'],
    ['a table cell before the input', '<table><tr><td>Mahalle:</td><td><input></td></tr></table>'],
    ['the placeholder', '<div class="form-group"><input placeholder="Mahalle"></div>'],
    ['the title', '<div class="form-group"><input title="Mahalle"></div>'],
  ])('finds the label from %s', (_source, markup) => {
    const recognition = recognize(wrap(markup), path);
    expect(recognition.fields.map((found) => found.key)).toEqual(['neighbourhood']);
  });

  it('reads a checkbox label from the cell after it (OnKayit consent table), without label[for]', () => {
    const html = layout({
      heading: 'Özet',
      body: '<table><tr><td><input type="checkbox"></td><td><label>Okudum, anladım.</label></td></tr></table>',
    });
    const recognition = recognize(html, '/Ikamet/Basvuru/Ozet');
    expect(recognition.fields.map((found) => [found.key, found.widget, found.fillable])).toEqual([
      ['consent', 'checkbox', false],
    ]);
  });

  it('keeps a cascade list that Kendo disabled for now fillable: it is enabled once its parent is chosen', () => {
    const disabledDistrict = kendoDropdown('ilce', 'ilce')
      .replace('k-dropdownlist', 'k-dropdownlist k-disabled')
      .replace('data-role="dropdownlist"', 'data-role="dropdownlist" disabled="disabled"');
    const html = wrap(
      `${row('İl', kendoDropdown('il', 'il'), 'il')}${row('İlçe', disabledDistrict, 'ilce')}`,
    );
    const district = field(recognize(html, path), 'district');
    expect(district).toMatchObject({ widget: 'dropdown', fillable: true });
  });

  it('does not take the previous field or a section heading as the label', () => {
    const html = wrap(`${row('İl', kendoDropdown('il', 'il'), 'il')}
<h4>Ek Bilgi</h4><div class="form-group"><div class="controls"><input id="nolabel"></div></div>`);
    const recognition = recognize(html, path);
    expect(recognition.fields.map((found) => found.key)).toEqual(['province']);
    expect(recognition.drift?.unknown).toEqual([]);
  });

  it('reads page text only as text', () => {
    const html = wrap(row('&lt;img src=x onerror=alert(1)&gt;', textInput('z', 'z'), 'z'));
    const recognition = recognize(html, path);
    expect(recognition.drift?.unknown).toEqual(['<img src=x onerror=alert(1)> *']);
  });
});
