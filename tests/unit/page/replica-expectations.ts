import type { FieldKey } from '../../../src/contracts/field-keys';
import type { ApplicationKind } from '../../../src/domain/permits';

/**
 * What recognition must report for each replica page (`tests/support/replica.ts`), written
 * out by hand so a test fails when recognition breaks, in the manner of Firefox's form
 * autofill heuristics fixtures. The page kind itself comes from the replica's
 * `expectedKind`; every REPLICA_PAGES id must have an entry here.
 */
export interface PageExpectation {
  /** Every field recognised on the page, in any order. */
  readonly keys: readonly FieldKey[];
  readonly fillAllowed: boolean;
  readonly applicationKind: ApplicationKind | null;
  /**
   * Fields still found when every label is reworded: those with an id, posted name, title or
   * placeholder the catalogue knows. Only the entry and lookup pages have documented real ids;
   * the wizard's ids are the replica's invention and are deliberately not in the catalogue
   * (recognising them would prove nothing about the real site), so there nothing is found
   * and the test expects drift instead of pretending.
   */
  readonly keysWithoutLabels: readonly FieldKey[];
}

const ENTRY: readonly FieldKey[] = [
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

const CONTINUE: readonly FieldKey[] = [
  'applicationNumber',
  'mobile',
  'email',
  'foreignerId',
  'passportNumber',
  'captcha',
];

const NO_FIELDS = { keys: [], fillAllowed: false, keysWithoutLabels: [] } as const;

const WIZARD_PERMIT: readonly FieldKey[] = ['permitType', 'permitPurpose', 'requestedStart', 'requestedEnd'];
const CURRENT_PERMIT: readonly FieldKey[] = ['currentPermitType', 'currentPermitEnd'];

export const REPLICA_EXPECTATIONS: Readonly<Record<string, PageExpectation>> = {
  home: { ...NO_FIELDS, applicationKind: null },
  'options-first': { ...NO_FIELDS, applicationKind: 'first' },
  'options-extension': { ...NO_FIELDS, applicationKind: 'extension' },
  'options-transfer': { ...NO_FIELDS, applicationKind: 'transfer' },
  'first-entry': {
    keys: [
      'givenName',
      'surname',
      'birthDate',
      'fatherName',
      'motherName',
      'gender',
      'nationality',
      'nationalIdNumber',
      'passportNumber',
      'contactPreference',
      'email',
      'mobile',
      'captcha',
      'consent',
    ],
    fillAllowed: true,
    applicationKind: 'first',
    // OnKayit's documented ids ([SEEN-C]); gender by its Kendo wrapper's title. The passport,
    // contact-preference and consent ids are unknown on the real page.
    keysWithoutLabels: [
      'givenName',
      'surname',
      'birthDate',
      'fatherName',
      'motherName',
      'gender',
      'nationality',
      'nationalIdNumber',
      'email',
      'mobile',
      'captcha',
    ],
  },
  'extension-entry': {
    keys: ENTRY,
    fillAllowed: true,
    applicationKind: 'extension',
    keysWithoutLabels: ENTRY,
  },
  'transfer-entry': { keys: ENTRY, fillAllowed: true, applicationKind: 'transfer', keysWithoutLabels: ENTRY },
  'continue-first': {
    keys: CONTINUE,
    fillAllowed: true,
    applicationKind: 'first',
    keysWithoutLabels: CONTINUE,
  },
  'continue-extension': {
    keys: CONTINUE,
    fillAllowed: true,
    applicationKind: 'extension',
    keysWithoutLabels: CONTINUE,
  },
  'continue-transfer': {
    keys: CONTINUE,
    fillAllowed: true,
    applicationKind: 'transfer',
    keysWithoutLabels: CONTINUE,
  },
  status: { ...NO_FIELDS, applicationKind: null },
  // The gate page does not say which application it belongs to.
  verification: { ...NO_FIELDS, applicationKind: null },
  // Wizard steps other than the permit step carry no sign of the application kind (the
  // replica's `?basvuruTuru=` is its own device, not a signal of the real site).
  'wizard-personal': {
    keys: [
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
    ],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  'wizard-passport': {
    keys: [
      'passportType',
      'passportNumber',
      'passportIssueDate',
      'passportExpiry',
      'passportIssuingCountry',
      'passportIssuingAuthority',
    ],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  // No current-permit fields: a first application.
  'wizard-permit-first': {
    keys: WIZARD_PERMIT,
    fillAllowed: true,
    applicationKind: 'first',
    keysWithoutLabels: [],
  },
  // Current-permit fields say "extension or transfer"; nothing on the page says which.
  'wizard-permit-extension': {
    keys: [...WIZARD_PERMIT, ...CURRENT_PERMIT],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  'wizard-permit-transfer': {
    keys: [...WIZARD_PERMIT, ...CURRENT_PERMIT],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  'wizard-address': {
    keys: ['province', 'district', 'neighbourhood', 'street', 'buildingNumber', 'flatNumber'],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  'wizard-insurance': {
    keys: ['insuranceType', 'insuranceCompany', 'insurancePolicyNumber', 'insuranceStart', 'insuranceEnd'],
    fillAllowed: true,
    applicationKind: null,
    keysWithoutLabels: [],
  },
  'wizard-summary': { keys: ['consent'], fillAllowed: false, applicationKind: null, keysWithoutLabels: [] },
};
