/**
 * Playwright fixture with the built extension loaded (run `npx wxt build` first; this file
 * builds nothing). Headless Chromium from tests/support/chromium.ts, a fresh profile per test.
 * The extension comes from `.output/chrome-mv3`, or from EIKAMET_EXTENSION_DIR when set (a
 * copy of a build, so a rebuild in the working tree cannot swap files under a running test).
 *
 * Fixtures:
 * - `context`: the persistent context; any http(s) request nothing else routes is aborted,
 *   so a test can never reach the real network. Tests add `routeReplica(context, { lang })`.
 * - `requests`: every request the browser made, in order (pages, sub-resources, workers).
 * - `serviceWorker`: the extension's background worker, or undefined when it has none.
 * - `extensionId`: from the worker when there is one, else derived from the unpacked path.
 * - `seedStorage(values)`: writes `chrome.storage.local` as the extension would, before a visit.
 *   Profiles given in an older layout (`profiles` + `profiles$`, or `profile:<id>` keys) are what
 *   an older version left there: it resolves once the background has moved them into the profile
 *   store (IndexedDB, out of content scripts' reach), so specs see them where the extension keeps them.
 * Playwright's own `locale` and `viewport` options are honoured (`test.use({ locale: 'tr-TR' })`).
 *
 * Screenshots are taken with `caret: 'initial'`: Playwright otherwise hides the caret by writing
 * a style onto every input, ours included, and the overlay's click guard rightly reads a change
 * it did not make as tampering and holds its actions for a moment (src/ui/overlay/click-guard.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, type Page, type Worker } from '@playwright/test';
import { EXTENSION_DIR, launchBrowser } from './launch';
import { waitForLayoutMove } from './stored-profiles';

export { EXTENSION_DIR };

export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  readonly navigation: boolean;
  readonly fromServiceWorker: boolean;
}

interface ExtensionFixtures {
  context: BrowserContext;
  requests: RecordedRequest[];
  serviceWorker: Worker | undefined;
  extensionId: string;
  seedStorage: (values: Record<string, unknown>) => Promise<void>;
}

/** Chromium's id for an unpacked extension without a `key`: sha256 of its path, hex mapped to a–p. */
export function unpackedExtensionId(extensionPath: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionPath)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The one extension API these helpers call inside the browser (tests have no chrome typings). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  requests: async ({}, use) => {
    await use([]);
  },

  context: async ({ locale, viewport, requests }, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
    }
    // Playwright's `trace` option traces this context too (every context made during a test):
    // starting another trace here would fail with "Tracing has been already started".
    const context = await launchBrowser({ locale, viewport });
    context.on('request', (request) => {
      requests.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
        navigation: request.isNavigationRequest(),
        fromServiceWorker: request.serviceWorker() !== null,
      });
    });
    // Registered first, so every later, more specific route (the replica) takes precedence.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('blockedbyclient'),
    );
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    const worker =
      context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
      (await context
        .waitForEvent('serviceworker', {
          predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
          timeout: 3_000,
        })
        .catch(() => undefined));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(serviceWorker ? new URL(serviceWorker.url()).host : unpackedExtensionId(EXTENSION_DIR));
  },

  seedStorage: async ({ context, serviceWorker, extensionId }, use) => {
    await use(async (values) => {
      if (serviceWorker) {
        await serviceWorker.evaluate((items) => chrome.storage.local.set(items), values);
        await waitForLayoutMove(serviceWorker);
        return;
      }
      // No background: any document at the extension's origin has the storage API.
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/manifest.json`);
        await page.evaluate((items) => chrome.storage.local.set(items), values);
      } finally {
        await page.close();
      }
    });
  },
});

export const expect = test.expect;

/**
 * Opens the popup or the options page as a person who answers the first-run offer to encrypt
 * with "Not now" (the offer stands before the profiles while nothing was ever stored). Specs about
 * the offer itself (vault-later, surfaces, vault) open the page themselves.
 */
export async function openProfilesPage(
  page: Page,
  extensionId: string,
  file: 'popup.html' | 'options.html',
): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  const ready = page.locator('[data-app="popup"], [data-app="options"]');
  const offer = page.locator('[data-app="vault-first-run"]');
  await expect(ready.or(offer).first()).toBeVisible();
  if (await offer.isVisible()) await offer.locator('[data-vault-dismiss]').click();
  await expect(ready.first()).toBeVisible();
}
