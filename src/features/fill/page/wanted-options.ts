/**
 * What a profile value may look like in a page's list: the codes and texts to look for.
 *
 * Profiles store codes (`src/contracts/codes.ts`: 'male', 'married', ISO alpha-2 countries,
 * plate-code provinces; `src/domain/permits.ts`: permit types, purposes, insurance types); the
 * page shows its own codes and texts, in Turkish or English. The label tables are large, so this
 * runs in the background: the content script receives the descriptions with the active profile
 * (`src/features/fill/background/fill-values-handler.ts`) and matches them with `fill-options.ts`.
 */

import {
  CONTACT_PREFERENCE_SITE_CODES,
  GENDER_LABELS,
  MARITAL_STATUS_LABELS,
  type OptionLabels,
  PASSPORT_TYPE_LABELS,
  PROVINCES,
} from '../../../contracts/codes';
import type { FieldKey } from '../../../contracts/field-keys';
import {
  INSURANCE_TYPE_LABELS,
  PERMIT_TYPE_LABELS,
  SHORT_TERM_PURPOSE_LABELS,
} from '../../../domain/permits';
import type { PageLang, WantedOption } from './fill-options';
import { optionAliases, optionWordsFor } from './option-words';

const CONTACT_LABELS: Readonly<Record<string, OptionLabels>> = {
  email: { tr: 'E-posta', en: 'e-Mail' },
  mobile: { tr: 'Cep Telefonu', en: 'Cell Phone' },
};

/** The province-change question on the entry pages: `0` = no, `1` = yes (docs/site.md#option-codes). */
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
  if (labels) texts.push(...ordered(labels, lang), ...optionAliases(key, lower));
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
  return { codes: unique(codes), texts: unique(texts), words: optionWordsFor(key) };
}

/** A record's own entry: profile values are user data, and "constructor" must not find a prototype member. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((value) => value !== ''))];
}

export type WantedByLang = Readonly<Record<PageLang, Partial<Record<FieldKey, WantedOption>>>>;

/** Every value of a profile described for a Turkish and for an English page. */
export function describeProfileValues(values: Partial<Record<FieldKey, string>>): WantedByLang {
  const describe = (lang: PageLang) => {
    const out: Partial<Record<FieldKey, WantedOption>> = {};
    for (const [key, raw] of Object.entries(values) as [FieldKey, string | undefined][]) {
      if (raw !== undefined && raw.trim() !== '') out[key] = describeWanted(key, raw, lang);
    }
    return out;
  };
  return { tr: describe('tr'), en: describe('en') };
}
