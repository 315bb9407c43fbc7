import type { Profile } from '../../../src/profile/schema';

/** A complete, valid profile; override what a test is about. */
export function sampleProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'p-1',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    givenName: 'Maria Elena',
    surname: 'Garcia',
    fatherName: 'Jose',
    motherName: 'Ana',
    birthDate: '12.03.1990',
    birthPlace: 'Madrid',
    birthCountry: 'ES',
    gender: 'female',
    maritalStatus: 'single',
    nationality: 'ES',
    passportType: 'ordinary',
    passportNumber: 'PA1234567',
    passportIssueDate: '01.02.2020',
    passportExpiry: '01.02.2030',
    passportIssuingCountry: 'ES',
    passportIssuingAuthority: 'Ministerio del Interior',
    foreignerId: '99123456789',
    currentPermitType: 'short-term',
    currentPermitEnd: '15.08.2026',
    province: '34',
    email: 'maria@example.com',
    mobile: '5321234567',
    district: 'Kadıköy',
    neighbourhood: 'Moda',
    street: 'Bahariye Cd.',
    buildingNumber: '12',
    flatNumber: '4',
    insuranceType: 'private',
    insuranceCompany: 'Anadolu Sigorta',
    insurancePolicyNumber: 'POL-123456',
    insuranceStart: '01.01.2026',
    insuranceEnd: '31.12.2026',
    notes: 'Client since 2024.',
    ...overrides,
  };
}

/** `count` distinct valid profiles with predictable names and numbers. */
export function manyProfiles(count: number): Profile[] {
  return Array.from({ length: count }, (_, i) =>
    sampleProfile({
      id: `p-${i}`,
      givenName: i % 7 === 0 ? 'Işıl' : 'Maria Elena',
      surname: `Garcia${String.fromCharCode(65 + (i % 26))}`,
      passportNumber: `PA${String(i).padStart(7, '0')}`,
      foreignerId: `99${String(100_000_000 + i)}`,
    }),
  );
}

/** Seeds `storage.local` in the version-2 layout (one array), which the store then moves. */
export async function seedLegacy(records: unknown): Promise<void> {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  await fakeBrowser.storage.local.set({ profiles: records, profiles$: { v: 2 } });
}

/** Stores profiles in the current layout, one record each, in one write (as an import does). */
export async function seedRecords(profiles: readonly Profile[]): Promise<void> {
  const { createRecordStore } = await import('../../../src/profile/store/record-store');
  const { recordKey } = await import('../../../src/profile/store/keys');
  await createRecordStore().write(
    profiles.map((profile) => ({ key: recordKey(profile.id), rev: 1, value: profile })),
  );
}

/** Everything in the profile store (IndexedDB), in the order first written. */
export async function storedEntries(): Promise<Record<string, unknown>> {
  const { profileArea } = await import('../../../src/profile/store/idb-area');
  return profileArea().get(null);
}

/** The keys in the profile store (IndexedDB), in key order; reads no values. */
export async function storedKeys(): Promise<string[]> {
  const { DATABASE_NAME, ENTRY_STORE } = await import('../../../src/profile/store/idb-area');
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    const request = database.transaction(ENTRY_STORE, 'readonly').objectStore(ENTRY_STORE).getAllKeys();
    return await new Promise<string[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result.map(String));
      request.onerror = () => reject(request.error);
    });
  } finally {
    database.close();
  }
}

/** The stored profile records' plain values, in storage order (as the plain codec wrote them). */
export async function storedRecords(): Promise<unknown[]> {
  const all = await storedEntries();
  return Object.entries(all)
    .filter(([key]) => key.startsWith('profile:'))
    .map(([, value]) => (value as { body: { plain: unknown } }).body.plain);
}
