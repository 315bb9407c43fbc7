/**
 * The fill engine against the replica's real Kendo widgets, before the overlay calls it.
 * The engine, value reading and the bridge client are bundled into the page by
 * tests/support/fill-engine-harness.ts, and the built `kendo-bridge.js` is loaded the way
 * `startBridge` does it (run `npx wxt build` first). tests/e2e/fill.spec.ts covers the same
 * ground through the extension's own UI once the overlay is wired.
 *
 * The test is the user where a user acts (typing before the fill, changing a value after it,
 * going to the next step); everything else is the engine's doing.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { FieldKey } from '../../src/contracts/field-keys';
import type { FieldResult, ProfileValues } from '../../src/features/fill/page/fill';
import {
  kendoState,
  RECORD_SYNTHETIC_EVENTS,
  syntheticEvents,
  waitForReplica,
} from '../support/bridge-harness';
import { type EngineFill, loadEngine } from '../support/fill-engine-harness';
import { launchBrowser } from '../support/launch';
import { REPLICA_ORIGIN, type ReplicaLang, replicaUrl, routeReplica } from '../support/replica';

const PROFILE: ProfileValues = {
  givenName: 'İSMAİL',
  surname: 'ŞAHİN',
  fatherName: 'AHMET',
  motherName: 'FATMA',
  birthDate: '04.05.1990',
  gender: 'male',
  maritalStatus: 'married',
  birthPlace: 'HALEP',
  birthCountry: 'SY',
  nationality: 'SY',
  email: 'ismail@example.org',
  mobile: '5551234567',
  contactPreference: 'mobile',
  changeProvince: 'no',
  foreignerId: '99123456789',
  permitCardSerial: 'ABC',
  permitCardNumber: '123456',
  nationalIdNumber: 'N-778899',
  passportNumber: 'U12345678',
  passportType: 'ordinary',
  passportIssueDate: '01.02.2020',
  passportExpiry: '01.02.2030',
  passportIssuingCountry: 'SY',
  passportIssuingAuthority: 'DAMASCUS',
  permitType: 'short-term',
  permitPurpose: 'tourism',
  requestedStart: '01.03.2026',
  requestedEnd: '01.03.2027',
  insuranceType: 'private',
  insuranceCompany: 'ACME SİGORTA',
  insurancePolicyNumber: 'P-123',
  insuranceStart: '01.03.2026',
  insuranceEnd: '01.03.2027',
  province: '34',
  district: 'Kadıköy',
  neighbourhood: 'Caferağa Mah.',
  street: 'Moda Cad.',
  buildingNumber: '12',
  flatNumber: '3',
};

let context: BrowserContext;
const outside: string[] = [];

test.beforeEach(async () => {
  context = await launchBrowser({ withExtension: false });
  outside.length = 0;
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await context.addInitScript(RECORD_SYNTHETIC_EVENTS);
});

test.afterEach(async () => {
  await context.close();
  // No request left the browser except to the routed replica.
  expect(outside).toEqual([]);
});

async function open(path: string, lang: ReplicaLang): Promise<Page> {
  await routeReplica(context, { lang });
  const page = await context.newPage();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.goto(replicaUrl(path, lang));
  await waitForReplica(page);
  (page as Page & { navigations?: string[] }).navigations = navigations;
  return page;
}

function navigations(page: Page): string[] {
  return (page as Page & { navigations?: string[] }).navigations ?? [];
}

function result(fill: EngineFill, key: FieldKey): FieldResult | undefined {
  return fill.results.find((candidate) => candidate.key === key);
}

for (const lang of ['en', 'tr'] as const) {
  test.describe(`extension entry page (${lang.toUpperCase()})`, () => {
    test('fills through Kendo and plain inputs, keeps what the user typed, undoes exactly', async () => {
      const page = await open('/Ikamet/UzatmaGecisGiris/UzatmaBasvuru', lang);
      // The user typed a card number and the captcha before asking for the fill.
      await page.locator('#belgeNo').fill('999999');
      await page.locator('#CaptchaInputText').fill('R7KM4XPA');
      const engine = await loadEngine(page);

      const fill = await engine.fill(PROFILE);
      expect(fill.page).toMatchObject({ kind: 'extension-entry', fillAllowed: true, drift: null });
      expect(result(fill, 'permitCardNumber')).toMatchObject({ outcome: 'skipped', reason: 'user-typed' });
      expect(result(fill, 'captcha')).toMatchObject({ outcome: 'skipped', reason: 'not-fillable' });
      expect(result(fill, 'consent')).toMatchObject({ outcome: 'skipped', reason: 'not-fillable' });
      expect([...fill.filled].sort()).toEqual(
        [
          'changeProvince',
          'contactPreference',
          'email',
          'foreignerId',
          'givenNameInitials',
          'mobile',
          'nationality',
          'permitCardSerial',
          'surnameInitials',
        ].sort(),
      );

      // Kendo shows the choices, and the page's own inputs hold them (what the form posts).
      const syria = lang === 'en' ? 'Syria' : 'Suriye';
      expect(await kendoState(page, 'uyruk')).toEqual({
        widgetValue: '760',
        widgetText: syria,
        inputValue: '760',
      });
      expect(await kendoState(page, 'uzatmaIlDegistir')).toMatchObject({ widgetValue: '0', inputValue: '0' });
      expect(await kendoState(page, 'iletisim_tercih')).toMatchObject({ widgetValue: '2', inputValue: '2' });
      expect(await kendoState(page, 'iletisim_cepTelefon')).toMatchObject({ inputValue: '(555) 123-45-67' });
      await expect(page.locator('#ad')).toHaveValue('İS');
      await expect(page.locator('#soyad')).toHaveValue('ŞA');
      await expect(page.locator('#yabanciKimlikNo')).toHaveValue('99123456789');
      await expect(page.locator('#belgeNo')).toHaveValue('999999');
      await expect(page.locator('#CaptchaInputText')).toHaveValue('R7KM4XPA');
      await expect(page.locator('#uzatmaGecisOkudumAnladim')).not.toBeChecked();

      const undone = await engine.undo();
      expect(undone.skipped).toEqual([]);
      for (const id of ['uyruk', 'uzatmaIlDegistir', 'iletisim_tercih']) {
        expect(await kendoState(page, id), id).toMatchObject({ widgetValue: '', inputValue: '' });
      }
      expect(await kendoState(page, 'iletisim_cepTelefon')).toMatchObject({ inputValue: '' });
      for (const id of ['ad', 'soyad', 'yabanciKimlikNo', 'belgeSeri', 'iletisim_eMail']) {
        await expect(page.locator(`#${id}`), id).toHaveValue('');
      }
      await expect(page.locator('#belgeNo')).toHaveValue('999999');
      await expect(page.locator('#CaptchaInputText')).toHaveValue('R7KM4XPA');
      // The country list is back to its first page, not narrowed to the fill's search.
      const countries = await page.evaluate(
        () =>
          (
            window as unknown as {
              jQuery: (s: string) => { data(k: string): { dataSource: { data(): unknown[] } } };
            }
          )
            .jQuery('#uyruk')
            .data('kendoDropDownList')
            .dataSource.data().length,
      );
      expect(countries).toBe(30);

      expect(await syntheticEvents(page)).toEqual([]);
      expect(navigations(page)).toHaveLength(1);
    });
  });
}

test.describe('wizard', () => {
  test('personal step: the wizard records every filled value as its own', async () => {
    const page = await open('/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk', 'en');
    const engine = await loadEngine(page);
    const fill = await engine.fill(PROFILE);
    expect(fill.page).toMatchObject({ kind: 'wizard-personal', fillAllowed: true });
    expect(fill.results.filter((entry) => entry.outcome === 'skipped')).toEqual([
      { key: 'previousSurname', outcome: 'skipped', reason: 'no-profile-value' },
      { key: 'otherNationality', outcome: 'skipped', reason: 'no-profile-value' },
    ]);
    expect(result(fill, 'gender')).toMatchObject({ value: '1', text: 'Male' });
    expect(result(fill, 'maritalStatus')).toMatchObject({ value: '2', text: 'Married' });
    expect(result(fill, 'birthCountry')).toMatchObject({ value: '760', text: 'Syria' });
    expect(result(fill, 'birthDate')).toMatchObject({ value: '04.05.1990' });
    expect(await kendoState(page, 'Kisisel_Cinsiyet')).toEqual({
      widgetValue: '1',
      widgetText: 'Male',
      inputValue: '1',
    });
    await expect(page.locator('#Kisisel_DogumTarihi')).toHaveValue('04.05.1990');

    // The user moves on: the replica's MVVM-like model must have seen every value.
    await page.locator('#btnIleri').click();
    await waitForReplica(page);
    const recorded = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('replica-basvuru') ?? '{}').values,
    );
    expect(recorded).toMatchObject({
      'Kisisel.Ad': { value: 'İSMAİL' },
      'Kisisel.Soyad': { value: 'ŞAHİN' },
      'Kisisel.DogumTarihi': { value: '04.05.1990' },
      'Kisisel.Cinsiyet': { value: '1', text: 'Male' },
      'Kisisel.MedeniHal': { value: '2', text: 'Married' },
      'Kisisel.DogumUlke': { value: '760', text: 'Syria' },
      'Kisisel.Uyruk': { value: '760', text: 'Syria' },
      'Kisisel.Eposta': { value: 'ismail@example.org' },
      'Kisisel.CepTelefon': { value: '(555) 123-45-67' },
    });
    expect(await syntheticEvents(page)).toEqual([]);
  });

  test('personal step: undo restores the page and leaves what the user changed since', async () => {
    const page = await open('/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk', 'en');
    const engine = await loadEngine(page);
    await engine.fill(PROFILE);
    // The user corrects the father's name after the fill.
    await page.locator('#Kisisel_BabaAd').fill('MEHMET');
    const undone = await engine.undo();
    expect(undone.skipped).toEqual([{ key: 'fatherName', reason: 'changed-since-fill' }]);
    await expect(page.locator('#Kisisel_BabaAd')).toHaveValue('MEHMET');
    await expect(page.locator('#Kisisel_Ad')).toHaveValue('');
    await expect(page.locator('#Kisisel_DogumTarihi')).toHaveValue('');
    for (const id of [
      'Kisisel_Cinsiyet',
      'Kisisel_MedeniHal',
      'Kisisel_DogumUlke',
      'Kisisel_Uyruk',
      'Kisisel_CepTelefon',
    ]) {
      expect(await kendoState(page, id), id).toMatchObject({ widgetValue: '', inputValue: '' });
    }
    const values = await engine.values();
    expect(values.gender).toEqual({ value: '', text: '' });
  });

  test('address step: province, then its districts, then its neighbourhoods', async () => {
    const page = await open('/Ikamet/Basvuru/AdresBilgileri?basvuruTuru=ilk', 'tr');
    const engine = await loadEngine(page);
    const fill = await engine.fill(PROFILE);
    expect(fill.page).toMatchObject({ kind: 'wizard-address', fillAllowed: true });
    expect(result(fill, 'province')).toMatchObject({ outcome: 'filled', value: '34', text: 'İstanbul' });
    expect(result(fill, 'district')).toMatchObject({ outcome: 'filled', value: '3402', text: 'Kadıköy' });
    expect(result(fill, 'neighbourhood')).toMatchObject({ outcome: 'filled', text: 'Caferağa Mah.' });
    expect(await kendoState(page, 'Adres_Ilce')).toMatchObject({ widgetValue: '3402', inputValue: '3402' });
    const undone = await engine.undo();
    expect(undone.skipped).toEqual([]);
    expect(await kendoState(page, 'Adres_Il')).toMatchObject({ widgetValue: '', inputValue: '' });
    expect(await kendoState(page, 'Adres_Ilce')).toMatchObject({ widgetValue: '' });
    expect(page.url().startsWith(`${REPLICA_ORIGIN}/Ikamet/Basvuru/AdresBilgileri`)).toBe(true);
  });

  test('overwrite on: the user’s value is replaced, and undo gives it back', async () => {
    const page = await open('/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk', 'en');
    await page.locator('#Kisisel_Ad').fill('ISMAIL HAKKI');
    const engine = await loadEngine(page);
    const kept = await engine.fill({ givenName: 'İSMAİL' });
    expect(result(kept, 'givenName')).toMatchObject({ reason: 'user-typed' });
    const replaced = await engine.fill({ givenName: 'İSMAİL' }, true);
    expect(result(replaced, 'givenName')).toMatchObject({ outcome: 'filled' });
    await expect(page.locator('#Kisisel_Ad')).toHaveValue('İSMAİL');
    await engine.undo();
    await expect(page.locator('#Kisisel_Ad')).toHaveValue('ISMAIL HAKKI');
  });
});

/** Every page the engine may fill, with what it must fill there. */
const FILLABLE_PAGES = [
  {
    path: '/Ikamet/OnKayit',
    kind: 'first-entry',
    filled: [
      'givenName',
      'surname',
      'birthDate',
      'fatherName',
      'motherName',
      'gender',
      'nationality',
      'email',
      'mobile',
    ],
  },
  {
    path: '/Ikamet/UzatmaGecisGiris/GecisBasvuru',
    kind: 'transfer-entry',
    filled: [
      'givenNameInitials',
      'surnameInitials',
      'nationality',
      'foreignerId',
      'contactPreference',
      'mobile',
    ],
  },
  {
    path: '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk',
    kind: 'wizard-passport',
    filled: [
      'passportType',
      'passportNumber',
      'passportIssueDate',
      'passportExpiry',
      'passportIssuingCountry',
      'passportIssuingAuthority',
    ],
  },
  {
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=uzatma',
    kind: 'wizard-permit',
    filled: ['permitType', 'permitPurpose', 'requestedStart', 'requestedEnd'],
  },
  {
    path: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
    kind: 'wizard-insurance',
    filled: ['insuranceType', 'insuranceCompany', 'insurancePolicyNumber', 'insuranceStart', 'insuranceEnd'],
  },
] as const;

for (const lang of ['en', 'tr'] as const) {
  for (const entry of FILLABLE_PAGES) {
    test(`${entry.kind} (${lang.toUpperCase()}): the page's own inputs hold every filled value, and undo empties them`, async () => {
      const page = await open(entry.path, lang);
      const engine = await loadEngine(page);
      const fill = await engine.fill(PROFILE);
      expect(fill.page).toMatchObject({ kind: entry.kind, fillAllowed: true });
      expect(fill.filled).toEqual(expect.arrayContaining([...entry.filled]));
      const idOf = new Map(fill.page.fields.map((field) => [field.key, field]));
      for (const key of fill.filled) {
        const field = idOf.get(key);
        const filled = result(fill, key);
        if (!field || !filled?.value) throw new Error(`${key}: no field or value`);
        const input = page.locator(`#${field.id}`);
        if (field.widget === 'dropdown') {
          expect(await kendoState(page, field.id), key).toMatchObject({
            widgetValue: filled.value,
            inputValue: filled.value,
          });
        } else if (field.widget === 'masked') {
          await expect(input, key).toHaveValue('(555) 123-45-67');
        } else {
          await expect(input, key).toHaveValue(filled.value);
        }
      }
      // Read-only fields and human gates are never touched.
      for (const gate of ['captcha', 'consent', 'currentPermitType', 'currentPermitEnd'] as const) {
        const filled = result(fill, gate);
        if (filled) expect(filled, gate).toMatchObject({ outcome: 'skipped', reason: 'not-fillable' });
      }
      const undone = await engine.undo();
      expect(undone.skipped).toEqual([]);
      for (const key of fill.filled) {
        const field = idOf.get(key);
        if (field) await expect(page.locator(`#${field.id}`), key).toHaveValue('');
      }
      expect(await syntheticEvents(page)).toEqual([]);
      expect(navigations(page)).toHaveLength(1);
    });
  }
}
