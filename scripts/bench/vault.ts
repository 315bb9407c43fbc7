/**
 * The encrypted vault in the toolbar popup, in Chromium with the built extension, at 1,000
 * profiles: turning encryption on (every record and the list head sealed), popup ready while
 * unlocked (navigation start → first row, decrypting the list head) and while locked (navigation
 * start → unlock form), and unlocking (the click on "Unlock" → PBKDF2 600,000 + unwrap done, and
 * → first rows of the decrypted list). Figures only; nothing here asserts a timing.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { clearExtensionData, waitForLayoutMove } from '../../tests/support/stored-profiles';
import { benchProfiles } from './popup';
import { median } from './stats';

const PASS = 'bench passphrase with four words';

declare const chrome: {
  storage: {
    local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> };
    session: { clear(): Promise<void> };
  };
};

export interface VaultBench {
  readonly count: number;
  /** Click "Encrypt" → encryption settings shown (every record sealed). */
  readonly encryptAll: number;
  /** For comparison: popup ready with the same profiles and no vault. */
  readonly readyPlain: number;
  readonly readyUnlocked: number;
  readonly readyLocked: number;
  /** Click "Unlock" → key derived and data key unwrapped. */
  readonly unlock: number;
  /** Click "Unlock" → first rows of the decrypted list. */
  readonly unlockToRows: number;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

const markTime = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, name);

async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 60_000,
  });
}

export async function benchVault(context: BrowserContext, runs: number, count = 1_000): Promise<VaultBench> {
  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await clearExtensionData(worker);
  await worker.evaluate(async (items) => {
    await chrome.storage.local.set({ profiles: items, profiles$: { v: 2 }, 'ui:language': 'en' });
  }, benchProfiles(count));
  await waitForLayoutMove(worker);

  const readyPlain: number[] = [];
  // The first opening moves the seeded layout and writes the list head; it is not counted.
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPopup(context, extensionId);
    await waitForMark(page, 'profile-list:complete');
    if (run > 0) readyPlain.push(await markTime(page, 'profile-list:first-rows'));
    await page.close();
  }

  const setup = await openPopup(context, extensionId);
  await waitForMark(setup, 'profile-list:complete');
  await setup.click('[data-vault-start]');
  await setup.fill('[data-vault-passphrase]', PASS);
  await setup.fill('[data-vault-confirm]', PASS);
  const encryptStart = performance.now();
  await setup.click('[data-vault-encrypt]');
  await setup.locator('[data-vault-settings]').waitFor({ timeout: 120_000 });
  const encryptAll = performance.now() - encryptStart;
  await setup.close();

  const readyUnlocked: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await openPopup(context, extensionId);
    await waitForMark(page, 'profile-list:complete');
    readyUnlocked.push(await markTime(page, 'profile-list:first-rows'));
    await page.close();
  }

  const readyLocked: number[] = [];
  const unlock: number[] = [];
  const unlockToRows: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await worker.evaluate(() => chrome.storage.session.clear());
    const page = await openPopup(context, extensionId);
    await waitForMark(page, 'vault:unlock-form');
    readyLocked.push(await markTime(page, 'vault:unlock-form'));
    await page.fill('[data-vault-unlock-passphrase]', PASS);
    const start = await page.evaluate(() => performance.now());
    await page.click('[data-vault-unlock-submit]');
    await waitForMark(page, 'profile-list:first-rows');
    unlock.push((await markTime(page, 'vault:unlocked')) - start);
    unlockToRows.push((await markTime(page, 'profile-list:first-rows')) - start);
    await page.close();
  }

  return {
    count,
    encryptAll,
    readyPlain: median(readyPlain),
    readyUnlocked: median(readyUnlocked),
    readyLocked: median(readyLocked),
    unlock: median(unlock),
    unlockToRows: median(unlockToRows),
  };
}
