import {
  CONTACT_PREFERENCES,
  COUNTRY_CODES,
  GENDERS,
  MARITAL_STATUSES,
  PASSPORT_TYPES,
  PROVINCE_CODES,
  PROVINCES,
} from '../../../contracts/codes';
import {
  APPLICATION_KINDS,
  INSURANCE_TYPES,
  PERMIT_TYPES,
  SHORT_TERM_PURPOSES,
} from '../../../domain/permits';
import type { DraftTextKey } from '../../../profile/editor-check';
import { MAX_LENGTH } from '../../../profile/limits';
import type { ProfileText } from './text';

/** How the editor shows one text field: input kind, list options and their labels, and section. */
export type InputKind = 'text' | 'date' | 'email' | 'tel' | 'select' | 'textarea';

export interface FieldSpec {
  readonly key: DraftTextKey;
  readonly kind: InputKind;
  readonly options?: () => readonly string[];
  readonly optionLabel?: (text: ProfileText, code: string) => string;
  readonly maxLength?: number;
  /** `inputmode` for phones' and ids' number pads. */
  readonly inputMode?: 'numeric' | 'tel' | 'email';
  readonly autoComplete?: string;
}

/** In the order the official form asks: the pre-registration page wants personal details and contact first. */
export const SECTIONS = ['personal', 'contact', 'passport', 'turkiye', 'plan', 'insurance'] as const;
export type Section = (typeof SECTIONS)[number];

const option = (group: string) => (text: ProfileText, code: string) => text.t(`option.${group}.${code}`);
const country = (text: ProfileText, code: string) => text.country(code);
const list = (values: readonly string[]) => () => values;
const name = (key: DraftTextKey): FieldSpec => ({
  key,
  kind: 'text',
  maxLength: MAX_LENGTH.name,
  autoComplete: 'off',
});
const date = (key: DraftTextKey): FieldSpec => ({ key, kind: 'date', maxLength: 10, inputMode: 'numeric' });
const text = (key: DraftTextKey, maxLength: number = MAX_LENGTH.text): FieldSpec => ({
  key,
  kind: 'text',
  maxLength,
});
const countrySelect = (key: DraftTextKey): FieldSpec => ({
  key,
  kind: 'select',
  options: list(COUNTRY_CODES),
  optionLabel: country,
});

export const SECTION_FIELDS: Readonly<Record<Section, readonly FieldSpec[]>> = {
  personal: [
    name('givenName'),
    name('surname'),
    name('previousSurname'),
    name('fatherName'),
    name('motherName'),
    date('birthDate'),
    text('birthPlace'),
    countrySelect('birthCountry'),
    { key: 'gender', kind: 'select', options: list(GENDERS), optionLabel: option('gender') },
    {
      key: 'maritalStatus',
      kind: 'select',
      options: list(MARITAL_STATUSES),
      optionLabel: option('maritalStatus'),
    },
    countrySelect('nationality'),
    countrySelect('otherNationality'),
    text('nationalIdNumber', MAX_LENGTH.short),
  ],
  passport: [
    {
      key: 'passportType',
      kind: 'select',
      options: list(PASSPORT_TYPES),
      optionLabel: option('passportType'),
    },
    { key: 'passportNumber', kind: 'text', maxLength: 20, autoComplete: 'off' },
    date('passportIssueDate'),
    date('passportExpiry'),
    countrySelect('passportIssuingCountry'),
    text('passportIssuingAuthority'),
  ],
  turkiye: [
    { key: 'foreignerId', kind: 'text', maxLength: 14, inputMode: 'numeric', autoComplete: 'off' },
    { key: 'permitCardSerial', kind: 'text', maxLength: 3 },
    { key: 'permitCardNumber', kind: 'text', maxLength: 12, inputMode: 'numeric' },
    {
      key: 'currentPermitType',
      kind: 'select',
      options: list(PERMIT_TYPES),
      optionLabel: (t, code) => t.docs(`permit.type.${code}`),
    },
    date('currentPermitEnd'),
    {
      key: 'province',
      kind: 'select',
      options: list(PROVINCE_CODES),
      // Province names are proper nouns: the same in every language.
      optionLabel: (_t, code) => `${code} ${PROVINCES[code as keyof typeof PROVINCES]}`,
    },
    { key: 'applicationNumber', kind: 'text', maxLength: 15, inputMode: 'numeric' },
  ],
  plan: [
    {
      key: 'applicationKind',
      kind: 'select',
      options: list(APPLICATION_KINDS),
      optionLabel: (t, code) => t.docs(`application.kind.${code}`),
    },
    {
      key: 'permitType',
      kind: 'select',
      options: list(PERMIT_TYPES),
      optionLabel: (t, code) => t.docs(`permit.type.${code}`),
    },
    {
      key: 'permitPurpose',
      kind: 'select',
      options: list(SHORT_TERM_PURPOSES),
      optionLabel: (t, code) => t.docs(`permit.purpose.${code}`),
    },
    date('requestedStart'),
    date('requestedEnd'),
  ],
  contact: [
    { key: 'email', kind: 'email', maxLength: MAX_LENGTH.email, inputMode: 'email', autoComplete: 'off' },
    { key: 'mobile', kind: 'tel', maxLength: 20, inputMode: 'tel', autoComplete: 'off' },
    {
      key: 'contactPreference',
      kind: 'select',
      options: list(CONTACT_PREFERENCES),
      optionLabel: option('contactPreference'),
    },
    text('district'),
    text('neighbourhood'),
    text('street'),
    text('buildingNumber', MAX_LENGTH.short),
    text('flatNumber', MAX_LENGTH.short),
  ],
  insurance: [
    {
      key: 'insuranceType',
      kind: 'select',
      options: list(INSURANCE_TYPES),
      optionLabel: option('insuranceType'),
    },
    text('insuranceCompany'),
    text('insurancePolicyNumber', MAX_LENGTH.short),
    date('insuranceStart'),
    date('insuranceEnd'),
  ],
};
