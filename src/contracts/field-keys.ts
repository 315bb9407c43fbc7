/**
 * Stable keys for every field the assistant knows on e-İkamet pages.
 * Rules (`Finding.fields`), profiles and tests all speak in these keys.
 */
export const FIELD_KEYS = [
  'givenName',
  'surname',
  'previousSurname',
  'fatherName',
  'motherName',
  'birthDate',
  'birthPlace',
  'birthCountry',
  'gender',
  'maritalStatus',
  'nationality',
  'otherNationality',
  'nationalIdNumber',
  'passportNumber',
  'passportType',
  'passportIssueDate',
  'passportExpiry',
  'passportIssuingCountry',
  'passportIssuingAuthority',
  'email',
  'mobile',
  'contactPreference',
  'foreignerId',
  'permitCardSerial',
  'permitCardNumber',
  'changeProvince',
  'applicationNumber',
  'permitType',
  'permitPurpose',
  'requestedStart',
  'requestedEnd',
  'currentPermitType',
  'currentPermitEnd',
  'province',
  'district',
  'neighbourhood',
  'street',
  'buildingNumber',
  'flatNumber',
  'insuranceType',
  'insuranceCompany',
  'insurancePolicyNumber',
  'insuranceStart',
  'insuranceEnd',
  // Entry pages ask for the first two letters only.
  'givenNameInitials',
  'surnameInitials',
  // Human gates: recognised so they can be excluded, never filled.
  'captcha',
  'consent',
  'verificationCode',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

export function isFieldKey(value: string): value is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(value);
}
