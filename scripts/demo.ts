/**
 * The demo: builds the extension and opens Chromium with it over the bundled replica of the
 * e-İkamet pages, served at the real hostname.
 *
 *   npm run demo                                 a browser window (needs a display)
 *   npm run demo -- --screenshots DIR            headless: one PNG per replica page and language
 *   npm run demo -- --store-screenshots DIR      headless: the store screenshots, 1280×800, per
 *                      listing language (docs/store/), `--lang en,tr` for some of them only
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/launch';
import { REPLICA_PAGES, routeReplica } from '../tests/support/replica';
import { assistantSettled } from '../tests/support/wizard';
import { LISTING_LANGS, type ListingLang, storeScreenshots } from './store-screenshots';

const HOST = 'https://e-ikamet.goc.gov.tr';
const LANGS = ['tr', 'en'] as const;

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
      await page.screenshot({ path: file, fullPage: true });
      const mark = recognised === entry.expectedKind ? 'ok ' : 'MISMATCH';
      console.log(
        `${mark} ${lang} ${entry.id.padEnd(28)} recognised as ${recognised ?? '(no overlay)'} → ${file}`,
      );
    }
    await context.close();
  }
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
