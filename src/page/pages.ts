import type { FieldKey } from '../contracts/field-keys';
import type { ApplicationKind } from '../domain/permits';
import { buildOnce } from './build-once';
import { CURRENT_PERMIT } from './kind-signals';
import type { PageKind } from './page-kinds';
import type { TextPattern } from './text';

export { APPLICATION_KIND_HEADINGS, APPLICATION_KIND_PATHS, CURRENT_PERMIT_FIELDS } from './kind-signals';

/**
 * The page catalogue: how each kind of e-İkamet page is recognised and which fields it has.
 *
 * Recognition scores every kind on several independent signals (URL path, element ids and
 * selectors, heading texts, phrases in the page, and the set of fields found) so that a page
 * whose URL changed is still recognised by its content, and a URL alone cannot outvote
 * content that clearly belongs to another page. Paths are matched case-insensitively.
 *
 * Sources: docs/site.md#page-kinds (entry, lookup and status pages; ids SEEN-C) and
 * docs/site.md#the-wizard-as-reconstructed (wizard steps; paths and headings are the
 * project's reconstruction, not seen on the real site). Marks: docs/site.md#marks.
 */
export interface PageSpec {
  readonly kind: Exclude<PageKind, 'unknown'>;
  /** Regexes on `url.pathname`; the `i` flag is added by the matcher. */
  readonly paths: readonly RegExp[];
  /** Element ids only this page has (case-sensitive, as `getElementById`). */
  readonly ids?: readonly string[];
  /** CSS selectors only this page has. */
  readonly selectors?: readonly string[];
  /** Patterns on the page's headings (h1–h6, legend, panel titles, the active step, `<title>`). */
  readonly headings?: { readonly tr: readonly TextPattern[]; readonly en: readonly TextPattern[] };
  /** Patterns on the page's visible text (paragraphs, buttons). */
  readonly phrases?: { readonly tr: readonly TextPattern[]; readonly en: readonly TextPattern[] };
  /** Fields the page always has: any of them missing is drift. */
  readonly always: readonly FieldKey[];
  /** Fields the page may have (shown by a choice, or present only in some flows). */
  readonly optional: readonly FieldKey[];
  /** False for pages the assistant only explains (no data entry, or a human gate). */
  readonly fillable: boolean;
  /** The application kind the page itself implies, when it does regardless of URL. */
  readonly applicationKind?: ApplicationKind;
}

const ENTRY_FIELDS: readonly FieldKey[] = [
  'changeProvince',
  'givenNameInitials',
  'surnameInitials',
  'nationality',
  'foreignerId',
  'permitCardSerial',
  'permitCardNumber',
  'contactPreference',
  'email',
  'mobile',
  'captcha',
  'consent',
];

const WIZARD_PERSONAL: readonly FieldKey[] = [
  'givenName',
  'surname',
  'previousSurname',
  'fatherName',
  'motherName',
  'birthDate',
  'gender',
  'maritalStatus',
  'birthPlace',
  'birthCountry',
  'nationality',
  'otherNationality',
  'email',
  'mobile',
];
const WIZARD_PASSPORT: readonly FieldKey[] = [
  'passportType',
  'passportNumber',
  'passportIssueDate',
  'passportExpiry',
  'passportIssuingCountry',
  'passportIssuingAuthority',
];
const WIZARD_PERMIT: readonly FieldKey[] = ['permitType', 'permitPurpose', 'requestedStart', 'requestedEnd'];
const WIZARD_ADDRESS: readonly FieldKey[] = [
  'province',
  'district',
  'neighbourhood',
  'street',
  'buildingNumber',
  'flatNumber',
];
const WIZARD_INSURANCE: readonly FieldKey[] = [
  'insuranceType',
  'insuranceCompany',
  'insurancePolicyNumber',
  'insuranceStart',
  'insuranceEnd',
];

/** Built on first use (see `buildOnce`): the content script's evaluation stays short. */
export const pageCatalogue = buildOnce((): readonly PageSpec[] => [
  {
    kind: 'home',
    paths: [/^\/?$/, /^\/(home|anasayfa)(\/index)?\/?$/],
    selectors: ['.btn-eikamet-pembe', '.btn-eikamet-yesil'],
    phrases: {
      tr: [
        /\bilk kez ikamet izni basvurusu yapiyorum\b/,
        /\bikamet izni uzatma basvurusu yapiyorum\b/,
        /\bikamet izni gecis basvurusu yapiyorum\b/,
      ],
      // The buttons' own wording ("I LODGE…"), not the option pages' headings that reuse it.
      en: [
        /\bi lodge an application for residence permit for the first time\b/,
        /\bi apply for the extension of the duration of residence permit\b/,
        /\bi lodge a transfer application for residence permit\b/,
      ],
    },
    always: [],
    optional: [],
    fillable: false,
  },
  {
    // The three-option page after a home button [INFERRED], and the options page after a
    // lookup (`DevamEdenBasvuruSecenekler`) [SEEN-C]: both offer choices, no data entry.
    kind: 'options',
    paths: [
      /^\/ikamet\/basvuru\/(ilkbasvuru|uzatmabasvuru|gecisbasvuru)\/?$/,
      /^\/ikamet\/devamedenbasvurusecenekler\b/,
    ],
    selectors: ['button.btn-detay'],
    phrases: {
      // Only the first TR text is documented; the other two are the obvious translations.
      tr: [
        /\byeni bir basvuru yapmak istiyorum\b/,
        /\b(devam eden basvurumu tamamlamak|basvuruma devam etmek) istiyorum\b/,
        /\bbasvuru sonucumu/,
      ],
      en: [/\blodge a new application\b/, /\bcontinue my application\b/, /\bsee my application result\b/],
    },
    always: [],
    optional: [],
    fillable: false,
  },
  {
    kind: 'first-entry',
    paths: [/^\/ikamet\/onkayit\/?$/],
    ids: ['btnOnKayitKaydet', 'uyrukKimlikNo'],
    headings: { tr: [/\bon kayit\b/], en: [/\bpre ?registration\b/] },
    always: [
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
    ],
    // The communication preference is known only from a clone; the consent box is a hidden input.
    optional: ['contactPreference', 'consent'],
    fillable: true,
    applicationKind: 'first',
  },
  {
    kind: 'extension-entry',
    paths: [/^\/ikamet\/uzatmagecisgiris\/uzatmabasvuru\/?$/],
    ids: ['belgeSeri', 'uzatmaGecisOkudumAnladim', 'uzatmaGecisGirisBtn'],
    headings: { tr: [/\buzatma\b/], en: [/\bextension\b/] },
    always: ENTRY_FIELDS,
    optional: [],
    fillable: true,
    applicationKind: 'extension',
  },
  {
    kind: 'transfer-entry',
    paths: [/^\/ikamet\/uzatmagecisgiris\/gecisbasvuru\/?$/],
    ids: ['belgeSeri', 'uzatmaGecisOkudumAnladim', 'uzatmaGecisGirisBtn'],
    headings: { tr: [/\bgecis\b/], en: [/\btransfer\b/] },
    always: ENTRY_FIELDS,
    optional: [],
    fillable: true,
    applicationKind: 'transfer',
  },
  {
    kind: 'continue',
    paths: [/^\/ikamet\/devamedenbasvurugiris(\/(uzatmabasvuru|gecisbasvuru))?\/?$/],
    ids: ['basvuruNo'],
    selectors: ['.login-alt .btn-login'],
    headings: {
      tr: [/\bdevam eden basvuru\b/],
      en: [/\bcontinuing application\b/, /\bcontinue (my |your )?application\b/],
    },
    always: ['applicationNumber', 'captcha'],
    // The page asks for a phone or an e-mail, and a foreigner ID or a passport number.
    optional: ['mobile', 'email', 'foreignerId', 'passportNumber'],
    fillable: true,
  },
  {
    kind: 'status',
    paths: [/^\/ikamet\/basvurudurum\b/],
    selectors: ['.txt-md'],
    headings: { tr: [/\bbasvuru durumunuz\b/], en: [/\b(your )?application status\b/] },
    phrases: { tr: [/\bbasvuru durumunuz\b/, /\bptt barkod\b/], en: [/\bstarting ending dates\b/] },
    always: [],
    optional: [],
    fillable: false,
  },
  {
    kind: 'verification',
    // The gate's real path is unknown ([GUESSED]); its wording is what recognises it.
    paths: [/^\/ikamet\/(dogrulama|basvuru\/dogrulama|onay)\b/],
    headings: { tr: [/\bdogrulama\b/], en: [/\bverification\b/] },
    phrases: {
      tr: [/\be posta adresinize gonderilen\b/, /\btekrar gonder\b/, /\bcep telefonunuza gonderilen\b/],
      en: [/\bsent to your e ?mail\b/, /\bresend\b/, /\bsent to your (mobile|cell) phone\b/],
    },
    always: [],
    optional: ['verificationCode'],
    fillable: false,
  },
  {
    kind: 'wizard-personal',
    paths: [/^\/ikamet\/basvuru\/kisiselbilgiler\b/],
    headings: { tr: [/\bkisisel bilgiler\b/], en: [/\bpersonal information\b/] },
    always: WIZARD_PERSONAL,
    optional: [],
    fillable: true,
  },
  {
    kind: 'wizard-passport',
    paths: [/^\/ikamet\/basvuru\/seyahatbelgesi\b/],
    headings: { tr: [/\bseyahat belgesi\b/], en: [/\btravel document\b/] },
    always: WIZARD_PASSPORT,
    optional: [],
    fillable: true,
  },
  {
    kind: 'wizard-permit',
    paths: [/^\/ikamet\/basvuru\/ikametiznibilgileri\b/],
    headings: { tr: [/\bikamet izni bilgileri\b/], en: [/\bresidence permit information\b/] },
    always: WIZARD_PERMIT,
    optional: CURRENT_PERMIT,
    fillable: true,
  },
  {
    kind: 'wizard-address',
    paths: [/^\/ikamet\/basvuru\/adresbilgileri\b/],
    headings: { tr: [/\badres bilgileri\b/], en: [/\baddress information\b/] },
    always: WIZARD_ADDRESS,
    optional: [],
    fillable: true,
  },
  {
    kind: 'wizard-insurance',
    paths: [/^\/ikamet\/basvuru\/sagliksigortasi\b/],
    headings: { tr: [/\bsaglik sigortasi\b/], en: [/\bhealth insurance\b/] },
    always: WIZARD_INSURANCE,
    optional: [],
    fillable: true,
  },
  {
    // Read-only recap: it may repeat every wizard value, but the assistant fills nothing here.
    kind: 'wizard-summary',
    paths: [/^\/ikamet\/basvuru\/ozet\b/],
    headings: { tr: [/^ozet$/, /\bbasvuru ozeti\b/], en: [/^summary$/, /\bapplication summary\b/] },
    always: ['consent'],
    optional: [
      ...WIZARD_PERSONAL,
      ...WIZARD_PASSPORT,
      ...WIZARD_PERMIT,
      ...CURRENT_PERMIT,
      ...WIZARD_ADDRESS,
      ...WIZARD_INSURANCE,
    ],
    fillable: false,
  },
]);
