/**
 * Teaching the assistant a field the catalogue does not know, the way a person would: on the
 * replica's passport step with a field added (`extra-field`: "Referans Kodu / Reference Code"),
 * the page is recognised only partly and nothing is filled; the person says from the panel that
 * the field is the foreigner identity number, and the fill then sets it. What was taught
 * survives a reload, leaves in a value-free page map file that a fresh browser imports, and is
 * removed cleanly from the options page (the page is then partly recognised again).
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { waitForReplica } from '../support/bridge-harness';
import { expect, openProfilesPage, test } from '../support/extension';
import { launchBrowser } from '../support/launch';
import { applyPageVariant, UNKNOWN_EXTRA_LABEL } from '../support/page-variants';
import { profileSeed, SECRET_PROFILE_VALUES } from '../support/profile-seed';
import { replicaUrl, routeReplica } from '../support/replica';
import { HOST, openPanel } from '../support/wizard';

const PASSPORT = '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk';
const FOREIGNER_ID = '99123456789';

test.use({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

/** Runs the generator in the page; it names the added field's label from outside itself. */
const EXTRA_FIELD = `(() => { const UNKNOWN_EXTRA_LABEL = ${JSON.stringify(UNKNOWN_EXTRA_LABEL)};
  (${applyPageVariant.toString()})(document, 'extra-field', 1); })()`;

/** The passport step as the real site might show it: one field more than the catalogue knows. */
async function openChangedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(replicaUrl(PASSPORT, 'tr'));
  await waitForReplica(page);
  await page.evaluate(EXTRA_FIELD);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', 'wizard-passport');
  await openPanel(host);
  return page;
}

/** The options page in a new tab, past the first-run offer to encrypt in a fresh browser. */
async function optionsPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await openProfilesPage(page, extensionId, 'options.html');
  return page;
}

test('a field taught from the panel is recognised and filled, kept, exported, imported elsewhere and removed', async ({
  context,
  extensionId,
  seedStorage,
}) => {
  await seedStorage(profileSeed());
  await routeReplica(context, { lang: 'tr' });
  const page = await openChangedPage(context);
  const host = page.locator(HOST);

  // Partly recognised: no fill, and the unknown field offered for teaching.
  await expect(host.locator('[data-fill-unavailable="drift"]')).toBeVisible();
  await expect(host.locator('[data-action="fill"]')).toHaveCount(0);
  const field = host.locator(`[data-teach-field="${UNKNOWN_EXTRA_LABEL}"]`);
  await field.locator('select').selectOption('foreignerId');
  await field.locator('[data-action="teach"]').click();

  // Recognised whole now: the fill sets the taught field too.
  const fill = host.locator('[data-action="fill"]');
  await expect(fill).toBeVisible();
  await expect(host.locator('[data-teach]')).toHaveCount(0);
  await fill.click();
  const summary = host.locator('[data-fill-summary]');
  await expect(summary.locator('[data-fill-result="filled"][data-field="foreignerId"]')).toHaveCount(1);
  await expect(page.locator('#ekAlanReferans')).toHaveValue(FOREIGNER_ID);
  await expect(page.locator('#SeyahatBelgesi_BelgeNo')).toHaveValue('N12345678');

  // Kept across a reload.
  await page.reload();
  await waitForReplica(page);
  await page.evaluate(EXTRA_FIELD);
  await openPanel(host);
  await expect(host.locator('[data-action="fill"]')).toBeVisible();
  await expect(host.locator('[data-fill-unavailable]')).toHaveCount(0);

  // Listed in the options page and exported as a page map without any value.
  const options = await optionsPage(context, extensionId);
  const taught = options.locator('[data-page-maps] [data-taught="foreignerId"]');
  await expect(taught).toContainText(UNKNOWN_EXTRA_LABEL);
  const download = options.waitForEvent('download');
  await options.locator('[data-action="export-page-map"]').click();
  const file = await (await download).path();
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'eikamet-assistant/page-map',
    fields: [{ page: 'wizard-passport', label: UNKNOWN_EXTRA_LABEL, key: 'foreignerId' }],
  });
  for (const secret of SECRET_PROFILE_VALUES) expect(text).not.toContain(secret);

  // A fresh browser: a bad file is refused with a reason; the page map is imported and used.
  const fresh = await launchBrowser({ locale: 'en-US' });
  try {
    await routeReplica(fresh, { lang: 'tr' });
    const freshId = new URL((fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'))).url())
      .host;
    const freshOptions = await optionsPage(fresh, freshId);
    const input = freshOptions.locator('[data-page-map-file]');
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ nope'),
    });
    await expect(freshOptions.locator('[data-page-map-status="error"]')).toContainText('not JSON');
    await expect(freshOptions.locator('[data-page-maps-empty]')).toBeVisible();
    await input.setInputFiles(file);
    await expect(freshOptions.locator('[data-page-map-status="ok"]')).toBeVisible();
    await expect(freshOptions.locator('[data-taught="foreignerId"]')).toBeVisible();
    const freshPage = await openChangedPage(fresh);
    await expect(freshPage.locator(HOST).locator('[data-fill-unavailable]')).toHaveCount(0);
  } finally {
    await fresh.close();
  }

  // Removed cleanly: the open page is partly recognised again at once.
  await options.locator('[data-action="remove-taught"]').click();
  await expect(options.locator('[data-page-maps-empty]')).toBeVisible();
  await expect(host.locator('[data-fill-unavailable="drift"]')).toBeVisible();
  await expect(host.locator(`[data-teach-field="${UNKNOWN_EXTRA_LABEL}"]`)).toBeVisible();
});

test('"Copy page map" copies the page’s labels, structure and keys, and no value', async ({
  context,
  seedStorage,
}) => {
  await seedStorage(profileSeed());
  await routeReplica(context, { lang: 'tr' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://e-ikamet.goc.gov.tr',
  });
  const page = await openChangedPage(context);
  await page.locator('#SeyahatBelgesi_BelgeNo').fill('N12345678');
  const host = page.locator(HOST);
  await host.locator('[data-action="copy-page-map"]').click();
  await expect(host.locator('[data-page-map="copied"]')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const map = JSON.parse(copied);
  expect(map).toMatchObject({ format: 'eikamet-assistant/page-map', page: 'wizard-passport', lang: 'tr' });
  expect(map.fields.map((entry: { key: string }) => entry.key)).toContain('passportNumber');
  expect(map.unknown).toEqual([
    { label: UNKNOWN_EXTRA_LABEL, id: 'ekAlanReferans', name: '', widget: 'text' },
  ]);
  expect(copied).not.toContain('N12345678');
});
