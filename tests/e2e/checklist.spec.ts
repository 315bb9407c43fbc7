/**
 * The document checklist in the panel, on the replica (`npx wxt build` first). The test is the
 * user: it picks the permit type on the page, ticks documents in the panel, moves through the
 * wizard with the page's own buttons, and presses "Print". The checklist follows what the page
 * says (type, kind, the applicant's age) and keeps the ticks for this application only.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { type ReplicaLang, routeReplica } from '../support/replica';
import {
  HOST,
  navigations,
  nextStep,
  openPanel,
  openReplica,
  pageEvents,
  pickOption,
  recordPageEvents,
  requestsOutsideReplica,
  trDateFromToday,
  typeDate,
} from '../support/wizard';

const LOCALE: Record<ReplicaLang, string> = { tr: 'tr-TR', en: 'en-US' };
const TYPE_TEXT: Record<ReplicaLang, { shortTerm: string; student: string }> = {
  tr: { shortTerm: 'Kısa Dönem İkamet İzni', student: 'Öğrenci İkamet İzni' },
  en: { shortTerm: 'Short Term Residence Permit', student: 'Student Residence Permit' },
};
const PERSONAL = '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk';
const PERMIT = '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk';

async function start(page: Page, path: string): Promise<Locator> {
  await recordPageEvents(page);
  await openReplica(page, path);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', /.+/);
  await openPanel(host);
  return host;
}

async function openChecklist(host: Locator): Promise<Locator> {
  const section = host.locator('[data-checklist-section]');
  if ((await section.getAttribute('open')) === null) await section.locator('> summary').click();
  return section;
}

const doc = (host: Locator, id: string) => host.locator(`[data-checklist] [data-doc="${id}"]`);

for (const lang of ['tr', 'en'] as const) {
  test.describe(`document checklist, replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1920, height: 1100 } });

    test('follows the permit type chosen on the page', async ({ context, requests, extensionId }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PERMIT);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await openChecklist(host);
      // Before the page says the type, the panel asks.
      await expect(host.locator('select[data-choice="permitType"]')).toBeVisible();

      await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT[lang].shortTerm);
      await expect(host.locator('[data-checklist]')).toHaveAttribute('data-permit-type', 'short-term');
      await expect(host.locator('[data-from-page="permitType"]')).toBeVisible();
      await expect(doc(host, 'means-declaration')).toBeVisible();
      await expect(doc(host, 'student-certificate')).toHaveCount(0);

      await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT[lang].student);
      await expect(host.locator('[data-checklist]')).toHaveAttribute('data-permit-type', 'student');
      await expect(doc(host, 'student-certificate')).toBeVisible();
      await expect(doc(host, 'means-declaration')).toHaveCount(0);

      expect(await pageEvents(page)).toEqual([]);
      expect(requestsOutsideReplica(requests, extensionId)).toEqual([]);
      expect(navigations(requests).length).toBe(1);
    });

    test('adds documents for a minor from the birth date on step 1, and keeps ticks across steps', async ({
      context,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PERSONAL);
      await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(0, -10));
      await page.keyboard.press('Tab');
      await nextStep(page, lang);
      await nextStep(page, lang);
      await expect(host).toHaveAttribute('data-page', 'wizard-permit');
      await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT[lang].student);
      await openChecklist(host);
      await expect(doc(host, 'minor-birth-certificate')).toBeVisible();

      const box = doc(host, 'passport-original').getByRole('checkbox');
      await box.check();
      await expect(box).toBeChecked();
      await expect(host.locator('[data-checklist-count]')).toContainText('1');

      // Next step: the checklist still knows the type, and the tick is kept.
      await nextStep(page, lang);
      await expect(host).toHaveAttribute('data-page', 'wizard-address');
      await openChecklist(host);
      await expect(host.locator('[data-checklist]')).toHaveAttribute('data-permit-type', 'student');
      await expect(doc(host, 'passport-original').getByRole('checkbox')).toBeChecked();

      // A reload of the page keeps the application (it lives for this tab, not this document).
      await page.reload();
      await openPanel(host);
      await openChecklist(host);
      await expect(doc(host, 'passport-original').getByRole('checkbox')).toBeChecked();
    });

    test('forgets the application once the user goes back to the home page', async ({ context }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      const host = await start(page, PERMIT);
      await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT[lang].student);
      await openChecklist(host);
      await doc(host, 'student-certificate').getByRole('checkbox').check();

      await openReplica(page, '/');
      await expect(host).toHaveAttribute('data-page', 'home');
      await openReplica(page, '/Ikamet/Basvuru/AdresBilgileri?basvuruTuru=ilk');
      await openPanel(host);
      await openChecklist(host);
      await expect(host.locator('select[data-choice="permitType"]')).toHaveValue('');
      await expect(host.locator('[data-checklist]')).toHaveCount(0);
    });
  });
}

test.describe('the end of an application', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1920, height: 1100 } });

  test('saving on the summary step forgets it; saving without consent does not', async ({ context }) => {
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    const host = await start(page, PERMIT);
    await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT.tr.student);
    await openChecklist(host);
    await doc(host, 'student-certificate').getByRole('checkbox').check();
    await nextStep(page, 'tr');
    await nextStep(page, 'tr');
    await nextStep(page, 'tr');
    await expect(host).toHaveAttribute('data-page', 'wizard-summary');

    // Without the consent box the site refuses to save: the application goes on.
    const save = page.getByRole('button', { name: 'Kaydet', exact: true });
    await save.click();
    await expect(page.getByText("Devam etmek için 'Okudum, anladım' kutusunu işaretleyiniz.")).toBeVisible();
    await openChecklist(host);
    await expect(doc(host, 'student-certificate').getByRole('checkbox')).toBeChecked();

    // The user ticks the consent box and saves.
    await page.locator('#Ozet_OkudumAnladim').check();
    await save.click();
    await expect(page.getByText('Başvurunuz kaydedildi.', { exact: false })).toBeVisible();
    await expect(host.locator('[data-checklist]')).toHaveCount(0);
    await expect(host.locator('select[data-choice="permitType"]')).toHaveValue('');
  });
});

test.describe('printing the checklist', () => {
  test.use({ locale: 'en-US', viewport: { width: 1920, height: 1100 } });

  test('opens a clean one-page list with the applicant name, from our own extension page', async ({
    context,
    extensionId,
  }) => {
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    const host = await start(page, PERSONAL);
    await page.locator('#Kisisel_Ad').fill('AYŞE NUR');
    await page.locator('#Kisisel_Soyad').fill('YILMAZ');
    await nextStep(page, 'en');
    await nextStep(page, 'en');
    await pickOption(page, 'IkametIzni_Turu', TYPE_TEXT.en.student);
    await openChecklist(host);
    await doc(host, 'student-certificate').getByRole('checkbox').check();
    const shown = await host.locator('[data-checklist] [data-doc]').count();

    const [printPage] = await Promise.all([
      context.waitForEvent('page'),
      host.locator('[data-action="print-checklist"]').click(),
    ]);
    await expect(printPage).toHaveURL(
      new RegExp(`^chrome-extension://${extensionId}/checklist-print\\.html\\?tab=\\d+$`),
    );
    const sheet = printPage.locator('[data-print-checklist]');
    await expect(sheet.locator('[data-applicant]')).toContainText('AYŞE NUR YILMAZ');
    await expect(sheet.locator('[data-doc]')).toHaveCount(shown);
    await expect(sheet.locator('[data-doc="student-certificate"]')).toHaveAttribute('data-ticked', 'true');
    await expect(sheet.locator('[data-doc="passport-original"]')).toHaveAttribute('data-ticked', 'false');
    // The print stylesheet hides the button; the e-İkamet tab is where it was.
    await printPage.emulateMedia({ media: 'print' });
    await expect(sheet.locator('.print-button')).toBeHidden();
    await expect(page.locator(HOST)).toHaveAttribute('data-page', 'wizard-permit');
    expect(await pageEvents(page)).toEqual([]);
  });
});

test.describe('a printable checklist that is gone', () => {
  test.use({ locale: 'tr-TR' });

  test('says so in the browser’s language, with the way back', async ({ context, extensionId }) => {
    const page = await context.newPage();
    // No checklist was stored for this tab (the browser was restarted, or the tab closed).
    await page.goto(`chrome-extension://${extensionId}/checklist-print.html?tab=424242`);
    await expect(page.locator('#app')).toHaveText(
      'Bu kontrol listesi artık yok. Asistan panelinden yeniden yazdırın.',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  });
});
