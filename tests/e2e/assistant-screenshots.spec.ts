/**
 * The assistant on every wizard step, in Turkish and in Arabic (right to left), through one
 * application with a live error, a live warning and the checklist open: screenshots for a
 * human to look at (system temp dir, `eik4-<lang>-<step>.png`), and on each step the checks a
 * screenshot cannot make by itself: the open panel sits beside the form and covers none of its
 * rows, and no hint covers the field it belongs to.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { routeReplica } from '../support/replica';
import { HOST, nextStep, openReplica, pickOption, trDateFromToday, typeDate } from '../support/wizard';

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

async function checkLayout(page: Page, host: Locator, name: string): Promise<void> {
  const panel = await host.locator('.panel-body').boundingBox();
  if (!panel) throw new Error('panel not rendered');
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.form-group')]
      .map((row) => row.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map(({ x, y, width, height }) => ({ x, y, width, height })),
  );
  for (const row of rows) expect(apart(panel, row), `${name}: panel over a form row`).toBe(true);
  // The hint open beside the field the user is in never covers that field.
  const field = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    const { x, y, width, height } = (
      active.closest('.k-picker, .k-datepicker, .k-dropdownlist, .k-widget') ?? active
    ).getBoundingClientRect();
    return { x, y, width, height };
  });
  for (const tooltip of await host.locator('.tooltip:not([hidden])').all()) {
    const box = await tooltip.boundingBox();
    if (field && box) expect(apart(box, field), `${name}: hint over its field`).toBe(true);
  }
  await page.screenshot({ caret: 'initial', path: path.join(tmpdir(), `eik4-${name}.png`) });
}

for (const ui of ['tr', 'ar'] as const) {
  test.describe(`assistant on each wizard step, ${ui.toUpperCase()}`, () => {
    test.use({ locale: 'tr-TR', viewport: { width: 1920, height: 1080 } });

    test(`${ui}: panel beside the form on every step, findings and checklist shown`, async ({
      context,
      seedStorage,
    }) => {
      test.setTimeout(120_000);
      await seedStorage({ 'ui:language': ui });
      await routeReplica(context, { lang: 'tr' });
      const page = await context.newPage();
      await openReplica(page, '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk');
      const host = page.locator(HOST);
      await expect(host.locator('.panel-body')).toBeVisible();
      await expect(host.locator('.panel')).toHaveAttribute('dir', ui === 'ar' ? 'rtl' : 'ltr');
      await page.locator('#Kisisel_Ad').fill('AYŞE NUR');
      await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));
      await page.locator('#Kisisel_BabaAd').click();
      await checkLayout(page, host, `${ui}-1-personal`);

      await nextStep(page, 'tr');
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(200));
      await page.keyboard.press('Tab');
      await checkLayout(page, host, `${ui}-2-passport`);

      await nextStep(page, 'tr');
      await pickOption(page, 'IkametIzni_Turu', 'Kısa Dönem İkamet İzni');
      await typeDate(page, 'IkametIzni_BaslangicTarihi', trDateFromToday(10));
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(365));
      await expect(host.locator('[data-findings] [data-rule="passport-validity"]')).toBeVisible();
      await checkLayout(page, host, `${ui}-3-permit`);
      await host.locator('[data-checklist-section] > summary').click();
      await expect(host.locator('[data-checklist] [data-doc]').first()).toBeVisible();
      await checkLayout(page, host, `${ui}-3b-permit-checklist`);
      await host.locator('[data-checklist-section] > summary').click();

      await nextStep(page, 'tr');
      await checkLayout(page, host, `${ui}-4-address`);

      await nextStep(page, 'tr');
      await pickOption(page, 'Sigorta_Turu', 'Özel Sağlık Sigortası');
      await expect(host.locator('[data-findings] [data-rule="insurance-age"]')).toBeVisible();
      await checkLayout(page, host, `${ui}-5-insurance`);

      await nextStep(page, 'tr');
      await checkLayout(page, host, `${ui}-6-summary`);

      await host.locator('.panel-close').click();
      await expect(host.locator('[data-tab-severity="error"]')).toBeVisible();
      await page.screenshot({ caret: 'initial', path: path.join(tmpdir(), `eik4-${ui}-7-collapsed.png`) });
    });
  });
}
