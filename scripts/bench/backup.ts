/**
 * A consultant's backup in Chromium with the built extension: 10,000 profiles with long notes
 * seeded, exported from the options page ("Export all"), storage emptied, and the downloaded
 * file imported back. Figures only; nothing here asserts a timing.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Worker } from '@playwright/test';
import { benchProfiles } from './popup';

declare const chrome: {
  storage: {
    local: {
      clear(): Promise<void>;
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: string[] | null): Promise<Record<string, unknown>>;
      getBytesInUse(keys: string[] | null): Promise<number>;
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

const storedCount = (worker: Worker) =>
  worker.evaluate(
    async () =>
      Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('profile:')).length,
  );

export async function benchBackup(context: BrowserContext, count = 10_000): Promise<BackupBench> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const profiles = benchProfiles(count).map((profile) => ({ ...profile, notes: LONG_NOTES }));
  await worker.evaluate(async (items) => {
    await chrome.storage.local.clear();
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

  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ 'ui:language': 'en' });
  });
  await page.goto(url);
  await page.locator('[data-import-file]').waitFor();
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
  const bytes = await worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
  await page.close();
  return { count, exportBytes, check, write, storeWrite, restored, bytesPerProfile: bytes / count };
}
