/**
 * The stored profile the fill e2e specs use, laid out in `storage.local` as `src/profile/storage.ts` keeps it,
 * with the panel unfolded. If the storage layout changes, this is the one place to follow.
 */
export const PROFILE_ID = 'e2e-omar-haddad';

export const PROFILE_RECORD = {
  id: PROFILE_ID,
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
  givenName: 'Omar',
  surname: 'Haddad',
  fatherName: 'Khalid',
  motherName: 'Layla',
  birthDate: '04.05.1990',
  birthPlace: 'Aleppo',
  birthCountry: 'SY',
  gender: 'male',
  maritalStatus: 'married',
  nationality: 'SY',
  nationalIdNumber: 'N778899',
  passportType: 'ordinary',
  passportNumber: 'N12345678',
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingCountry: 'SY',
  passportIssuingAuthority: 'Damascus',
  foreignerId: '99123456789',
  permitCardSerial: 'ABC',
  permitCardNumber: '123456',
  permitType: 'short-term',
  permitPurpose: 'tourism',
  requestedStart: '01.03.2026',
  requestedEnd: '01.03.2027',
  email: 'omar@example.org',
  mobile: '5551234567',
  contactPreference: 'mobile',
  province: '34',
  district: 'Kadıköy',
  neighbourhood: 'Caferağa Mah.',
  street: 'Moda Cad.',
  buildingNumber: '12',
  flatNumber: '3',
  insuranceType: 'private',
  insuranceCompany: 'Acme Sigorta',
  insurancePolicyNumber: 'P123',
  insuranceStart: '01.03.2026',
  insuranceEnd: '01.03.2027',
} as const;

/** Values of the profile a page must never be able to read unless the user filled them in. */
export const SECRET_PROFILE_VALUES = ['N12345678', '99123456789', 'omar@example.org', 'Khalid', 'Layla'];

export function profileSeed(activeProfileId: string | null = PROFILE_ID): Record<string, unknown> {
  return {
    profiles: [PROFILE_RECORD],
    profiles$: { v: 2 },
    ...(activeProfileId === null ? {} : { activeProfileId }),
    'ui:panelCollapsed': false,
  };
}
