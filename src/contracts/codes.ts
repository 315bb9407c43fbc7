/**
 * The codes a profile stores for list fields. The fill engine maps each code to the option
 * text of the page (TR or EN); the labels below are the reconstructed wizard's option texts
 * (docs/site.md#the-wizard-as-reconstructed), kept here so the mapping has one home.
 * Permit types, purposes, insurance types and application kinds come from `domain/permits`.
 */

/** An option's text on the wizard, in each of its two languages. */
export interface OptionLabels {
  readonly tr: string;
  readonly en: string;
}

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Readonly<Record<Gender, OptionLabels>> = {
  male: { tr: 'Erkek', en: 'Male' },
  female: { tr: 'Kadın', en: 'Female' },
};

export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];
export const MARITAL_STATUS_LABELS: Readonly<Record<MaritalStatus, OptionLabels>> = {
  single: { tr: 'Bekar', en: 'Single' },
  married: { tr: 'Evli', en: 'Married' },
  divorced: { tr: 'Boşanmış', en: 'Divorced' },
  widowed: { tr: 'Dul', en: 'Widowed' },
};

export const PASSPORT_TYPES = ['ordinary', 'special', 'service', 'diplomatic', 'in-lieu'] as const;
export type PassportType = (typeof PASSPORT_TYPES)[number];
export const PASSPORT_TYPE_LABELS: Readonly<Record<PassportType, OptionLabels>> = {
  ordinary: { tr: 'Umuma Mahsus Pasaport', en: 'Ordinary Passport' },
  special: { tr: 'Hususi Pasaport', en: 'Special Passport' },
  service: { tr: 'Hizmet Pasaportu', en: 'Service Passport' },
  diplomatic: { tr: 'Diplomatik Pasaport', en: 'Diplomatic Passport' },
  'in-lieu': { tr: 'Pasaport Yerine Geçen Belge', en: 'Document in Lieu of Passport' },
};

/** e-İkamet's own codes on the entry pages: `1` = e-mail, `2` = cell phone (docs/site.md#option-codes). */
export const CONTACT_PREFERENCES = ['email', 'mobile'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];
export const CONTACT_PREFERENCE_SITE_CODES: Readonly<Record<ContactPreference, string>> = {
  email: '1',
  mobile: '2',
};

/**
 * ISO 3166-1 alpha-2 codes, plus XK (Kosovo, user-assigned but used by Turkish authorities).
 * Alpha-2 because `Intl.DisplayNames` names them in every UI language without bundling a list.
 */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ') as readonly string[];

/** Türkiye's 81 provinces by licence-plate code, with their official Turkish names. */
export const PROVINCES = {
  '01': 'Adana',
  '02': 'Adıyaman',
  '03': 'Afyonkarahisar',
  '04': 'Ağrı',
  '05': 'Amasya',
  '06': 'Ankara',
  '07': 'Antalya',
  '08': 'Artvin',
  '09': 'Aydın',
  '10': 'Balıkesir',
  '11': 'Bilecik',
  '12': 'Bingöl',
  '13': 'Bitlis',
  '14': 'Bolu',
  '15': 'Burdur',
  '16': 'Bursa',
  '17': 'Çanakkale',
  '18': 'Çankırı',
  '19': 'Çorum',
  '20': 'Denizli',
  '21': 'Diyarbakır',
  '22': 'Edirne',
  '23': 'Elazığ',
  '24': 'Erzincan',
  '25': 'Erzurum',
  '26': 'Eskişehir',
  '27': 'Gaziantep',
  '28': 'Giresun',
  '29': 'Gümüşhane',
  '30': 'Hakkari',
  '31': 'Hatay',
  '32': 'Isparta',
  '33': 'Mersin',
  '34': 'İstanbul',
  '35': 'İzmir',
  '36': 'Kars',
  '37': 'Kastamonu',
  '38': 'Kayseri',
  '39': 'Kırklareli',
  '40': 'Kırşehir',
  '41': 'Kocaeli',
  '42': 'Konya',
  '43': 'Kütahya',
  '44': 'Malatya',
  '45': 'Manisa',
  '46': 'Kahramanmaraş',
  '47': 'Mardin',
  '48': 'Muğla',
  '49': 'Muş',
  '50': 'Nevşehir',
  '51': 'Niğde',
  '52': 'Ordu',
  '53': 'Rize',
  '54': 'Sakarya',
  '55': 'Samsun',
  '56': 'Siirt',
  '57': 'Sinop',
  '58': 'Sivas',
  '59': 'Tekirdağ',
  '60': 'Tokat',
  '61': 'Trabzon',
  '62': 'Tunceli',
  '63': 'Şanlıurfa',
  '64': 'Uşak',
  '65': 'Van',
  '66': 'Yozgat',
  '67': 'Zonguldak',
  '68': 'Aksaray',
  '69': 'Bayburt',
  '70': 'Karaman',
  '71': 'Kırıkkale',
  '72': 'Batman',
  '73': 'Şırnak',
  '74': 'Bartın',
  '75': 'Ardahan',
  '76': 'Iğdır',
  '77': 'Yalova',
  '78': 'Karabük',
  '79': 'Kilis',
  '80': 'Osmaniye',
  '81': 'Düzce',
} as const;
export type ProvinceCode = keyof typeof PROVINCES;
export const PROVINCE_CODES = Object.keys(PROVINCES) as ProvinceCode[];
