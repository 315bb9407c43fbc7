import type { FieldKey } from '../contracts/field-keys';
import { buildOnce } from './build-once';
import type { WidgetKind } from './recognition-types';
import type { TextPattern } from './text';

export { GATE_KEYS } from './gate-keys';

/**
 * The field catalogue: how to recognise each field the assistant knows, in one declarative
 * table. Real ids and posted names: docs/site.md#fields-with-known-ids. Wizard labels:
 * docs/site.md#the-wizard-as-reconstructed (ids unknown, so wizard entries carry label
 * patterns only).
 *
 * Label patterns are matched on the folded form of the page's label (`toMatchForm`): lower
 * case ASCII, no punctuation, single spaces. A string is folded too and must equal the whole
 * label; a regex is written against the folded form and may match part of it. When several
 * entries match a label, the whole-label string wins, then the longest regex match.
 *
 * Ids and posted names are compared case-insensitively (ASP.NET binds names that way, and a
 * redesign that only recases an id should not count as a rename). Only ids seen on the real
 * site are listed: an id guessed here would make a renamed field look recognised.
 */
export interface FieldSpec {
  readonly key: FieldKey;
  readonly labels: { readonly tr: readonly TextPattern[]; readonly en: readonly TextPattern[] };
  /** Element ids seen on the real site. */
  readonly ids?: readonly string[];
  /** Posted `name` attributes seen on the real site. */
  readonly names?: readonly string[];
  /** Widgets the field may be rendered as; any other widget means the page changed. */
  readonly widgets: readonly WidgetKind[];
  /**
   * The site's `maxlength`, where it tells two fields apart that share an id: `#ad` is the
   * full given name on OnKayit but the first two letters (maxlength 2) on the entry pages.
   */
  readonly maxLength?: number;
  /** Whether the assistant may ever fill it. Human gates never. */
  readonly fillable: boolean;
}

const TEXT: readonly WidgetKind[] = ['text'];
const DROPDOWN: readonly WidgetKind[] = ['dropdown'];
const DATE: readonly WidgetKind[] = ['date'];
const READ_ONLY: readonly WidgetKind[] = ['readonly'];

/** Built on first use (see `buildOnce`): the content script's evaluation stays short. */
export const fieldCatalogue = buildOnce(
  (): Readonly<Record<FieldKey, FieldSpec>> => ({
    givenName: {
      key: 'givenName',
      labels: {
        // Negative lookahead: "Adı Soyadı" is a full-name field, not the given name.
        tr: ['Adı', 'Ad', 'Adınız', /^ad(i|iniz)?\b(?! soyad)/],
        en: [
          'Name',
          'Name(s)',
          'Given Name',
          'Given Names',
          'Given name(s)',
          'First Name',
          /^(given|first) names?\b/,
        ],
      },
      ids: ['ad'],
      names: ['Ad'],
      widgets: TEXT,
      fillable: true,
    },
    surname: {
      key: 'surname',
      labels: {
        tr: ['Soyadı', 'Soyad', 'Soyadınız', /^soyadi(niz)?\b/],
        en: ['Surname', 'Last Name', 'Family Name', /\b(last|family) name\b/, /^surnames?\b/],
      },
      ids: ['soyad'],
      names: ['Soyad'],
      widgets: TEXT,
      fillable: true,
    },
    previousSurname: {
      key: 'previousSurname',
      labels: {
        tr: [/\bonceki soyadi?/, /\beski soyadi?/],
        en: [/\b(previous|former|maiden) (surname|last name|name)\b/],
      },
      widgets: TEXT,
      fillable: true,
    },
    fatherName: {
      key: 'fatherName',
      labels: {
        tr: [/^baba(sinin)? adi/, /^baba ad\b/],
        en: [/^fathers? (first )?name\b/, /^name of (the )?father\b/],
      },
      ids: ['babaAd'],
      widgets: TEXT,
      fillable: true,
    },
    motherName: {
      key: 'motherName',
      labels: {
        tr: [/^anne(sinin)? adi/, /^anne ad\b/],
        en: [/^mothers? (first )?name\b/, /^name of (the )?mother\b/],
      },
      ids: ['anneAd'],
      widgets: TEXT,
      fillable: true,
    },
    birthDate: {
      key: 'birthDate',
      labels: { tr: [/\bdogum tarihi/], en: [/\bdate of birth\b/, /\bbirth ?date\b/, /^birthday$/] },
      ids: ['DogumTarih'],
      // OnKayit may render a plain text box here (a tool typed into it); the wizard a DatePicker.
      widgets: ['date', 'text', 'masked'],
      fillable: true,
    },
    birthPlace: {
      key: 'birthPlace',
      labels: { tr: [/\bdogum yeri/], en: [/\bplace of birth\b/, /\bbirth ?place\b/] },
      widgets: TEXT,
      fillable: true,
    },
    birthCountry: {
      key: 'birthCountry',
      labels: { tr: [/\bdogum ulkesi/, /\bdogdugu ulke/], en: [/\bcountry of birth\b/, /\bbirth country\b/] },
      widgets: DROPDOWN,
      fillable: true,
    },
    gender: {
      key: 'gender',
      labels: { tr: [/^cinsiyet(i|iniz)?$/], en: ['Gender', 'Sex'] },
      widgets: DROPDOWN,
      fillable: true,
    },
    maritalStatus: {
      key: 'maritalStatus',
      labels: { tr: [/^medeni (hali?|durum(u)?)\b/], en: [/\b(marital|civil) status\b/] },
      widgets: DROPDOWN,
      fillable: true,
    },
    nationality: {
      key: 'nationality',
      labels: {
        tr: ['Uyruğu', 'Uyruk', 'Uyruğunuz', /\bvatandasi oldugu(nuz)? ulke\b/],
        en: ['Nationality', 'Country of Nationality', 'Citizenship', /\bnationality\b/],
      },
      ids: ['uyruk'],
      names: ['Uyruk'],
      widgets: DROPDOWN,
      fillable: true,
    },
    otherNationality: {
      key: 'otherNationality',
      labels: {
        tr: [/\b(diger|ikinci) uyrugu?\b/, /\bdiger vatandaslik/],
        en: [/\b(other|second|additional) (nationality|citizenship)\b/],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    nationalIdNumber: {
      key: 'nationalIdNumber',
      labels: {
        tr: [/\buyruk kimlik (no|numarasi)\b/],
        en: [/\bnationality id(entity)? (no|number)\b/, /\bnational id(entity)? (no|number)\b/],
      },
      ids: ['uyrukKimlikNo'],
      widgets: TEXT,
      fillable: true,
    },
    passportNumber: {
      key: 'passportNumber',
      labels: {
        tr: [
          'Belge No',
          'Belge Numarası',
          /\bpasaport (belge )?(no|numarasi)\b/,
          /\bseyahat belgesi (no|numarasi)\b/,
        ],
        en: [
          'Document Number',
          'Document No',
          /\bpassport (document )?(no|number)\b/,
          /\bnumber of (the )?passport\b/,
          /\btravel document (no|number)\b/,
        ],
      },
      ids: ['pasaportBelgeNo'],
      widgets: TEXT,
      fillable: true,
    },
    passportType: {
      key: 'passportType',
      labels: {
        tr: [/\b(pasaport|seyahat belgesi|belge) turu\b/],
        en: [
          /\b(passport|travel document|document) type\b/,
          /\btype of (the )?(passport|travel document|document)\b/,
        ],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    passportIssueDate: {
      key: 'passportIssueDate',
      labels: {
        tr: [/\b(verilis|duzenlenme|duzenleme) tarihi\b/],
        en: [/\bdate of issue\b/, /\bissue date\b/, /\bdate issued\b/],
      },
      widgets: DATE,
      fillable: true,
    },
    passportExpiry: {
      key: 'passportExpiry',
      labels: {
        tr: [/^(son )?gecerlilik (sonu |bitis )?tarihi\b/],
        en: [/\b(expiry|expiration) date\b/, /\bdate of expiry\b/, /^valid until\b/],
      },
      widgets: DATE,
      fillable: true,
    },
    passportIssuingCountry: {
      key: 'passportIssuingCountry',
      labels: {
        tr: [/\b(veren|duzenleyen) ulke\b/],
        en: [/\bissuing country\b/, /\bcountry of issue\b/],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    passportIssuingAuthority: {
      key: 'passportIssuingAuthority',
      labels: {
        tr: [/\b(veren|duzenleyen) (makam|kurum)\b/],
        en: [/\bissuing (authority|office)\b/],
      },
      widgets: TEXT,
      fillable: true,
    },
    email: {
      key: 'email',
      labels: { tr: [/\be ?posta\b/], en: [/\be ?mail\b/] },
      ids: ['eposta', 'iletisim_eMail'],
      names: ['Iletisim.EMail'],
      widgets: TEXT,
      fillable: true,
    },
    mobile: {
      key: 'mobile',
      labels: {
        tr: [/\bcep telefonu?\b/, /^telefon( numarasi)?$/, /\bgsm\b/],
        en: [/\b(cell|mobile) (phone|number)\b/, /^(phone|telephone)( number)?$/, /^mobile$/],
      },
      ids: ['cepTelefon', 'iletisim_cepTelefon'],
      names: ['Iletisim.CepTelefon'],
      // A Kendo MaskedTextBox on the entry pages; unknown (possibly plain text) on OnKayit.
      widgets: ['masked', 'text'],
      fillable: true,
    },
    contactPreference: {
      key: 'contactPreference',
      labels: { tr: [/\biletisim tercihi?\b/], en: [/\b(communication|contact) preference\b/] },
      ids: ['iletisim_tercih'],
      names: ['Iletisim.Tercih'],
      widgets: DROPDOWN,
      fillable: true,
    },
    foreignerId: {
      key: 'foreignerId',
      labels: {
        tr: [/\byabanci kimlik (no|numarasi)\b/, 'YKN'],
        en: [/\bforeigners? id(entity)? (no|number)\b/, /\bforeigner identification\b/],
      },
      ids: ['yabanciKimlikNo'],
      names: ['YabanciKimlikNo'],
      widgets: TEXT,
      fillable: true,
    },
    permitCardSerial: {
      key: 'permitCardSerial',
      labels: {
        tr: [/\bikamet iz(in|ni) karti seri/, /\bbelge seri/, /\bkart seri/],
        en: [/\bpermit card serial\b/, /\bcard serial\b/, /\bserial (no|number)\b/],
      },
      ids: ['belgeSeri'],
      names: ['BelgeSeri'],
      widgets: TEXT,
      maxLength: 3,
      fillable: true,
    },
    permitCardNumber: {
      key: 'permitCardNumber',
      labels: {
        tr: [/\bikamet iz(in|ni) karti (belge )?(no|numarasi)\b/, /\bkart (no|numarasi)\b/],
        en: [/\bpermit card (no|number)\b/, /\bcard (no|number)\b/],
      },
      ids: ['belgeNo'],
      names: ['BelgeNo'],
      widgets: TEXT,
      fillable: true,
    },
    changeProvince: {
      key: 'changeProvince',
      labels: {
        tr: [/\bil(imi|ini|i)? degistir/, /\bil degisikligi\b/, /\bnakil\b/],
        en: [/\bchange (my |the )?(province|city)\b/],
      },
      ids: ['uzatmaIlDegistir'],
      names: ['UzatmaIlDegistir'],
      widgets: DROPDOWN,
      fillable: true,
    },
    applicationNumber: {
      key: 'applicationNumber',
      labels: {
        tr: [/\bbasvuru (no|numarasi)\b/, /\bkayit (no|numarasi)\b/],
        en: [/\bapplication (no|number)\b/, /\bregistration (no|number)\b/],
      },
      ids: ['basvuruNo'],
      widgets: TEXT,
      fillable: true,
    },
    permitType: {
      key: 'permitType',
      labels: {
        tr: [/^(talep edilen )?ikamet izni? turu\b/],
        en: [/^type of (the )?residence permit\b/, /^(residence )?permit type\b/],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    permitPurpose: {
      key: 'permitPurpose',
      labels: {
        tr: [/\bkalis amaci\b/, /\bikamet (izni )?amaci\b/],
        en: [/\bpurpose of (the )?(stay|residence)\b/, /\b(stay|residence) purpose\b/],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    requestedStart: {
      key: 'requestedStart',
      labels: {
        // The bare "start date" also fits the insurance step; the page kind settles it.
        tr: [/\btalep edilen baslangic tarihi\b/, 'Başlangıç Tarihi'],
        en: [/\brequested start date\b/, 'Start Date'],
      },
      widgets: DATE,
      fillable: true,
    },
    requestedEnd: {
      key: 'requestedEnd',
      labels: {
        tr: [/\btalep edilen bitis tarihi\b/, 'Bitiş Tarihi'],
        en: [/\brequested end date\b/, 'End Date'],
      },
      widgets: DATE,
      fillable: true,
    },
    currentPermitType: {
      key: 'currentPermitType',
      labels: {
        tr: [/\bmevcut ikamet izni? turu\b/],
        en: [/\bcurrent (residence )?permit type\b/, /\bcurrent type of residence permit\b/],
      },
      widgets: READ_ONLY,
      fillable: false,
    },
    currentPermitEnd: {
      key: 'currentPermitEnd',
      labels: {
        tr: [/\bmevcut ikamet izni? (bitis|gecerlilik) tarihi\b/],
        en: [/\bcurrent (residence )?permit (end|expiry) date\b/],
      },
      widgets: READ_ONLY,
      fillable: false,
    },
    province: {
      key: 'province',
      // Literals only: "il" and "province" occur inside other labels ("I wish to change my province").
      labels: { tr: ['İl', 'İli', 'Şehir', 'İl / Şehir'], en: ['Province', 'City', 'Province / City'] },
      widgets: DROPDOWN,
      fillable: true,
    },
    district: {
      key: 'district',
      labels: { tr: ['İlçe', 'İlçesi'], en: ['District'] },
      widgets: DROPDOWN,
      fillable: true,
    },
    neighbourhood: {
      key: 'neighbourhood',
      labels: { tr: [/^mahalle(si)?\b/], en: [/^neighbou?rhood\b/] },
      widgets: DROPDOWN,
      fillable: true,
    },
    street: {
      key: 'street',
      labels: { tr: [/^(cadde|sokak|bulvar)\b/], en: [/^(street|avenue)\b/] },
      widgets: TEXT,
      fillable: true,
    },
    buildingNumber: {
      key: 'buildingNumber',
      labels: {
        tr: [/\bdis kapi (no|numarasi)\b/, /\bbina (no|numarasi)\b/],
        en: [/\b(building|house) (no|number)\b/, /\bouter door (no|number)\b/],
      },
      widgets: TEXT,
      fillable: true,
    },
    flatNumber: {
      key: 'flatNumber',
      labels: {
        tr: [/\bic kapi (no|numarasi)\b/, /\bdaire (no|numarasi)\b/],
        en: [/\b(flat|apartment) (no|number)\b/, /\binner door (no|number)\b/],
      },
      widgets: TEXT,
      fillable: true,
    },
    insuranceType: {
      key: 'insuranceType',
      labels: {
        tr: [/\bsigorta (turu|tipi)\b/],
        en: [/\binsurance type\b/, /\btype of (health )?insurance\b/],
      },
      widgets: DROPDOWN,
      fillable: true,
    },
    insuranceCompany: {
      key: 'insuranceCompany',
      labels: {
        tr: [/\bsigorta (sirketi|firmasi)\b/],
        en: [/\binsurance (company|provider)\b/, /^insurer\b/],
      },
      widgets: TEXT,
      fillable: true,
    },
    insurancePolicyNumber: {
      key: 'insurancePolicyNumber',
      labels: { tr: [/\bpolice (no|numarasi)\b/], en: [/\bpolicy (no|number)\b/] },
      widgets: TEXT,
      fillable: true,
    },
    insuranceStart: {
      key: 'insuranceStart',
      labels: {
        tr: [/\b(police|sigorta) baslangic tarihi\b/, 'Başlangıç Tarihi'],
        en: [/\b(policy|insurance) start date\b/, 'Start Date'],
      },
      widgets: DATE,
      fillable: true,
    },
    insuranceEnd: {
      key: 'insuranceEnd',
      labels: {
        tr: [/\b(police|sigorta) bitis tarihi\b/, 'Bitiş Tarihi'],
        en: [/\b(policy|insurance) end date\b/, 'End Date'],
      },
      widgets: DATE,
      fillable: true,
    },
    givenNameInitials: {
      key: 'givenNameInitials',
      labels: {
        // \b keeps "soyadinizin ilk iki harfi" (the surname's) from matching.
        tr: [/\bad(i|in|iniz)(in)? ilk (iki|2) harfi/],
        en: [/\bfirst (two|2) letters of (your )?(first |given )?name\b/],
      },
      ids: ['ad'],
      names: ['Ad'],
      widgets: TEXT,
      maxLength: 2,
      fillable: true,
    },
    surnameInitials: {
      key: 'surnameInitials',
      labels: {
        tr: [/\bsoyad(i|in|iniz)(in)? ilk (iki|2) harfi/],
        en: [/\bfirst (two|2) letters of (your )?(last name|surname)\b/],
      },
      ids: ['soyad'],
      names: ['Soyad'],
      widgets: TEXT,
      maxLength: 2,
      fillable: true,
    },
    captcha: {
      key: 'captcha',
      labels: {
        tr: [/\bresimde goruntulenen karakter/, /\bresimdeki karakter/, /\bguvenlik kodu\b/],
        en: [
          /\bcharacters (you see )?in the image\b/,
          /\bcharacters you see\b/,
          /\bsecurity code\b/,
          /\bcaptcha\b/,
        ],
      },
      ids: ['CaptchaInputText'],
      names: ['CaptchaInputText'],
      widgets: ['captcha'],
      fillable: false,
    },
    consent: {
      key: 'consent',
      labels: { tr: [/\bokudum anladim\b/], en: [/\bi (have )?read (and )?understood\b/] },
      ids: ['uzatmaGecisOkudumAnladim'],
      names: ['UzatmaGecisOkudumAnladim'],
      widgets: ['checkbox'],
      fillable: false,
    },
    verificationCode: {
      key: 'verificationCode',
      labels: {
        tr: [/\bdogrulama kodu\b/, /\bonay kodu\b/, /\bsms kodu\b/, /\bgonderilen kod\b/],
        en: [/\bverification code\b/, /\bconfirmation code\b/, /\bsms code\b/],
      },
      widgets: ['text', 'masked'],
      fillable: false,
    },
  }),
);
