/**
 * The e-İkamet replica itself: every page loads at its real URL in TR and EN without errors,
 * its Kendo widgets are really initialised, the wizard swaps steps without a page load, and no
 * request leaves https://e-ikamet.goc.gov.tr. Plain Chromium, no extension.
 */
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import {
  DEFAULT_CURRENT_PERMIT_END,
  REPLICA_LANGS,
  REPLICA_ORIGIN,
  REPLICA_PAGES,
  type ReplicaLang,
  replicaUrl,
  routeReplica,
} from '../support/replica';

/** The text the replica's captcha image shows. */
const CAPTCHA_TEXT = 'R7KM4XPA';

type Role = 'kendoDropDownList' | 'kendoDatePicker' | 'kendoMaskedTextBox';

/** Widgets each page must have, by element id. */
const WIDGETS: Record<string, Partial<Record<Role, string[]>>> = {
  'first-entry': {
    kendoDropDownList: ['cinsiyet', 'uyruk', 'iletisimTercih'],
    kendoDatePicker: ['DogumTarih'],
    kendoMaskedTextBox: ['cepTelefon'],
  },
  'extension-entry': {
    kendoDropDownList: ['uzatmaIlDegistir', 'uyruk', 'iletisim_tercih'],
    kendoMaskedTextBox: ['iletisim_cepTelefon'],
  },
  'transfer-entry': {
    kendoDropDownList: ['uzatmaIlDegistir', 'uyruk', 'iletisim_tercih'],
    kendoMaskedTextBox: ['iletisim_cepTelefon'],
  },
  'continue-first': { kendoMaskedTextBox: ['cepTelefon'] },
  'continue-extension': { kendoMaskedTextBox: ['cepTelefon'] },
  'continue-transfer': { kendoMaskedTextBox: ['cepTelefon'] },
  'wizard-personal': {
    kendoDropDownList: [
      'Kisisel_Cinsiyet',
      'Kisisel_MedeniHal',
      'Kisisel_DogumUlke',
      'Kisisel_Uyruk',
      'Kisisel_DigerUyruk',
    ],
    kendoDatePicker: ['Kisisel_DogumTarihi'],
    kendoMaskedTextBox: ['Kisisel_CepTelefon'],
  },
  'wizard-passport': {
    kendoDropDownList: ['SeyahatBelgesi_BelgeTuru', 'SeyahatBelgesi_VerenUlke'],
    kendoDatePicker: ['SeyahatBelgesi_VerilisTarihi', 'SeyahatBelgesi_GecerlilikTarihi'],
  },
  'wizard-permit-first': {
    kendoDropDownList: ['IkametIzni_Turu', 'IkametIzni_KalisAmaci'],
    kendoDatePicker: ['IkametIzni_BaslangicTarihi', 'IkametIzni_BitisTarihi'],
  },
  'wizard-address': { kendoDropDownList: ['Adres_Il', 'Adres_Ilce', 'Adres_Mahalle'] },
  'wizard-insurance': {
    kendoDropDownList: ['Sigorta_Turu'],
    kendoDatePicker: ['Sigorta_BaslangicTarihi', 'Sigorta_BitisTarihi'],
  },
};
WIDGETS['wizard-permit-extension'] = WIDGETS['wizard-permit-first'] ?? {};
WIDGETS['wizard-permit-transfer'] = WIDGETS['wizard-permit-first'] ?? {};

let browser: Browser;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});

test.afterAll(async () => {
  await browser.close();
});

interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request URL the browser made. */
  requests: string[];
  /** Page errors and console errors. */
  errors: string[];
}

async function openSession(lang: ReplicaLang): Promise<Session> {
  const context = await browser.newContext();
  await routeReplica(context, { lang });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, requests, errors };
}

async function waitReady(page: Page): Promise<void> {
  // replicaReady covers the first load; later AJAX (filters, cascades) shows in jQuery.active.
  await page.waitForFunction(
    () => (window as unknown as { replicaReady?: boolean }).replicaReady === true && jQuery.active === 0,
  );
}

function offSite(requests: string[]): string[] {
  return requests.filter((url) => new URL(url).origin !== REPLICA_ORIGIN);
}

/** Selects a drop-down item by value the way the site's own code expects: widget API plus `change`. */
async function selectValue(page: Page, id: string, value: string): Promise<void> {
  await page.evaluate(
    ([id, value]) => {
      const ddl = jQuery(`#${id}`).data('kendoDropDownList');
      ddl.value(value);
      ddl.trigger('change');
    },
    [id, value] as const,
  );
  await waitReady(page);
}

/** The part of jQuery and Kendo these tests call inside the page. */
interface KendoItem {
  kod: number | string;
  aciklama: string;
}
interface KendoDataSource {
  data(): KendoItem[];
  total(): number;
  filter(filter: object): void;
  read(data?: object): Promise<void>;
}
interface KendoWidget {
  value(value?: unknown): unknown;
  text(): string;
  trigger(event: string): void;
  options: { dataValueField?: string; dataTextField?: string; optionLabel?: string };
  dataSource: KendoDataSource;
  wrapper: { text(): string };
}
declare const jQuery: ((selector: string) => { data(key: string): KendoWidget }) & { active: number };
declare const kendo: { widgetInstance(element: unknown): unknown };

for (const lang of REPLICA_LANGS) {
  test.describe(`every replica page in ${lang.toUpperCase()}`, () => {
    for (const replicaPage of REPLICA_PAGES) {
      test(`${replicaPage.id} loads at ${replicaPage.path}`, async () => {
        const { context, page, requests, errors } = await openSession(lang);
        const response = await page.goto(replicaUrl(replicaPage.path));
        expect(response?.status()).toBe(200);
        await waitReady(page);

        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        expect(await page.locator('div.content--box--detail').count()).toBe(1);
        for (const [role, ids] of Object.entries(WIDGETS[replicaPage.id] ?? {})) {
          for (const id of ids ?? []) {
            const ready = await page.evaluate(([id, role]) => Boolean(jQuery(`#${id}`).data(role)), [
              id,
              role,
            ] as const);
            expect(ready, `${role} on #${id}`).toBe(true);
          }
        }
        // Whatever Kendo marked with data-role has its widget.
        const orphans = await page.evaluate(() =>
          [...document.querySelectorAll('input[data-role]')]
            .filter((element) => !kendo.widgetInstance(jQuery(`#${element.id}`)))
            .map((element) => element.id),
        );
        expect(orphans).toEqual([]);
        expect(errors).toEqual([]);
        expect(offSite(requests)).toEqual([]);
        await context.close();
      });
    }
  });
}

test('drop-downs keep {kod, aciklama} data and the language placeholder', async () => {
  for (const lang of REPLICA_LANGS) {
    const { context, page } = await openSession(lang);
    await page.goto(replicaUrl('/Ikamet/UzatmaGecisGiris/UzatmaBasvuru'));
    await waitReady(page);
    const options = await page.evaluate(() => {
      const ddl = jQuery('#uzatmaIlDegistir').data('kendoDropDownList');
      return {
        valueField: ddl.options.dataValueField,
        textField: ddl.options.dataTextField,
        optionLabel: ddl.options.optionLabel,
        items: ddl.dataSource.data().map((item) => [item.kod, item.aciklama]),
        wrapperText: ddl.wrapper.text().trim(),
      };
    });
    expect(options.valueField).toBe('kod');
    expect(options.textField).toBe('aciklama');
    const label = lang === 'tr' ? 'Seçiniz...' : 'Please select...';
    expect(options.optionLabel).toBe(label);
    expect(options.wrapperText).toBe(label);
    expect(options.items).toEqual(
      lang === 'tr'
        ? [
            [0, 'Hayır'],
            [1, 'Evet'],
          ]
        : [
            [0, 'No'],
            [1, 'Yes'],
          ],
    );
    await context.close();
  }
});

test('the country list is paged on the server, 30 at a time, and filtered by text', async () => {
  const { context, page } = await openSession('en');
  await page.goto(replicaUrl('/Ikamet/UzatmaGecisGiris/GecisBasvuru'));
  await waitReady(page);
  const first = await page.evaluate(() => {
    const ds = jQuery('#uyruk').data('kendoDropDownList').dataSource;
    return { loaded: ds.data().length, total: ds.total() };
  });
  expect(first.loaded).toBe(30);
  expect(first.total).toBeGreaterThan(30);
  await page.evaluate(() =>
    jQuery('#uyruk')
      .data('kendoDropDownList')
      .dataSource.filter({ field: 'aciklama', operator: 'contains', value: 'ukr' }),
  );
  // The filter request is asynchronous: poll until the server's answer replaces the first page.
  await expect
    .poll(() =>
      page.evaluate(() =>
        jQuery('#uyruk')
          .data('kendoDropDownList')
          .dataSource.data()
          .map((item) => item.aciklama),
      ),
    )
    .toEqual(['Ukraine']);
  await context.close();
});

test('masked phone and dd.MM.yyyy date pickers behave like Kendo widgets', async () => {
  const { context, page } = await openSession('tr');
  await page.goto(replicaUrl('/Ikamet/OnKayit'));
  await waitReady(page);
  await page.evaluate(() => jQuery('#cepTelefon').data('kendoMaskedTextBox').value('5321234567'));
  expect(await page.inputValue('#cepTelefon')).toBe('(532) 123-45-67');
  await page.fill('#DogumTarih', '05.03.1990');
  await page.locator('#DogumTarih').blur();
  const date = await page.evaluate(() => {
    const value = jQuery('#DogumTarih').data('kendoDatePicker').value();
    return value instanceof Date ? [value.getFullYear(), value.getMonth() + 1, value.getDate()] : null;
  });
  expect(date).toEqual([1990, 3, 5]);
  expect(await page.locator('span[title="Cinsiyet"]').count()).toBe(1);
  await context.close();
});

test('the wizard swaps steps without a page load and the summary lists recorded values', async () => {
  const { context, page, requests, errors } = await openSession('tr');
  await page.goto(replicaUrl('/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=uzatma&mevcutBitis=20.12.2026'));
  await waitReady(page);
  await page.evaluate(() => {
    (window as unknown as { loadMarker: number }).loadMarker = 1;
  });

  await page.fill('#Kisisel_Ad', 'AHMET ALİ');
  await selectValue(page, 'Kisisel_Cinsiyet', '2');
  // Written without a change event: like the site's MVVM model, the replica does not record it.
  await page.evaluate(() => {
    (document.getElementById('Kisisel_Soyad') as HTMLInputElement).value = 'YILMAZ';
  });
  await page.click('#btnIleri');
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe('/Ikamet/Basvuru/SeyahatBelgesi');
  await expect(page.locator('#SeyahatBelgesi_BelgeNo')).toBeVisible();
  await expect(page.locator('#basvuruAdimlari li.active')).toContainText('Seyahat Belgesi');

  await page.click('#btnIleri');
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe('/Ikamet/Basvuru/IkametIzniBilgileri');
  await expect(page.locator('#IkametIzni_MevcutTuru')).toHaveValue('Kısa Dönem İkamet İzni');
  await expect(page.locator('#IkametIzni_MevcutBitisTarihi')).toHaveValue('20.12.2026');
  await selectValue(page, 'IkametIzni_Turu', '1');
  const purposes = await page.evaluate(() =>
    jQuery('#IkametIzni_KalisAmaci')
      .data('kendoDropDownList')
      .dataSource.data()
      .map((item) => item.aciklama),
  );
  expect(purposes).toContain('KISA DÖNEM / TURİZM');
  expect(purposes.every((text) => text.startsWith('KISA DÖNEM / '))).toBe(true);

  await page.click('#btnGeri');
  await waitReady(page);
  await page.click('#btnGeri');
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe('/Ikamet/Basvuru/KisiselBilgiler');
  await expect(page.locator('#Kisisel_Ad')).toHaveValue('AHMET ALİ');
  expect(await page.evaluate(() => jQuery('#Kisisel_Cinsiyet').data('kendoDropDownList').value())).toBe('2');

  for (let step = 0; step < 5; step += 1) {
    await page.click('#btnIleri');
    await waitReady(page);
  }
  expect(new URL(page.url()).pathname).toBe('/Ikamet/Basvuru/Ozet');
  await expect(page.locator('td[data-ozet="Kisisel.Ad"]')).toHaveText('AHMET ALİ');
  await expect(page.locator('td[data-ozet="Kisisel.Cinsiyet"]')).toHaveText('Kadın');
  await expect(page.locator('td[data-ozet="Kisisel.Soyad"]')).toHaveText('');
  await expect(page.locator('td[data-ozet="IkametIzni.Turu"]')).toHaveText('Kısa Dönem İkamet İzni');

  await page.click('#btnKaydet');
  await expect(page.locator('span.noty_text')).toContainText('Okudum, anladım');

  await page.goBack();
  await waitReady(page);
  expect(new URL(page.url()).pathname).toBe('/Ikamet/Basvuru/SaglikSigortasi');

  expect(await page.evaluate(() => (window as unknown as { loadMarker?: number }).loadMarker)).toBe(1);
  const documents = requests.filter((url) => /\/Ikamet\/Basvuru\/(?!Adim)/i.test(new URL(url).pathname));
  expect(documents).toHaveLength(1);
  expect(errors).toEqual([]);
  expect(offSite(requests)).toEqual([]);
  await context.close();
});

test('current-permit fields appear only in extension and transfer flows', async () => {
  const { context, page } = await openSession('en');
  await page.goto(replicaUrl('/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk'));
  await waitReady(page);
  await expect(page.locator('#IkametIzni_Turu')).toHaveCount(1);
  await expect(page.locator('#IkametIzni_MevcutBitisTarihi')).toHaveCount(0);
  await page.goto(replicaUrl('/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=gecis'));
  await waitReady(page);
  await expect(page.locator('#IkametIzni_MevcutTuru')).toHaveValue('Short Term Residence Permit');
  await expect(page.locator('#IkametIzni_MevcutBitisTarihi')).toHaveValue(DEFAULT_CURRENT_PERMIT_END);
  await context.close();
});

test('province, district and neighbourhood cascade from the server', async () => {
  const { context, page } = await openSession('tr');
  await page.goto(replicaUrl('/Ikamet/Basvuru/AdresBilgileri'));
  await waitReady(page);
  await selectValue(page, 'Adres_Il', '34');
  const districts = await page.evaluate(() =>
    jQuery('#Adres_Ilce')
      .data('kendoDropDownList')
      .dataSource.data()
      .map((item) => item.aciklama),
  );
  expect(districts).toContain('Kadıköy');
  await selectValue(page, 'Adres_Ilce', '3402');
  const neighbourhoods = await page.evaluate(() =>
    jQuery('#Adres_Mahalle')
      .data('kendoDropDownList')
      .dataSource.data()
      .map((item) => item.aciklama),
  );
  expect(neighbourhoods).toContain('Caferağa Mah.');
  await context.close();
});

test('the extension entry checks the captcha and consent, then opens the verification gate', async () => {
  const { context, page, requests } = await openSession('en');
  await page.goto(replicaUrl('/Ikamet/UzatmaGecisGiris/UzatmaBasvuru'));
  await waitReady(page);
  await selectValue(page, 'uzatmaIlDegistir', '0');
  await page.fill('#ad', 'AH');
  await page.fill('#soyad', 'YI');
  await page.evaluate(() => jQuery('#uyruk').data('kendoDropDownList').dataSource.read({ kod: '804' }));
  await waitReady(page);
  await selectValue(page, 'uyruk', '804');
  await page.fill('#yabanciKimlikNo', '99123456789');
  await page.fill('#belgeSeri', 'ABC');
  await page.fill('#belgeNo', '123456');
  await selectValue(page, 'iletisim_tercih', '1');
  await page.fill('#CaptchaInputText', 'WRONG123');
  await page.click('#uzatmaGecisGirisBtn');
  await expect(page.locator('span.noty_text').last()).toHaveText('Image verification fails.');

  await page.fill('#CaptchaInputText', CAPTCHA_TEXT.toLowerCase());
  await page.click('#uzatmaGecisGirisBtn');
  await expect(page.locator('span.noty_text').last()).toContainText('I READ, UNDERSTOOD');
  await page.check('#uzatmaGecisOkudumAnladim');
  await page.click('#uzatmaGecisGirisBtn');
  await page.waitForURL('**/Ikamet/Dogrulama?basvuruTuru=uzatma');
  await waitReady(page);
  await expect(page.locator('#btnTekrarGonder')).toHaveText('Resend');
  expect(requests.every((url) => !url.includes('/Ara'))).toBe(true);
  await context.close();
});

test('language follows ?lang=, then the replica-lang cookie, then the default', async () => {
  const { context, page } = await openSession('tr');
  await page.goto(replicaUrl('/'));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
  await page.goto(replicaUrl('/', 'en'));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.goto(replicaUrl('/Ikamet/OnKayit'));
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.click('#dilSecimi');
  await page.waitForURL('**/Ikamet/OnKayit?lang=tr');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
  await expect(page.locator('label[for="babaAd"]')).toHaveText('Baba Adı');
  await context.close();
});

test('paths match case-insensitively and unknown paths get a 404 page', async () => {
  const { context, page } = await openSession('tr');
  const lower = await page.goto(replicaUrl('/ikamet/basvuru/ilkbasvuru'));
  expect(lower?.status()).toBe(200);
  await expect(page.locator('button.btn-eikamet-mavi.btn-detay').first()).toHaveText(
    'Yeni Bir Başvuru Yapmak İstiyorum',
  );
  const missing = await page.goto(replicaUrl('/Ikamet/YokBoyleBirSayfa'));
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h2')).toHaveText('Sayfa Bulunamadı');
  await context.close();
});
