/**
 * Store screenshots (1280×800, the size both stores take) of the assistant at work on the
 * replica, one set of five (the Chrome store's most) per listing language (docs/store/): field
 * hints, a headline warning, the document checklist, the toolbar popup over the page, and a fill
 * from the chosen profile. Driven
 * through the extension's own UI as a person would (the profiles come in through the popup's
 * import), waiting on the assistant's `data-settled` marker rather than on pauses.
 *
 * Used by `npm run demo -- --store-screenshots DIR` (scripts/demo.ts), after `wxt build`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { launchBrowser } from '../tests/support/launch';
import { routeReplica } from '../tests/support/replica';
import { SHORT_TERM, WIZARD_PATHS } from '../tests/support/replica-texts';
import {
  assistantSettled,
  HOST,
  nextStep,
  openPanel,
  openReplica,
  pickOption,
  trDateFromToday,
  typeDate,
} from '../tests/support/wizard';

export const STORE_SIZE = { width: 1280, height: 800 } as const;
/** Browser width of the toolbar popup (entrypoints/popup/style.css) and a typical height. */
const POPUP_SIZE = { width: 400, height: 600 } as const;

/** A listing language: the browser's locale (so the assistant speaks it) and the replica's page language. */
const LISTINGS = {
  en: { locale: 'en-US', replica: 'en' },
  tr: { locale: 'tr-TR', replica: 'tr' },
  ar: { locale: 'ar', replica: 'tr' },
  ru: { locale: 'ru-RU', replica: 'tr' },
} as const;
export type ListingLang = keyof typeof LISTINGS;
export const LISTING_LANGS = Object.keys(LISTINGS) as ListingLang[];

/** Made-up clients for the pictures, in the documented export format (docs/profile-format.md). */
function demoClients(): string {
  const stamp = '2026-01-05T09:00:00.000Z';
  const client = (id: string, fields: Record<string, unknown>) => ({
    id,
    createdAt: stamp,
    updatedAt: stamp,
    ...fields,
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'eikamet-store-')), 'clients.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'eikamet-assistant/profiles',
      version: 2,
      exportedAt: stamp,
      profiles: [
        client('demo-omar', {
          givenName: 'Omar',
          surname: 'Haddad',
          birthDate: '04.05.1990',
          gender: 'male',
          nationality: 'SY',
          passportType: 'ordinary',
          passportNumber: 'N12345678',
          passportIssueDate: '01.02.2020',
          passportExpiry: '01.02.2030',
          passportIssuingCountry: 'SY',
          passportIssuingAuthority: 'Damascus',
          mobile: '5321234567',
        }),
        client('demo-anna', {
          givenName: 'Anna',
          surname: 'Petrova',
          nationality: 'RU',
          passportNumber: '751234567',
          passportExpiry: '14.09.2031',
        }),
        client('demo-jonas', {
          givenName: 'Jonas',
          surname: 'Weber',
          nationality: 'DE',
          passportNumber: 'C01X00T47',
          passportExpiry: '01.03.2031',
        }),
        client('demo-leyla', {
          givenName: 'Leyla',
          surname: 'Hasanova',
          nationality: 'AZ',
          foreignerId: '99876543210',
        }),
      ],
    }),
  );
  return file;
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
    }));
  return new URL(worker.url()).host;
}

/** Imports the demo clients through the popup and chooses Omar Haddad for the e-İkamet tabs. */
async function importAndChoose(popup: Page): Promise<void> {
  await popup.setInputFiles('[data-import-file]', demoClients());
  await popup.click('[data-action="confirm-import"]');
  const rows = popup.locator('[data-profile-list] [data-profile-id]');
  await expect(rows).toHaveCount(4);
  const omar = rows.filter({ hasText: 'Haddad' });
  await omar.locator('[data-use-profile]').click();
  await expect(omar.locator('[data-use-profile]')).toHaveAttribute('aria-pressed', 'true');
}

/** The page, with the popup as the browser shows it: under the toolbar, at the right. */
async function popupOverPage(context: BrowserContext, pageShot: Buffer, popupShot: Buffer, file: string) {
  const board = await context.newPage();
  await board.setViewportSize(STORE_SIZE);
  const image = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await board.setContent(`<!doctype html><html><body style="margin:0;width:${STORE_SIZE.width}px;height:${STORE_SIZE.height}px;overflow:hidden;position:relative;background:#fff">
    <img src="${image(pageShot)}" style="position:absolute;inset:0;width:100%;height:100%">
    <img src="${image(popupShot)}" style="position:absolute;top:8px;right:24px;width:${POPUP_SIZE.width}px;border:1px solid #c8c8c8;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.28)">
  </body></html>`);
  await board.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  await board.screenshot({ caret: 'initial', path: file });
  await board.close();
}

/** Writes `<lang>-<n>-<scene>.png` for one listing language; returns the files. */
export async function storeScreenshots(dir: string, lang: ListingLang): Promise<string[]> {
  const { locale, replica } = LISTINGS[lang];
  const context = await launchBrowser({ headless: true, viewport: STORE_SIZE, locale });
  const written: string[] = [];
  const shot = async (target: Page, name: string) => {
    const file = path.join(dir, `${lang}-${name}.png`);
    await target.screenshot({ caret: 'initial', path: file });
    written.push(file);
  };
  try {
    await routeReplica(context, { lang: replica });
    const id = await extensionId(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const host = page.locator(HOST);

    // 1. Every field explained: the personal step, the hint beside the field being filled.
    await openReplica(page, WIZARD_PATHS.personal);
    await openPanel(host);
    await page.locator('#Kisisel_Ad').fill('OMAR');
    await page.locator('#Kisisel_Soyad').fill('HADDAD');
    await typeDate(page, 'Kisisel_DogumTarihi', trDateFromToday(-30, -70));
    await page.locator('#Kisisel_BabaAd').click();
    await assistantSettled(page);
    await expect(host.locator('.tooltip:not([hidden])').first()).toBeVisible();
    await shot(page, '1-hints');

    // 2. A warning before a costly mistake: the passport ends too soon for the permit asked for.
    await nextStep(page, replica);
    await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(200));
    await page.keyboard.press('Tab');
    await nextStep(page, replica);
    await pickOption(page, 'IkametIzni_Turu', SHORT_TERM[replica]);
    await typeDate(page, 'IkametIzni_BaslangicTarihi', trDateFromToday(10));
    await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(365));
    await expect(host.locator('[data-findings] [data-rule="passport-validity"]')).toBeVisible();
    await assistantSettled(page);
    await shot(page, '2-warning');

    // 3. The documents to bring, for this permit.
    await host.locator('[data-checklist-section] > summary').click();
    await expect(host.locator('[data-checklist] [data-doc]').first()).toBeVisible();
    await host.locator('[data-checklist-section]').scrollIntoViewIfNeeded();
    await assistantSettled(page);
    await shot(page, '3-checklist');

    // 4. The popup: clients kept on this device, one chosen for the e-İkamet tabs.
    const popup = await context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await importAndChoose(popup);
    await popup.evaluate(() => window.scrollTo(0, 0));
    const popupShot = await popup.screenshot({ caret: 'initial' });

    // 5. Filled on request from the chosen profile, with what was filled and an undo.
    const fillPage = await context.newPage();
    await openReplica(fillPage, WIZARD_PATHS.passport);
    const fillHost = fillPage.locator(HOST);
    await openPanel(fillHost);
    await fillHost.locator('[data-action="fill"]').click();
    await expect(fillHost.locator('[data-fill-summary]')).toBeVisible();
    await assistantSettled(fillPage);
    const file = path.join(dir, `${lang}-4-popup.png`);
    await popupOverPage(context, await fillPage.screenshot({ caret: 'initial' }), popupShot, file);
    written.push(file);
    await shot(fillPage, '5-fill');
  } finally {
    await context.close();
  }
  return written;
}
