/**
 * "Fill from <profile>" on a full wizard step of the replica (TR, personal information: plain
 * inputs, local lists, date pickers, masked phone and the server-side country lists), in
 * Chromium with the built extension: from the user's click on the fill button to the summary
 * appearing, measured in the page. Each run is a fresh load of the step. Figures only; nothing
 * here asserts a timing.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { profileSeed } from '../../tests/support/profile-seed';
import { median } from './stats';

const STEP_URL = 'https://e-ikamet.goc.gov.tr/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk';

/** The one extension API used inside the worker (no chrome typings here). */
declare const chrome: {
  storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
};

async function backgroundWorker(context: BrowserContext): Promise<Worker> {
  const [existing] = context.serviceWorkers();
  return existing ?? (await context.waitForEvent('serviceworker'));
}

/** Page side: the click reaching our shadow root → the summary saying "filled". */
const PROBE = `(() => {
  const host = document.querySelector('eikamet-assistant');
  const root = host && host.shadowRoot;
  if (!root) throw new Error('no overlay');
  const marks = (window.__fillBench = { click: null, summary: null });
  root.addEventListener('click', (event) => {
    if (marks.click === null && event.target.closest && event.target.closest('[data-action="fill"]'))
      marks.click = performance.now();
  }, true);
  const observer = new MutationObserver(() => {
    const summary = root.querySelector('[data-fill-summary][data-fill-state="filled"]');
    if (marks.click !== null && summary && !summary.hidden) {
      marks.summary = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true });
})();`;

export interface FillSample {
  /** The click reaching our shadow root → the summary showing "filled". */
  readonly total: number;
  /** Of which the fill engine (`fillPage`: reading, planning, setting and verifying every field). */
  readonly engine: number;
}

async function fillOnce(context: BrowserContext): Promise<FillSample> {
  const page = await context.newPage();
  await page.goto(STEP_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { replicaReady?: boolean }).replicaReady === true);
  const button = page.locator('eikamet-assistant [data-action="fill"]');
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  await page.evaluate(PROBE);
  await button.click();
  await page.waitForFunction(
    () => (window as unknown as { __fillBench: { summary: number | null } }).__fillBench.summary !== null,
    undefined,
    { timeout: 30_000 },
  );
  // One expression per mark: tsx names inner functions with a helper the page does not have.
  const marks = await page.evaluate(() => ({
    ...(window as unknown as { __fillBench: { click: number; summary: number } }).__fillBench,
    bridge: performance.getEntriesByName('eikamet-assistant:fill:bridge')[0]?.startTime ?? Number.NaN,
    filled: performance.getEntriesByName('eikamet-assistant:fill:filled')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return { total: marks.summary - marks.click, engine: marks.filled - marks.bridge };
}

/**
 * Medians over `runs` fresh loads. `context` must have the built extension loaded and the
 * replica routed; its storage is cleared and reseeded with one active profile.
 */
export async function benchFill(context: BrowserContext, runs: number): Promise<FillSample> {
  const worker = await backgroundWorker(context);
  // The fill e2e test's applicant, in the layout the e2e specs seed (moved on first read).
  await worker.evaluate(async (seed) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ ...seed, 'ui:language': 'en' });
  }, profileSeed());
  const samples: FillSample[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await fillOnce(context));
  return {
    total: median(samples.map((sample) => sample.total)),
    engine: median(samples.map((sample) => sample.engine)),
  };
}
