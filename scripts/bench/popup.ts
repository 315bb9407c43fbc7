/**
 * Profiles in the toolbar popup with many clients, in Chromium with the built extension:
 * popup ready (navigation start → first profile row in the DOM, the list's own
 * `profile-list:first-rows` mark), every profile read (`profile-list:complete`), search latency per keystroke (input event → the list's
 * `profile-list:rendered` mark), saving one profile, and stored bytes per profile.
 * Figures only; nothing here asserts a timing.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { clearExtensionData, storedEntries, waitForLayoutMove } from '../../tests/support/stored-profiles';
import { median } from './stats';

/** The shape of the popup e2e test's 10,000 clients: every field a consultant typically fills. */
export function benchProfiles(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    givenName: i % 7 === 0 ? 'Işıl' : 'Maria Elena',
    surname: `Garcia${String.fromCharCode(65 + (i % 26))}`,
    passportNumber: `PA${String(i).padStart(7, '0')}`,
    passportExpiry: '14.09.2031',
    nationality: 'RU',
    foreignerId: `99${String(100_000_000 + i)}`,
    birthDate: '12.03.1990',
    currentPermitEnd: `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.${2026 + (i % 2)}`,
    mobile: '5321234567',
    email: `client${i}@example.com`,
    notes: 'Client since 2024.',
  }));
}

/** The one extension API used inside the worker and the popup (no chrome typings here). */
declare const chrome: {
  storage: {
    local: {
      clear(): Promise<void>;
      set(items: Record<string, unknown>): Promise<void>;
      getBytesInUse(keys: string[] | null): Promise<number>;
      get(keys: string[]): Promise<Record<string, unknown>>;
    };
  };
};

async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Seeds the profiles in the version-2 layout (one `local:profiles` array): the first opening
 * moves them to one key per record, as an upgrade would.
 */
async function seed(worker: Worker, count: number): Promise<void> {
  const profiles = benchProfiles(count);
  await clearExtensionData(worker);
  await worker.evaluate(async (items) => {
    await chrome.storage.local.set({ profiles: items, profiles$: { v: 2 }, 'ui:language': 'en' });
  }, profiles);
  // The background moves them into the profile store at once, as after an upgrade.
  await waitForLayoutMove(worker);
}

/** What the extension's origin uses on disk: the profile store (IndexedDB) and the rest. */
const bytesInUse = (worker: Worker): Promise<number> =>
  worker.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 640 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

interface Opening {
  /** Navigation start → the first rows in the DOM (from the stored list head when there is one). */
  readonly ready: number;
  /** Navigation start → every profile read and validated (search and editing use the full list). */
  readonly complete: number;
}

/** One popup opening, timed by the list's own marks (relative to navigation start). */
async function openOnce(context: BrowserContext, extensionId: string): Promise<Opening> {
  const page = await openPopup(context, extensionId);
  await page.waitForFunction(
    () => performance.getEntriesByName('profile-list:complete').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const opening = await page.evaluate(() => ({
    ready: performance.getEntriesByName('profile-list:first-rows')[0]?.startTime ?? Number.NaN,
    complete: performance.getEntriesByName('profile-list:complete')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return opening;
}

/** The first opening after seeding the older layout rebuilds the list head; wait for it. */
async function waitForListHead(worker: Worker): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if ((await storedEntries(worker)).profilesHead) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the popup never wrote the list head');
}

/**
 * Types `text` one character at a time, in the page: each sample is the time from dispatching
 * the input event to the list's next `profile-list:rendered` mark.
 */
async function keystrokeLatencies(page: Page, text: string): Promise<number[]> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('[data-search]');
    if (!input) throw new Error('no search field');
    const samples: number[] = [];
    for (const char of query) {
      const before = performance.getEntriesByName('profile-list:rendered').length;
      const start = performance.now();
      input.value += char;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (let wait = 0; wait < 2_000; wait += 1) {
        if (performance.getEntriesByName('profile-list:rendered').length > before) break;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const marks = performance.getEntriesByName('profile-list:rendered');
      const mark = marks[marks.length - 1];
      samples.push(marks.length > before && mark ? mark.startTime - start : Number.NaN);
      // Let the browser paint before the next key, as between real keystrokes.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return samples;
  }, text);
}

/** How long a person's click holds the button down (typically 60–150 ms). */
const PRESS_MS = 100;

/**
 * Click "Save" on one opened profile. `write`: the repository's save in the page (the
 * `profile:save` measure: lock, revision check, one record written); `ui`: button released →
 * editor closed, timed from Node (includes Playwright's round trips).
 *
 * The click is a person's: pressed, held for 100 ms, released. Pressing moves focus out of the
 * notes field, and the editor re-renders to show that field's notes. `page.click` releases at
 * once, which put that render, done during a real press, inside the save's measure.
 */
async function saveOne(page: Page, run: number, count: number): Promise<{ write: number; ui: number }> {
  // The last seeded profile, found by its passport number.
  await page.fill('[data-search]', `PA${String(count - 1).padStart(7, '0')}`);
  await page.locator('[data-profile-list] [data-profile-id]').first().waitFor();
  await page.click('[data-profile-name]');
  await page.fill('#field-notes', `Edited by the bench, run ${run}.`);
  await page.hover('[data-action="save"]');
  await page.mouse.down();
  await page.waitForTimeout(PRESS_MS);
  const start = performance.now();
  await page.mouse.up();
  await page.locator('[data-editor]').waitFor({ state: 'detached', timeout: 60_000 });
  const ui = performance.now() - start;
  const write = await page.evaluate(() => {
    const measures = performance.getEntriesByName('profile:save');
    return measures[measures.length - 1]?.duration ?? Number.NaN;
  });
  return { write, ui };
}

export interface PopupBench {
  readonly count: number;
  readonly ready: number;
  readonly complete: number;
  readonly search?: number;
  readonly save?: number;
  readonly saveUi?: number;
  readonly bytesPerProfile: number;
}

/**
 * Medians over `runs` popup openings per size. `context` must have the built extension loaded;
 * its storage is cleared and reseeded for every size.
 */
export async function benchPopup(
  context: BrowserContext,
  runs: number,
  sizes: readonly number[] = [1_000, 10_000],
): Promise<PopupBench[]> {
  const worker = await backgroundWorker(context);
  const extensionId = new URL(worker.url()).host;
  const results: PopupBench[] = [];
  for (const count of sizes) {
    await seed(worker, count);
    // One warm-up opening: code caching of the popup bundle, and the one-time list head rebuild.
    const page = await openPopup(context, extensionId);
    await waitForListHead(worker);
    await page.close();
    const bytes = await bytesInUse(worker);
    const openings: Opening[] = [];
    for (let run = 0; run < runs; run += 1) openings.push(await openOnce(context, extensionId));
    let search: number | undefined;
    let save: number | undefined;
    let saveUi: number | undefined;
    if (count === Math.max(...sizes)) {
      const keys: number[] = [];
      const saves: { write: number; ui: number }[] = [];
      for (let run = 0; run < runs; run += 1) {
        const page = await openPopup(context, extensionId);
        // Search over the full list, not the head's first rows.
        await page.locator('[data-list-complete="true"]').waitFor({ timeout: 60_000 });
        keys.push(...(await keystrokeLatencies(page, 'garcia işıl')));
        await page.fill('[data-search]', '');
        saves.push(await saveOne(page, run, count));
        await page.close();
      }
      search = median(keys.filter((value) => !Number.isNaN(value)));
      save = median(saves.map((one) => one.write));
      saveUi = median(saves.map((one) => one.ui));
    }
    results.push({
      count,
      ready: median(openings.map((opening) => opening.ready)),
      complete: median(openings.map((opening) => opening.complete)),
      ...(search === undefined ? {} : { search }),
      ...(save === undefined ? {} : { save }),
      ...(saveUi === undefined ? {} : { saveUi }),
      bytesPerProfile: bytes / count,
    });
  }
  return results;
}
