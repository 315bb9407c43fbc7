/**
 * Choosing a list option for a profile value, and the small text rules of the fill engine.
 *
 * Profiles store codes (`src/profile/codes.ts`: 'male', 'married', ISO alpha-2 countries,
 * plate-code provinces; `src/domain/permits.ts`: permit types, purposes, insurance types); the
 * page shows its own codes (`kod`) and texts (`aciklama`), in Turkish or English, and "lookup
 * lists can come back in the other language" (eikamet-site.md §4). So an option is matched by
 * code first, then by its text in either language, compared in a Turkish-aware folded form
 * ("KADIN" = "Kadın" = "kadin"), then by a few looser but unambiguous rules.
 */
import {
  INSURANCE_TYPE_LABELS,
  type OptionLabels,
  PERMIT_TYPE_LABELS,
  SHORT_TERM_PURPOSE_LABELS,
} from '../domain/permits';
import {
  CONTACT_PREFERENCE_SITE_CODES,
  GENDER_LABELS,
  MARITAL_STATUS_LABELS,
  PASSPORT_TYPE_LABELS,
  PROVINCES,
} from '../profile/codes';
import type { WidgetOption } from './bridge-protocol';
import type { FieldKey } from './field-keys';
import { toMatchForm } from './text';

export type PageLang = 'tr' | 'en';

/** What a profile value may look like on the page: codes to try, then texts. */
export interface WantedOption {
  readonly codes: readonly string[];
  readonly texts: readonly string[];
}

export type OptionMatch =
  | { readonly option: WidgetOption }
  | { readonly error: 'option-not-found' | 'option-ambiguous' };

const CONTACT_LABELS: Readonly<Record<string, OptionLabels>> = {
  email: { tr: 'E-posta', en: 'e-Mail' },
  mobile: { tr: 'Cep Telefonu', en: 'Cell Phone' },
};

/** The province-change question on the entry pages: `0` = no, `1` = yes (eikamet-site.md §4). */
const YES_NO_LABELS: Readonly<Record<string, OptionLabels>> = {
  yes: { tr: 'Evet', en: 'Yes' },
  no: { tr: 'Hayır', en: 'No' },
};
const YES_NO_SITE_CODES: Readonly<Record<string, string>> = { yes: '1', no: '0', true: '1', false: '0' };

const LABELS_BY_KEY: Partial<Record<FieldKey, Readonly<Record<string, OptionLabels>>>> = {
  gender: GENDER_LABELS,
  maritalStatus: MARITAL_STATUS_LABELS,
  passportType: PASSPORT_TYPE_LABELS,
  permitType: PERMIT_TYPE_LABELS,
  currentPermitType: PERMIT_TYPE_LABELS,
  permitPurpose: SHORT_TERM_PURPOSE_LABELS,
  insuranceType: INSURANCE_TYPE_LABELS,
  contactPreference: CONTACT_LABELS,
  changeProvince: YES_NO_LABELS,
};

const COUNTRY_KEYS: ReadonlySet<FieldKey> = new Set([
  'nationality',
  'otherNationality',
  'birthCountry',
  'passportIssuingCountry',
]);

/**
 * Official long names that `Intl.DisplayNames` does not give and that lists commonly use.
 * Short names ("Russia", "Rusya") are covered by Intl and the qualifier rule below.
 */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BA: ['Bosnia and Herzegovina', 'Bosna Hersek'],
  BO: ['Bolivia'],
  CD: ['Democratic Republic of the Congo', 'Kongo Demokratik Cumhuriyeti'],
  CG: ['Republic of the Congo', 'Congo', 'Kongo Cumhuriyeti', 'Kongo'],
  CI: ["Côte d'Ivoire", 'Ivory Coast', 'Fildişi Sahili'],
  CZ: ['Czech Republic', 'Çek Cumhuriyeti'],
  GB: ['Great Britain', 'İngiltere'],
  IR: ['Iran, Islamic Republic of', 'İran İslam Cumhuriyeti'],
  KP: ["Korea, Democratic People's Republic of", 'Kuzey Kore Demokratik Halk Cumhuriyeti'],
  KR: ['Korea, Republic of', 'Kore Cumhuriyeti'],
  LA: ["Lao People's Democratic Republic", 'Laos'],
  MD: ['Moldova, Republic of', 'Moldova Cumhuriyeti'],
  MK: ['North Macedonia', 'Macedonia', 'Kuzey Makedonya', 'Makedonya'],
  PS: ['Palestine', 'State of Palestine', 'Filistin', 'Filistin Devleti'],
  RU: ['Russian Federation', 'Rusya Federasyonu'],
  SY: ['Syrian Arab Republic', 'Suriye Arap Cumhuriyeti'],
  TZ: ['Tanzania, United Republic of', 'Tanzanya'],
  US: ['United States of America', 'ABD'],
  VE: ['Venezuela'],
  VN: ['Viet Nam', 'Vietnam'],
  XK: ['Kosovo', 'Kosova'],
};

/**
 * Words that may follow a country's short name in an official long name: "Russian
 * Federation" is not a qualified "Russia", but "China, People's Republic of" is a qualified
 * "China" and "Rusya Federasyonu" a qualified "Rusya". "Guinea-Bissau" is not "Guinea".
 */
const QUALIFIERS: ReadonlySet<string> = new Set(
  [
    'of america of the republic peoples people democratic federation federal federative islamic arab',
    'state states kingdom united socialist plurinational bolivarian',
    'halk cumhuriyeti federasyonu federal islam arap devleti demokratik krallik kralligi birlesik',
  ]
    .join(' ')
    .split(' '),
);

const regionNames = new Map<PageLang, Intl.DisplayNames | null>();

function countryName(code: string, lang: PageLang): string | null {
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(code) ?? null;
  } catch {
    return null;
  }
}

function ordered(labels: OptionLabels, lang: PageLang): string[] {
  return lang === 'tr' ? [labels.tr, labels.en] : [labels.en, labels.tr];
}

/**
 * Codes and texts under which a profile value may appear in the list of field `key`, the
 * page's language first. The value itself is always tried as a code and as a text, so a
 * profile holding the site's own code or text also works.
 */
export function describeWanted(key: FieldKey, raw: string, lang: PageLang): WantedOption {
  const value = raw.trim();
  const codes = [value];
  const texts = [value];
  const lower = value.toLowerCase();
  if (key === 'contactPreference') {
    const site = own(CONTACT_PREFERENCE_SITE_CODES, lower);
    if (site) codes.push(site);
  }
  if (key === 'changeProvince') {
    const site = own(YES_NO_SITE_CODES, lower);
    if (site) codes.push(site);
  }
  const table = LABELS_BY_KEY[key];
  const labels = table && own(table, lower === 'true' ? 'yes' : lower === 'false' ? 'no' : lower);
  if (labels) texts.push(...ordered(labels, lang));
  if (COUNTRY_KEYS.has(key) && /^[A-Za-z]{2}$/.test(value)) {
    const code = value.toUpperCase();
    const other: PageLang = lang === 'tr' ? 'en' : 'tr';
    for (const name of [countryName(code, lang), countryName(code, other)]) if (name) texts.push(name);
    texts.push(...(own(COUNTRY_ALIASES, code) ?? []));
  }
  if (key === 'province') {
    const name = own(PROVINCES, value);
    if (name) texts.push(name);
  }
  return { codes: unique(codes), texts: unique(texts) };
}

/** A record's own entry: profile values are user data, and "constructor" must not find a prototype member. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

/** Picks the one option meaning the wanted value, or says why none could be chosen. */
export function matchOption(
  options: readonly WidgetOption[],
  wanted: WantedOption,
  key?: FieldKey,
): OptionMatch {
  // 1. By code, in the order the codes were given.
  for (const code of wanted.codes) {
    const byCode = options.filter((option) => option.value === code);
    if (byCode.length > 0) return pickOne(byCode);
  }
  const folded = wanted.texts.map(toMatchForm).filter((text) => text !== '');
  const optionForms = options.map((option) => ({ option, form: toMatchForm(option.text) }));
  // 2. By the whole text, folded (Turkish i's, case, diacritics and punctuation ignored).
  const exact = optionForms.filter(({ form }) => form !== '' && folded.includes(form));
  if (exact.length > 0) return pickOne(exact.map(({ option }) => option));
  // 3. A short name plus official qualifiers ("China" → "China, People's Republic of"), and for
  //    purposes of stay the text after the permit type ("TOURISM" → "SHORT TERM / TOURISM").
  const loose = optionForms.filter(({ form }) =>
    folded.some(
      (text) => qualifiedName(form, text) || (key === 'permitPurpose' && form.endsWith(` ${text}`)),
    ),
  );
  if (loose.length > 0) return pickOne(loose.map(({ option }) => option));
  return { error: 'option-not-found' };
}

function qualifiedName(form: string, text: string): boolean {
  if (text.length < 3 || !form.startsWith(`${text} `)) return false;
  return form
    .slice(text.length + 1)
    .split(' ')
    .every((word) => QUALIFIERS.has(word));
}

function pickOne(options: readonly WidgetOption[]): OptionMatch {
  const values = new Set(options.map((option) => option.value));
  const first = options[0];
  return values.size === 1 && first ? { option: first } : { error: 'option-ambiguous' };
}

/**
 * Texts to type into a server-side list's filter to bring the wanted option into view: the
 * first word of each candidate text (the list filters by "contains"), page language first.
 */
export function searchQueries(wanted: WantedOption, limit = 4): string[] {
  const queries: string[] = [];
  for (const text of wanted.texts) {
    const word = text.split(/[\s,/()-]+/).find((part) => [...part].length >= 3 && /\p{L}/u.test(part));
    if (word && !queries.includes(word)) queries.push(word);
    if (queries.length >= limit) break;
  }
  return queries;
}

/**
 * The first two letters of a name, upper-cased the Turkish way ("ismail" → "İS"), as the
 * entry pages ask ("Adınızın ilk iki harfi"). Letters only: "O'Brien" → "OB". Null when the
 * name has fewer than two letters.
 */
export function initialsOf(name: string): string | null {
  const letters = [...name.normalize('NFC')].filter((character) => /\p{L}/u.test(character));
  if (letters.length < 2) return null;
  return letters.slice(0, 2).join('').toLocaleUpperCase('tr-TR');
}
