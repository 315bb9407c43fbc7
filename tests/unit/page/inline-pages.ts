/**
 * Small builders for inline test pages that follow the real site's markup
 * (docs/site.md#page-layout): Bootstrap `form-horizontal` rows with a label column and
 * a `controls` column, and Kendo widgets as they look after initialisation (the original
 * input hidden inside Kendo's wrapper span).
 */
import { htmlDocument } from '../../support/html-document';

export const ORIGIN = 'https://e-ikamet.goc.gov.tr';

export function pageUrl(path: string): URL {
  return new URL(path, ORIGIN);
}

export function parsePage(html: string): Document {
  return htmlDocument(html);
}

export function layout(options: { lang?: 'tr' | 'en'; heading?: string; body: string }): string {
  const heading = options.heading
    ? `<div class="content--box--header"><h2>${options.heading}</h2></div>`
    : '';
  return `<!DOCTYPE html><html lang="${options.lang ?? 'tr'}"><head><title>e-İkamet</title></head><body>
<nav class="navbar"><ul class="nav navbar-nav"><li><a href="/Ikamet/Basvuru/IlkBasvuru">İlk Başvuru</a></li>
<li class="active"><a href="/Ikamet/Basvuru/UzatmaBasvuru">Uzatma Başvurusu</a></li></ul></nav>
<div id="body"><div><section><div class="content--box">${heading}
<div class="content--box--detail"><form>
<input name="__RequestVerificationToken" type="hidden" value="token">
${options.body}
</form></div></div></section></div></div></body></html>`;
}

/** A Bootstrap row: label column with `label[for]`, then the controls column. */
export function row(label: string, control: string, forId?: string): string {
  const forAttribute = forId ? ` for="${forId}"` : '';
  return `<div class="form-horizontal"><div class="form-group">
<label class="control-label col-lg-4"${forAttribute}>${label} <span class="required">*</span></label>
<div class="col-lg-8 controls">${control}</div></div></div>`;
}

export function textInput(id: string, name: string, extra = ''): string {
  return `<input type="text" class="form-control" id="${id}" name="${name}" ${extra}>`;
}

/** A Kendo DropDownList after initialisation (new rendering: `span.k-picker.k-dropdownlist`). */
export function kendoDropdown(id: string, name: string, shown = 'Seçiniz'): string {
  return `<span class="k-picker k-dropdownlist form-control" role="combobox" aria-expanded="false">
<span class="k-input-inner"><span class="k-input-value-text">${shown}</span></span>
<button class="k-input-button" aria-label="select" tabindex="-1"></button>
<input id="${id}" name="${name}" data-role="dropdownlist" style="display: none;"></span>`;
}

/** A Kendo DropDownList in the old rendering (`span.k-widget.k-dropdown` › `span.k-input`). */
export function kendoDropdownOld(id: string, name: string, title = ''): string {
  const titleAttribute = title ? ` title="${title}"` : '';
  return `<span class="k-widget k-dropdown"${titleAttribute}><span class="k-dropdown-wrap k-state-default">
<span class="k-input">Seçiniz</span><span class="k-select"></span></span>
<input id="${id}" name="${name}" data-role="dropdownlist" style="display: none;"></span>`;
}

export function kendoMasked(id: string, name: string): string {
  return `<span class="k-maskedtextbox k-input"><input id="${id}" name="${name}" class="k-input-inner"
data-role="maskedtextbox" value="(___) ___-__-__"></span>`;
}

export function kendoDate(id: string, name: string): string {
  return `<span class="k-datepicker k-input"><input id="${id}" name="${name}" class="k-input-inner"
data-role="datepicker" placeholder="gg.aa.yyyy"><button class="k-input-button" aria-label="select"></button></span>`;
}

export function captchaRow(label: string): string {
  return row(
    label,
    `<img id="CaptchaImage" src="/DefaultCaptcha/Generate?t=abc" alt="">
<input id="CaptchaDeText" name="CaptchaDeText" type="hidden" value="abc">
<input id="CaptchaInputText" name="CaptchaInputText" type="text" class="form-control">`,
    'CaptchaInputText',
  );
}

/** A Kendo list popup as Kendo appends it to the body, with its filter input. */
export const KENDO_POPUP = `<div class="k-animation-container"><div class="k-popup k-list-container">
<span class="k-list-filter"><input class="k-textbox" aria-label="Filter"></span>
<ul class="k-list-ul"><li>Hayır</li><li>Evet</li><li>Geçiş</li></ul></div></div>`;

interface EntryOptions {
  lang?: 'tr' | 'en';
  heading?: string;
  /** Rows to leave out, by element id. */
  omit?: readonly string[];
  /** Markup appended after the last row. */
  extra?: string;
}

/** The extension / transfer entry page (docs/site.md#fields-with-known-ids), ids and labels as documented. */
export function entryPage(options: EntryOptions = {}): string {
  const en = (options.lang ?? 'en') === 'en';
  const rows: Array<[id: string, markup: string]> = [
    [
      'uzatmaIlDegistir',
      row(
        en ? 'I wish to change my province of residence.' : 'İkamet ettiğim ili değiştirmek istiyorum.',
        kendoDropdown('uzatmaIlDegistir', 'UzatmaIlDegistir', en ? 'Please select...' : 'Seçiniz'),
        'uzatmaIlDegistir',
      ),
    ],
    [
      'ad',
      row(
        en ? 'The First Two Letters of Your Name.' : 'Adınızın İlk İki Harfi',
        textInput('ad', 'Ad', 'maxlength="2"'),
        'ad',
      ),
    ],
    [
      'soyad',
      row(
        en ? 'The First Two Letters of Your Last Name' : 'Soyadınızın İlk İki Harfi',
        textInput('soyad', 'Soyad', 'maxlength="2"'),
        'soyad',
      ),
    ],
    [
      'uyruk',
      row(
        en ? 'Country of Nationality' : 'Vatandaşı Olduğunuz Ülke',
        kendoDropdown('uyruk', 'Uyruk'),
        'uyruk',
      ),
    ],
    [
      'yabanciKimlikNo',
      row(
        en ? 'Foreigners ID No' : 'Yabancı Kimlik No',
        textInput('yabanciKimlikNo', 'YabanciKimlikNo'),
        'yabanciKimlikNo',
      ),
    ],
    [
      'belgeSeri',
      row(
        en ? 'Residence Permit Card Serial Number' : 'İkamet İzin Kartı Seri',
        textInput('belgeSeri', 'BelgeSeri', 'maxlength="3"'),
        'belgeSeri',
      ),
    ],
    [
      'belgeNo',
      row(
        en ? 'Residence Permit Card Number' : 'İkamet İzin Kartı No',
        textInput('belgeNo', 'BelgeNo'),
        'belgeNo',
      ),
    ],
    [
      'iletisim_tercih',
      row(
        en ? 'Communication Preference' : 'İletişim Tercihi',
        kendoDropdown('iletisim_tercih', 'Iletisim.Tercih'),
        'iletisim_tercih',
      ),
    ],
    [
      'iletisim_eMail',
      row(
        en ? 'e-mail Address' : 'E-posta Adresi',
        textInput('iletisim_eMail', 'Iletisim.EMail'),
        'iletisim_eMail',
      ),
    ],
    [
      'iletisim_cepTelefon',
      row(
        en ? 'Cell Phone' : 'Cep Telefonu',
        kendoMasked('iletisim_cepTelefon', 'Iletisim.CepTelefon'),
        'iletisim_cepTelefon',
      ),
    ],
    [
      'CaptchaInputText',
      captchaRow(
        en
          ? 'Enter the characters you see in the image to the space near the image.'
          : 'Resimde görüntülenen karakterleri, resmin yanındaki boşluğa giriniz.',
      ),
    ],
    [
      'uzatmaGecisOkudumAnladim',
      `<div class="checkbox"><label><input type="checkbox" id="uzatmaGecisOkudumAnladim"
name="UzatmaGecisOkudumAnladim" value="true"> ${en ? 'I READ, UNDERSTOOD' : 'Okudum, anladım'}</label></div>`,
    ],
  ];
  const body = rows
    .filter(([id]) => !options.omit?.includes(id))
    .map(([, markup]) => markup)
    .join('\n');
  return layout({
    lang: options.lang ?? 'en',
    heading:
      options.heading ??
      (en
        ? 'Entry to Application for the Extension of the Duration of Residence Permit'
        : 'İkamet İzni Uzatma Başvurusu Giriş'),
    body: `${body}${options.extra ?? ''}
<button type="button" id="uzatmaGecisGirisBtn" class="btn btn-primary">${en ? 'Continue' : 'Devam'}</button>`,
  });
}

export const ENTRY_KEYS = [
  'captcha',
  'changeProvince',
  'consent',
  'contactPreference',
  'email',
  'foreignerId',
  'givenNameInitials',
  'mobile',
  'nationality',
  'permitCardNumber',
  'permitCardSerial',
  'surnameInitials',
] as const;
