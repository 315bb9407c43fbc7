/**
 * The demo: builds the extension and opens Chromium with it over the bundled replica of the
 * e-İkamet pages, served at the real hostname.
 *
 *   npm run demo                         a browser window (needs a display)
 *   npm run demo -- --screenshots DIR    headless: one PNG per replica page and language, then
 *                                        the popup (profile list, editor, look-ups) and the
 *                                        options page in each language
 *   npm run demo -- --store-screenshots DIR   headless: the store screenshots, 1280×800, per
 *                      listing language (docs/store/), `--lang en,tr` for some of them only
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchBrowser } from '../tests/support/launch';
import { REPLICA_PAGES, routeReplica } from '../tests/support/replica';
import { assistantSettled } from '../tests/support/wizard';
import { LISTING_LANGS, type ListingLang, storeScreenshots } from './store-screenshots';

const HOST = 'https://e-ikamet.goc.gov.tr';
const LANGS = ['tr', 'en'] as const;
/** The assistant's own languages, for the popup and options page. */
const UI_LANGS = ['tr', 'en', 'ar', 'ru'] as const;
/** Sample profiles, put in through the popup's own import as a person would. */
const SAMPLE_PROFILES = path.resolve('tests/fixtures/profiles/import/good-v2.json');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function screenshots(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const lang of LANGS) {
    const context = await launchBrowser({ headless: true });
    await routeReplica(context, { lang });
    const page = context.pages()[0] ?? (await context.newPage());
    for (const entry of REPLICA_PAGES) {
      await page.goto(HOST + entry.path);
      const host = page.locator('eikamet-assistant');
      // The assistant has read the page, its badges are placed and the page's own set-up is done.
      const settled = await assistantSettled(page).then(
        () => true,
        () => false,
      );
      const recognised = settled ? await host.getAttribute('data-page') : null;
      const file = path.join(dir, `${lang}-${entry.id}.png`);
      await page.screenshot({ caret: 'initial', path: file, fullPage: true });
      const mark = recognised === entry.expectedKind ? 'ok ' : 'MISMATCH';
      console.log(
        `${mark} ${lang} ${entry.id.padEnd(28)} recognised as ${recognised ?? '(no overlay)'} → ${file}`,
      );
    }
    await context.close();
  }
  for (const lang of UI_LANGS) await extensionPages(dir, lang);
}

async function extensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  return new URL(worker.url()).host;
}

/** The popup (first run, list, editor, look-ups) and the options page, in one UI language. */
async function extensionPages(dir: string, lang: (typeof UI_LANGS)[number]): Promise<void> {
  const context = await launchBrowser({ headless: true, viewport: { width: 400, height: 600 } });
  const id = await extensionId(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const shot = async (name: string, fullPage = true) => {
    const file = path.join(dir, `${lang}-${name}.png`);
    await page.screenshot({ caret: 'initial', path: file, fullPage });
    console.log(`ok  ${lang} ${name.padEnd(28)} → ${file}`);
  };
  await page.goto(`chrome-extension://${id}/popup.html`);
  await page.selectOption('[data-language]', lang);
  await page.locator(`html[lang="${lang}"]`).waitFor();
  await shot('popup-first-run');
  await page
    .locator('[data-vault-dismiss]')
    .click()
    .catch(() => undefined);
  await page.setInputFiles('[data-import-file]', SAMPLE_PROFILES);
  await page.locator('[data-action="confirm-import"]').click();
  await page.locator('[data-profile-list] [data-profile-id]').first().waitFor();
  await shot('popup-profiles');
  await page.locator('[data-action="new"]').click();
  await page.locator('#field-givenName').waitFor();
  await shot('popup-editor');
  await page
    .locator('[data-action="cancel"]')
    .click()
    .catch(() => undefined);
  for (const tab of ['checklist', 'deadlines', 'fees']) {
    await page.locator(`[data-tab="${tab}"]`).click();
    await page.waitForTimeout(300); // the look-up loads on first use
    await shot(`popup-${tab}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.locator('[data-app="options"]').waitFor();
  await shot('options', false);
  await context.close();
}

async function storeShots(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const asked = argument('--lang')?.split(',') ?? LISTING_LANGS;
  const unknown = asked.filter((lang) => !(LISTING_LANGS as string[]).includes(lang));
  if (unknown.length > 0)
    throw new Error(`Unknown --lang ${unknown.join(', ')}: choose from ${LISTING_LANGS.join(', ')}.`);
  for (const lang of asked as ListingLang[])
    for (const file of await storeScreenshots(dir, lang)) console.log(`${lang} → ${file}`);
}

async function interactive(): Promise<void> {
  const lang = argument('--lang') === 'en' ? 'en' : 'tr';
  const context = await launchBrowser({ headless: false, viewport: { width: 1400, height: 900 } });
  await routeReplica(context, { lang });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${HOST}/`);
  console.log('The replica is open at the real address. Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const storeDir = argument('--store-screenshots');
  if (storeDir) return storeShots(path.resolve(storeDir));
  const dir = argument('--screenshots');
  if (dir) return screenshots(path.resolve(dir));
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run `npm run demo -- --screenshots <dir>` to get a PNG of every page.');
    process.exit(1);
  }
  return interactive();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
