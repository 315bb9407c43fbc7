/**
 * A consultant's backup in Chromium with the built extension: 10,000 profiles with long notes
 * seeded, exported from the options page ("Export all"), storage emptied, and the downloaded
 * file imported back. Figures only; nothing here asserts a timing.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { clearExtensionData, storedEntries } from '../../tests/support/stored-profiles';
import { benchProfiles } from './popup';

declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

/** About 1 KB of notes per client, Turkish letters included. */
const LONG_NOTES = 'Görüşme notu: kira sözleşmesi, sağlık sigortası ve adres kaydı kontrol edildi. '.repeat(
  12,
);

export interface BackupBench {
  readonly count: number;
  readonly exportBytes: number;
  readonly check: number;
  readonly write: number;
  /** The repository's write alone, in the page (the rest of `write` is the page showing 10,000 rows). */
  readonly storeWrite: number;
  readonly restored: number;
  readonly bytesPerProfile: number;
}

/** Profile records in the profile store (IndexedDB at the extension's origin). */
const storedCount = async (worker: Worker) =>
  Object.keys(await storedEntries(worker)).filter((key) => key.startsWith('profile:')).length;

/** What the extension's origin uses on disk: the profile store and the rest. */
const bytesInUse = (worker: Worker): Promise<number> =>
  worker.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/**
 * Opens the options page on a browser that never stored a profile: it first offers to encrypt,
 * and the bench answers "Not now", as the e2e specs do.
 */
async function openOptionsAfterOffer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const ready = page.locator('[data-import-file]');
  const offer = page.locator('[data-app="vault-first-run"]');
  await ready.or(offer).first().waitFor();
  if (await offer.isVisible()) await offer.locator('[data-vault-dismiss]').click();
  await ready.waitFor();
}

export async function benchBackup(context: BrowserContext, count = 10_000): Promise<BackupBench> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const profiles = benchProfiles(count).map((profile) => ({ ...profile, notes: LONG_NOTES }));
  await clearExtensionData(worker);
  await worker.evaluate(async (items) => {
    await chrome.storage.local.set({ profiles: items, profiles$: { v: 2 }, 'ui:language': 'en' });
  }, profiles);

  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `chrome-extension://${extensionId}/options.html`;
  await page.goto(url);
  await page.locator('[data-profile-table]').waitFor({ timeout: 120_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-action="export-all"]'),
  ]);
  const file = (await download.path()) ?? '';
  const exportBytes = readFileSync(file).length;

  // A fresh browser: nothing stored, as on the consultant's new laptop.
  await clearExtensionData(worker);
  await worker.evaluate(() => chrome.storage.local.set({ 'ui:language': 'en' }));
  await openOptionsAfterOffer(page, url);
  let start = performance.now();
  await page.setInputFiles('[data-import-file]', file);
  await page.locator('[data-import-review]').waitFor({ timeout: 300_000 });
  const check = performance.now() - start;
  start = performance.now();
  await page.click('[data-action="confirm-import"]');
  await page.locator('[data-import-review]').waitFor({ state: 'detached', timeout: 300_000 });
  const write = performance.now() - start;
  const storeWrite = await page.evaluate(
    () => performance.getEntriesByName('profile:import-write')[0]?.duration ?? Number.NaN,
  );
  const restored = await storedCount(worker);
  const bytes = await bytesInUse(worker);
  await page.close();
  return { count, exportBytes, check, write, storeWrite, restored, bytesPerProfile: bytes / count };
}
