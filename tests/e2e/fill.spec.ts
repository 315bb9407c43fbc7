/**
 * Filling through the extension's own UI, on the replica with the built extension loaded
 * (`npx wxt build` first). Written against the overlay contract in docs/fill-contract.md:
 * these tests pass once the overlay wires `fillPage` / `undoFill` to its panel. The engine
 * itself is covered now by tests/e2e/fill-engine.spec.ts and tests/e2e/bridge.spec.ts.
 *
 * The test is the user: it types before filling, presses "Fill from …" and "Undo". The
 * extension must never click, submit, send keys, navigate, or make requests of its own.
 */
import type { Locator, Page } from '@playwright/test';
import {
  kendoState,
  RECORD_SYNTHETIC_EVENTS,
  syntheticEvents,
  waitForReplica,
} from '../support/bridge-harness';
import { expect, type RecordedRequest, test } from '../support/extension';
import { PROFILE_ID, profileSeed as seed } from '../support/profile-seed';
import { REPLICA_ORIGIN, replicaUrl, routeReplica } from '../support/replica';
import { HOST, openPanel as openPanelBesideForm } from '../support/wizard';

interface PageCase {
  readonly id: string;
  readonly path: string;
  readonly kind: string;
  /** A plain field the user types into before the fill; the fill must keep it. */
  readonly typed: { readonly key: string; readonly id: string; readonly value: string };
  /** Fields the fill must fill. */
  readonly filled: readonly string[];
  /** Kendo lists whose widget and hidden input must hold this code after the fill. */
  readonly lists: Readonly<Record<string, string>>;
  /** Plain inputs and date pickers that must show this text after the fill. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly gates: readonly string[];
}

const CASES: readonly PageCase[] = [
  {
    id: 'first-entry',
    path: '/Ikamet/OnKayit',
    kind: 'first-entry',
    typed: { key: 'motherName', id: 'anneAd', value: 'LAYLA AMIRA' },
    filled: ['givenName', 'surname', 'birthDate', 'fatherName', 'gender', 'nationality', 'email', 'mobile'],
    lists: { cinsiyet: '1', uyruk: '760', iletisimTercih: '2' },
    inputs: { ad: 'OMAR', soyad: 'HADDAD', DogumTarih: '04.05.1990', eposta: 'omar@example.org' },
    gates: ['captcha', 'consent'],
  },
  {
    id: 'extension-entry',
    path: '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru',
    kind: 'extension-entry',
    typed: { key: 'permitCardNumber', id: 'belgeNo', value: '999999' },
    filled: [
      'givenNameInitials',
      'surnameInitials',
      'nationality',
      'foreignerId',
      'permitCardSerial',
      'mobile',
    ],
    lists: { uyruk: '760', iletisim_tercih: '2' },
    inputs: { ad: 'OM', soyad: 'HA', yabanciKimlikNo: '99123456789', belgeSeri: 'ABC' },
    gates: ['captcha', 'consent'],
  },
  {
    id: 'wizard-personal',
    path: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk',
    kind: 'wizard-personal',
    typed: { key: 'birthPlace', id: 'Kisisel_DogumYeri', value: 'HALEP' },
    filled: [
      'givenName',
      'surname',
      'birthDate',
      'gender',
      'maritalStatus',
      'birthCountry',
      'nationality',
      'mobile',
    ],
    lists: { Kisisel_Cinsiyet: '1', Kisisel_MedeniHal: '2', Kisisel_DogumUlke: '760', Kisisel_Uyruk: '760' },
    inputs: { Kisisel_Ad: 'OMAR', Kisisel_DogumTarihi: '04.05.1990', Kisisel_Eposta: 'omar@example.org' },
    gates: [],
  },
  {
    id: 'wizard-passport',
    path: '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk',
    kind: 'wizard-passport',
    typed: { key: 'passportIssuingAuthority', id: 'SeyahatBelgesi_VerenMakam', value: 'ALEPPO OFFICE' },
    filled: [
      'passportType',
      'passportNumber',
      'passportIssueDate',
      'passportExpiry',
      'passportIssuingCountry',
    ],
    lists: { SeyahatBelgesi_BelgeTuru: '1', SeyahatBelgesi_VerenUlke: '760' },
    inputs: { SeyahatBelgesi_BelgeNo: 'N12345678', SeyahatBelgesi_GecerlilikTarihi: '01.02.2030' },
    gates: [],
  },
  {
    id: 'wizard-permit',
    path: '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=uzatma',
    kind: 'wizard-permit',
    typed: { key: 'requestedEnd', id: 'IkametIzni_BitisTarihi', value: '15.06.2027' },
    filled: ['permitType', 'permitPurpose', 'requestedStart'],
    lists: { IkametIzni_Turu: '1', IkametIzni_KalisAmaci: '106' },
    inputs: { IkametIzni_BaslangicTarihi: '01.03.2026' },
    gates: [],
  },
  {
    id: 'wizard-address',
    path: '/Ikamet/Basvuru/AdresBilgileri?basvuruTuru=ilk',
    kind: 'wizard-address',
    typed: { key: 'flatNumber', id: 'Adres_IcKapiNo', value: '7B' },
    filled: ['province', 'district', 'neighbourhood', 'street', 'buildingNumber'],
    lists: { Adres_Il: '34', Adres_Ilce: '3402' },
    inputs: { Adres_CaddeSokak: 'Moda Cad.', Adres_DisKapiNo: '12' },
    gates: [],
  },
  {
    id: 'wizard-insurance',
    path: '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk',
    kind: 'wizard-insurance',
    typed: { key: 'insurancePolicyNumber', id: 'Sigorta_PoliceNo', value: 'MINE-1' },
    filled: ['insuranceType', 'insuranceCompany', 'insuranceStart', 'insuranceEnd'],
    lists: { Sigorta_Turu: '1' },
    inputs: { Sigorta_Sirket: 'Acme Sigorta', Sigorta_BitisTarihi: '01.03.2027' },
    gates: [],
  },
];

test.use({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

/** The replica's language, the browser's (so the assistant's) language, and the button's text. */
const LANGS = [
  { lang: 'en', locale: 'en-US', button: /^\s*Fill from\s+\S.*Haddad/i },
  { lang: 'tr', locale: 'tr-TR', button: /^\s*\S.*Haddad\s+profilinden doldur\s*$/i },
] as const;

test.beforeEach(async ({ context }) => {
  await context.addInitScript(RECORD_SYNTHETIC_EVENTS);
});

/** Requests other than the routed replica and the extension's own files. */
function requestsOutside(requests: readonly RecordedRequest[], extensionId: string): string[] {
  return requests
    .map((request) => request.url)
    .filter(
      (url) => !url.startsWith(`${REPLICA_ORIGIN}/`) && !url.startsWith(`chrome-extension://${extensionId}/`),
    );
}

async function openPanel(page: Page): Promise<Locator> {
  const host = page.locator(HOST);
  await openPanelBesideForm(host);
  return host;
}

for (const { lang, locale, button } of LANGS)
  test.describe(lang.toUpperCase(), () => {
    test.use({ locale });

    for (const entry of CASES) {
      test(`${entry.id}: fill from the profile, keep the user's typing, undo restores the page`, async ({
        context,
        extensionId,
        requests,
        seedStorage,
      }) => {
        await seedStorage(seed());
        await routeReplica(context, { lang });
        const page = await context.newPage();
        const navigations: string[] = [];
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) navigations.push(frame.url());
        });
        await page.goto(replicaUrl(entry.path, lang));
        await waitForReplica(page);
        const host = await openPanel(page);
        await expect(host).toHaveAttribute('data-page', entry.kind);

        // The user types before asking for the fill; captcha too where there is one.
        await page.locator(`#${entry.typed.id}`).fill(entry.typed.value);
        if (entry.gates.includes('captcha')) await page.locator('#CaptchaInputText').fill('R7KM4XPA');
        const before = await page.evaluate(() => location.href);

        const fill = host.locator('[data-action="fill"]');
        await expect(fill).toHaveText(button);
        await fill.click();

        const summary = host.locator('[data-fill-summary]');
        await expect(summary).toBeVisible();
        for (const key of entry.filled) {
          await expect(summary.locator(`[data-fill-result="filled"][data-field="${key}"]`), key).toHaveCount(
            1,
          );
          await expect(host.locator(`[data-filled-for="${key}"]`), key).toHaveCount(1);
        }
        await expect(
          summary.locator(`[data-fill-result="skipped"][data-field="${entry.typed.key}"]`),
        ).toHaveAttribute('data-reason', 'user-typed');
        for (const gate of entry.gates) {
          await expect(
            summary.locator(`[data-fill-result="skipped"][data-field="${gate}"]`),
            gate,
          ).toHaveAttribute('data-reason', 'not-fillable');
        }

        // Kendo shows the choice and the page's own input holds it (what the form posts).
        for (const [id, code] of Object.entries(entry.lists)) {
          const state = await kendoState(page, id);
          expect(state, id).toMatchObject({ widgetValue: code, inputValue: code });
          expect(state?.widgetText, id).not.toBe('');
        }
        for (const [id, text] of Object.entries(entry.inputs))
          await expect(page.locator(`#${id}`), id).toHaveValue(text);
        await expect(page.locator(`#${entry.typed.id}`)).toHaveValue(entry.typed.value);
        if (entry.gates.includes('captcha'))
          await expect(page.locator('#CaptchaInputText')).toHaveValue('R7KM4XPA');
        if (entry.gates.includes('consent'))
          await expect(page.locator('input[type=checkbox][id*="OkudumAnladim"]')).not.toBeChecked();

        await host.locator('[data-action="undo-fill"]').click();
        await expect(summary).toHaveAttribute('data-fill-state', 'undone');
        for (const id of Object.keys(entry.lists)) {
          expect(await kendoState(page, id), id).toMatchObject({ widgetValue: '', inputValue: '' });
        }
        for (const id of Object.keys(entry.inputs)) await expect(page.locator(`#${id}`), id).toHaveValue('');
        await expect(page.locator(`#${entry.typed.id}`)).toHaveValue(entry.typed.value);
        await expect(host.locator('[data-filled-for]')).toHaveCount(0);

        // No submit, no synthetic click or key, no navigation, no request of the extension's own.
        expect(await syntheticEvents(page)).toEqual([]);
        expect(await page.evaluate(() => location.href)).toBe(before);
        expect(navigations).toHaveLength(1);
        expect(requestsOutside(requests, extensionId)).toEqual([]);
      });
    }
  });

test('a drifted page offers no fill', async ({ context, seedStorage }) => {
  await seedStorage(seed());
  await routeReplica(context, { lang: 'en' });
  const page = await context.newPage();
  await page.goto(replicaUrl('/Ikamet/UzatmaGecisGiris/UzatmaBasvuru', 'en'));
  await waitForReplica(page);
  // The site changed: a field the catalogue does not know appears.
  await page.evaluate(() => {
    const row = document.createElement('div');
    row.className = 'form-horizontal';
    row.innerHTML =
      '<div class="form-group"><label class="control-label" for="yeni">Favourite colour</label>' +
      '<div class="controls"><input id="yeni" name="Yeni" type="text"></div></div>';
    document.querySelector('.uzatma-gecis-form')?.prepend(row);
  });
  const host = await openPanel(page);
  await expect(host).toHaveAttribute('data-drift', /.+/);
  const fill = host.locator('[data-action="fill"]');
  if ((await fill.count()) > 0) await expect(fill).toBeDisabled();
  await expect(page.locator('#ad')).toHaveValue('');
});

test('no active profile, or a page that is never filled: no fill button, a one-line reason', async ({
  context,
  seedStorage,
}) => {
  await seedStorage(seed(null));
  await routeReplica(context, { lang: 'en' });
  const page = await context.newPage();
  await page.goto(replicaUrl('/Ikamet/OnKayit', 'en'));
  await waitForReplica(page);
  let host = await openPanel(page);
  await expect(host.locator('[data-fill-no-profile]')).toContainText(/toolbar/i);
  await expect(host.locator('[data-action="fill"]')).toHaveCount(0);
  // Only the active profile's name is ever shown on the page, and here there is none.
  await expect(host).not.toContainText(/Haddad/i);

  await seedStorage({ activeProfileId: PROFILE_ID });
  await expect(host.locator('[data-action="fill"]')).toHaveText(/Fill from\s+Omar Haddad/);

  await page.goto(replicaUrl('/', 'en'));
  await waitForReplica(page);
  host = await openPanel(page);
  await expect(host).toHaveAttribute('data-page', 'home');
  await expect(host.locator('[data-fill-unavailable="page"]')).toHaveText(/\S/);
  await expect(host.locator('[data-action="fill"]')).toHaveCount(0);
});
