/**
 * Firefox with the built add-on (`npx wxt build -b firefox` first), driven by puppeteer-core
 * over WebDriver BiDi: Playwright cannot load extensions into Firefox (its Firefox is a patched
 * build and it has no add-on install call), while puppeteer-core talks the standard protocol to
 * Debian's own firefox-esr and installs an unpacked add-on with `browser.installExtension(dir)`.
 *
 * Tests that store data (profiles, the vault) get a fresh Firefox profile each, like the
 * Chromium fixture; the others share one Firefox per locale. The replica is served at
 * https://e-ikamet.goc.gov.tr by request interception; any other web request of a tab is
 * refused and recorded. Firefox's own proxy setting points at a local sink that refuses and
 * records every request that escapes interception (the background page's, a worker's, the
 * browser's own): the network is never reached, and the test sees whatever tried.
 *
 * The add-on gets a fixed internal UUID (pref `extensions.webextensions.uuids`), so its pages
 * have a known moz-extension:// address.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { test as base } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { LOCALE, RECORD_SYNTHETIC_EVENTS, type ScenarioEnv } from '../scenarios/env';
import { type BrowserPort, ReplicaTab, Tab } from '../support/driver';
import { REPLICA_ORIGIN, type ReplicaLang, serveReplica } from '../support/replica';

export const FIREFOX_EXTENSION_DIR = path.resolve(
  process.env.EIKAMET_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2',
);
export const ADDON_ID = 'eikamet-assistant@eikamet-assistant.org';
export const ADDON_UUID = '5e1b7a3c-2f4d-4c8e-9a6b-0d3e5f7a9c1b';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

/** FIREFOX_PATH, else Debian's firefox-esr, else a `firefox` on the usual paths. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'])
    if (existsSync(candidate)) return candidate;
  throw new Error(
    'No Firefox found. Install one with `sudo apt-get install firefox-esr` (Debian), or set FIREFOX_PATH.',
  );
}

/** A local proxy that answers nothing: it records the request line or CONNECT target and closes. */
export async function startSinkProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      const [method = '', target = ''] = chunk.toString('latin1').split('\r\n')[0]?.split(' ') ?? [];
      seen.push(method === 'CONNECT' ? `https://${target}` : target);
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the sink proxy has no port');
  return {
    port: address.port,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchedFirefox {
  readonly browser: Browser;
  /** Web requests of our tabs that went anywhere but the replica, and everything the sink saw. */
  offReplica(): string[];
  /** Notes a tab's web request that was refused for going somewhere else than the replica. */
  recordOffReplica(url: string): void;
  close(): Promise<void>;
}

export async function launchFirefox(options: {
  locale: string;
  extensionDir?: string;
}): Promise<LaunchedFirefox> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json')))
    throw new Error(`No built add-on in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  const sink = await startSinkProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Lets the driver open the add-on's own pages (moz-extension://) in a tab, as a person can.
    args: ['--remote-allow-system-access'],
    // Honour the automation prefs that point Firefox's own remote-settings polling nowhere.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'intl.accept_languages': `${options.locale},${options.locale.split('-')[0]}`,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.http.speculative-parallel-limit': 0,
      'browser.safebrowsing.update.enabled': false,
      'privacy.trackingprotection.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const refused: string[] = [];
  return {
    browser,
    offReplica: () => [...refused, ...sink.seen],
    recordOffReplica: (url) => refused.push(url),
    close: async () => {
      await browser.close().catch(() => undefined);
      await sink.close();
    },
  };
}

const DEFAULT_VIEWPORT = { width: 1366, height: 900 };

function puppeteerPort(page: Page): BrowserPort {
  return {
    browserName: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    type: (text) => page.keyboard.type(text),
    press: async (key) => {
      const parts = key.split('+');
      const main = parts.pop() as string;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    setInputFiles: async (selector, files) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector} to choose files for`);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...files);
    },
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Opens one of the add-on's pages in a new tab. WebDriver BiDi navigates there only with
 * system access (see the launch flag) and puppeteer does not follow the switch to the add-on's
 * process, so the navigation is sent as the protocol's own command, waiting for `complete`.
 */
export async function openAddonPage(
  browser: Browser,
  pagePath: string,
  viewport = DEFAULT_VIEWPORT,
): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const context = (
    page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<void> } }
  ).browsingContext;
  await context.navigate(`${ADDON_ORIGIN}${pagePath}`, 'complete');
  return page;
}

/** A tab where the replica is served at its real address and every other web request refused. */
export async function openReplicaPage(
  firefox: LaunchedFirefox,
  options: { lang: ReplicaLang; csp?: string; viewport?: { width: number; height: number } },
  onNavigation: (pathAndQuery: string) => void = () => undefined,
): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setViewport(options.viewport ?? DEFAULT_VIEWPORT);
  await page.evaluateOnNewDocument(RECORD_SYNTHETIC_EVENTS);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url.startsWith(`${REPLICA_ORIGIN}/`)) {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        const { pathname, search } = new URL(url);
        onNavigation(pathname + search);
      }
      const response = serveReplica(
        { method: request.method(), url, cookie: request.headers().cookie },
        { lang: options.lang, ...(options.csp ? { csp: options.csp } : {}) },
      );
      void request.respond({
        status: response.status,
        contentType: response.contentType,
        body: response.body,
        headers: response.headers ?? {},
      });
      return;
    }
    if (url.startsWith(`${ADDON_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue();
      return;
    }
    firefox.recordOffReplica(url);
    void request.abort('blockedbyclient');
  });
  return page;
}

interface FirefoxFixtures {
  /**
   * A Firefox with the add-on for this test: a fresh one when `ownFirefox` is set, else the
   * worker's Firefox for this test's locale. Pages the test opens are closed after it.
   */
  firefox: LaunchedFirefox;
  /** Start a Firefox for this test alone (a fresh profile: no stored profiles, no vault). */
  ownFirefox: boolean;
  /** A `ScenarioEnv` over this test's Firefox (tests/scenarios). */
  scenarioEnv: (lang: ReplicaLang, viewport?: { width: number; height: number }) => ScenarioEnv;
}

interface FirefoxWorkerFixtures {
  /** One Firefox per locale, started when first asked for and closed with the worker. */
  sharedFirefox: (locale: string) => Promise<LaunchedFirefox>;
}

/** A shared Firefox seen through one test: only the off-replica requests made since it began. */
function forOneTest(shared: LaunchedFirefox): LaunchedFirefox {
  const before = shared.offReplica().length;
  return {
    browser: shared.browser,
    offReplica: () => shared.offReplica().slice(before),
    recordOffReplica: (url) => shared.recordOffReplica(url),
    // The worker closes it.
    close: async () => undefined,
  };
}

/**
 * The Firefox locale of a test: `test.use({ locale })`, as in the Chromium suite. A Firefox
 * start is the costliest step of a test here (several seconds), so tests that keep no data
 * share one per locale, each in tabs of its own.
 */
export const test = base.extend<FirefoxFixtures, FirefoxWorkerFixtures>({
  sharedFirefox: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const started = new Map<string, Promise<LaunchedFirefox>>();
      await use((locale) => {
        let firefox = started.get(locale);
        if (!firefox) {
          firefox = launchFirefox({ locale });
          started.set(locale, firefox);
        }
        return firefox;
      });
      for (const firefox of started.values()) await (await firefox.catch(() => null))?.close();
    },
    { scope: 'worker' },
  ],

  ownFirefox: [false, { option: true }],

  firefox: async ({ locale, ownFirefox, sharedFirefox }, use) => {
    if (ownFirefox) {
      const firefox = await launchFirefox({ locale: locale ?? LOCALE.en });
      await use(firefox);
      await firefox.close();
      return;
    }
    await use(forOneTest(await sharedFirefox(locale ?? LOCALE.en)));
  },

  scenarioEnv: async ({ firefox }, use, testInfo) => {
    const opened: Page[] = [];
    const kept = (page: Page) => {
      opened.push(page);
      return page;
    };
    await use((lang, viewport) => {
      const navigations: string[] = [];
      return {
        browserName: 'firefox',
        lang,
        replicaTab: async (options = {}) =>
          new ReplicaTab(
            puppeteerPort(
              kept(
                await openReplicaPage(firefox, { lang, viewport, ...options }, (url) =>
                  navigations.push(url),
                ),
              ),
            ),
          ),
        popupTab: async () =>
          new Tab(puppeteerPort(kept(await openAddonPage(firefox.browser, '/popup.html', viewport)))),
        requestsOffReplica: async () => firefox.offReplica(),
        replicaNavigations: () => [...navigations],
        outputPath: (name) => {
          mkdirSync(testInfo.outputDir, { recursive: true });
          return path.join(testInfo.outputDir, name);
        },
      };
    });
    // A failed test leaves a picture of each of its tabs (Playwright's own reach only its browsers).
    if (testInfo.status !== testInfo.expectedStatus)
      for (const [index, page] of opened.entries()) {
        if (page.isClosed()) continue;
        const file = testInfo.outputPath(`tab-${index + 1}.png`);
        await page
          .screenshot({ path: file as `${string}.png` })
          .then(() =>
            testInfo.attachments.push({ name: `tab ${index + 1}`, path: file, contentType: 'image/png' }),
          )
          .catch(() => undefined);
      }
    // A shared Firefox goes on to the next test with none of this one's tabs.
    for (const page of opened) if (!page.isClosed()) await page.close().catch(() => undefined);
  },
});

export { puppeteerPort };
export const expect = test.expect;
