/**
 * The assistant sits beside the official form, never over it (issue 14 §1). At each common
 * laptop and desktop size, with the assistant in Turkish (left to right) and in Arabic (right to
 * left), the open panel must share no pixel column with any label, field, list, button, link or
 * heading of the page (the panel spans the window's full height, so sharing columns means
 * covering them at some scroll position), every hint badge must stay clickable, and folding the
 * panel must put the page back exactly as it was. Keyboard only: fold, unfold, fill and undo,
 * and the badges in the Tab order next to their fields.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { profileSeed } from '../support/profile-seed';
import { routeReplica } from '../support/replica';
import { SHORT_TERM } from '../support/replica-texts';
import { HOST, nextStep, openReplica, pickOption, trDateFromToday, typeDate } from '../support/wizard';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

const PAGES = [
  { id: 'first-entry', path: '/Ikamet/OnKayit' },
  { id: 'wizard-personal', path: '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk' },
] as const;

/** What of the page a person reads or operates: none of it may lie under the panel. */
const PAGE_CONTENT =
  'label, input:not([type="hidden"]), select, textarea, button, a[href], h1, h2, h3, h4, h5, h6, .k-widget';

interface Column {
  readonly left: number;
  readonly right: number;
}

/** Every rendered element of the page's own DOM that shares a pixel column with the panel. */
async function pageContentUnder(page: Page, panel: Column): Promise<string[]> {
  return page.evaluate(
    ({ selector, panel: { left, right } }) =>
      [...document.querySelectorAll(selector)]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0)
        .filter(({ box }) => box.left < right && left < box.right)
        .map(({ element, box }) => {
          const shared = Math.min(box.right, right) - Math.max(box.left, left);
          const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}`;
          return `${name} "${(element.textContent ?? '').trim().slice(0, 30)}" ${shared.toFixed(1)} px`;
        }),
    { selector: PAGE_CONTENT, panel },
  );
}

/** The boxes of every element of the page's own DOM, to compare before opening and after folding. */
async function pageLayout(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.tagName}${element.id}:${box.left},${box.top},${box.width},${box.height}`;
    }),
  );
}

async function panelColumn(host: Locator): Promise<Column> {
  const box = await host.locator('.panel-body').boundingBox();
  if (!box) throw new Error('panel not rendered');
  return { left: box.x, right: box.x + box.width };
}

/**
 * Each badge, brought into view, is the topmost thing at its own centre (nothing of the page or
 * of the panel covers it) and lies wholly in the window, outside the panel's columns.
 */
async function badgeProblems(page: Page, panel: Column): Promise<string[]> {
  const keys = await page
    .locator(HOST)
    .locator('[data-hint-for]')
    .evaluateAll((badges) => badges.map((badge) => (badge as HTMLElement).dataset.hintFor ?? ''));
  expect(keys.length).toBeGreaterThan(3);
  const problems: string[] = [];
  for (const key of keys) {
    const problem = await page.evaluate(
      ({ hostName, key, panel: { left, right } }) => {
        const root = document.querySelector(hostName)?.shadowRoot;
        const badge = root?.querySelector<HTMLElement>(`[data-hint-for="${key}"]`);
        if (!root || !badge) return 'missing';
        badge.scrollIntoView({ block: 'center', inline: 'nearest' });
        const box = badge.getBoundingClientRect();
        if (box.left < right && left < box.right) return 'under the panel';
        if (box.left < 0 || box.right > document.documentElement.clientWidth) return 'outside the window';
        const atCentre = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return atCentre === badge || badge.contains(atCentre) ? null : `covered by ${atCentre?.tagName}`;
      },
      { hostName: HOST, key, panel },
    );
    if (problem) problems.push(`${key}: ${problem}`);
  }
  return problems;
}

for (const uiLanguage of ['tr', 'ar'] as const) {
  for (const size of SIZES) {
    test.describe(`assistant in ${uiLanguage.toUpperCase()} at ${size.width}×${size.height}`, () => {
      test.use({ locale: 'tr-TR', viewport: size });

      for (const entry of PAGES) {
        test(`${entry.id}: the open panel covers nothing of the form; folding restores the page`, async ({
          context,
          seedStorage,
        }) => {
          await seedStorage({ 'ui:language': uiLanguage, 'ui:panelCollapsed': true });
          await routeReplica(context, { lang: 'tr' });
          const page = await context.newPage();
          await openReplica(page, entry.path);
          const host = page.locator(HOST);
          await expect(host).toHaveAttribute('data-ui-lang', uiLanguage);
          await expect(host.locator('.panel-tab')).toBeVisible();
          await expect(host.locator('[data-hint-for]').first()).toBeVisible();
          const before = await pageLayout(page);

          await host.locator('.panel-tab').click();
          const body = host.locator('.panel-body');
          await expect(body).toBeVisible();
          // The Turkish form reads left to right: the panel docks on its right in either language.
          await expect(host.locator('.panel')).toHaveAttribute('data-side', 'right');
          const panel = await panelColumn(host);
          expect(panel.right).toBeGreaterThan(size.width - 20);
          await expect.poll(() => pageContentUnder(page, panel)).toEqual([]);
          expect(await badgeProblems(page, panel)).toEqual([]);

          await host.locator('.panel-close').click();
          await expect(body).toBeHidden();
          await page.evaluate(() => window.scrollTo(0, 0));
          await expect.poll(() => pageLayout(page)).toEqual(before);
        });
      }
    });
  }
}

test.describe('pages without form fields', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1920, height: 1080 } });

  for (const path of ['/', '/Ikamet/Basvuru/UzatmaBasvuru']) {
    test(`${path}: the panel does not open by itself, even after it was left open`, async ({
      context,
      seedStorage,
    }) => {
      await seedStorage({ 'ui:panelCollapsed': false });
      await routeReplica(context, { lang: 'tr' });
      const page = await context.newPage();
      await openReplica(page, path);
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute('data-page', /home|options/);
      await expect(host.locator('.panel-tab')).toBeVisible();
      await expect(host.locator('.panel-body')).toBeHidden();
      // The folded tab covers none of the site's buttons and links either.
      const tab = await host.locator('.panel-tab').boundingBox();
      if (!tab) throw new Error('tab not rendered');
      expect(await pageContentUnder(page, { left: tab.x, right: tab.x + tab.width })).toEqual([]);
    });
  }
});

/** The element focused inside our shadow root, described by its markers. */
async function focusedInOverlay(page: Page): Promise<string | null> {
  return page.evaluate((hostName) => {
    const host = document.querySelector(hostName);
    if (document.activeElement !== host) return null;
    const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!active) return null;
    const marker =
      active.dataset.hintFor !== undefined
        ? `badge:${active.dataset.hintFor}`
        : active.dataset.action !== undefined
          ? `action:${active.dataset.action}`
          : active.hasAttribute('data-fill-summary')
            ? 'fill-summary'
            : `.${active.className}`;
    return marker;
  }, HOST);
}

async function focusedInPage(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id || null);
}

/** Where focus is: an overlay element by its marker, or a page element by its id. */
async function focusNow(page: Page): Promise<string> {
  return (await focusedInOverlay(page)) ?? `page:${await focusedInPage(page)}`;
}

/**
 * Presses Tab until the overlay element described by `marker` has focus (a bounded walk).
 * @returns where focus was just before it got there
 */
async function tabTo(page: Page, marker: string, key = 'Tab'): Promise<string | null> {
  let previous: string | null = null;
  for (let step = 0; step < 80; step += 1) {
    const now = await focusNow(page);
    if (now === marker) return previous;
    previous = now;
    await page.keyboard.press(key);
  }
  throw new Error(`${marker} not reached with ${key}`);
}

test.describe('keyboard only', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1366, height: 768 } });

  test('unfold, fold with Escape, fill and undo without a mouse', async ({ context, seedStorage }) => {
    await seedStorage({ ...profileSeed(), 'ui:panelCollapsed': true });
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    await openReplica(page, '/Ikamet/OnKayit');
    const host = page.locator(HOST);
    await expect(host.locator('.panel-tab')).toBeVisible();

    // The folded tab is the last stop of the page: Shift+Tab from the page's start reaches it.
    await tabTo(page, '.panel-tab', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(host.locator('.panel-body')).toBeVisible();
    // Opening moves focus into the panel.
    expect(await focusedInOverlay(page)).toBe('.panel-title');

    // Escape folds it and puts focus back where it was: the tab.
    await page.keyboard.press('Escape');
    await expect(host.locator('.panel-body')).toBeHidden();
    expect(await focusedInOverlay(page)).toBe('.panel-tab');

    await page.keyboard.press('Enter');
    await expect(host.locator('.panel-body')).toBeVisible();
    await tabTo(page, 'action:fill');
    await page.keyboard.press('Enter');
    // After the fill, focus is on its summary, which says what was filled.
    await expect(host.locator('[data-fill-summary]')).toHaveAttribute('data-fill-state', 'filled');
    await expect.poll(() => focusedInOverlay(page)).toBe('fill-summary');
    await expect(page.locator('#ad')).toHaveValue('OMAR');

    await tabTo(page, 'action:undo-fill');
    await page.keyboard.press('Enter');
    await expect(host.locator('[data-fill-summary]')).toHaveAttribute('data-fill-state', 'undone');
    await expect(page.locator('#ad')).toHaveValue('');
    await expect.poll(() => focusedInOverlay(page)).toBe('fill-summary');

    // Escape from inside the panel folds it; focus returns to where it was before the panel.
    await page.keyboard.press('Escape');
    await expect(host.locator('.panel-body')).toBeHidden();
    expect(await focusedInOverlay(page)).toBe('.panel-tab');
  });

  test('Escape returns focus to where it was before it entered the panel', async ({
    context,
    seedStorage,
  }) => {
    await seedStorage({ 'ui:panelCollapsed': false });
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    await openReplica(page, '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru');
    const host = page.locator(HOST);
    await expect(host.locator('.panel-body')).toBeVisible();
    // The panel opened by itself and took no focus.
    expect(await focusedInOverlay(page)).toBeNull();

    await page.locator('#yabanciKimlikNo').focus();
    const before = await tabTo(page, '.panel-close');
    expect(before).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect(host.locator('.panel-body')).toBeHidden();
    expect(await focusNow(page)).toBe(before);
  });

  test('Tab reaches each hint badge right after its field, and Shift+Tab walks back', async ({
    context,
    seedStorage,
  }) => {
    await seedStorage({ 'ui:panelCollapsed': true });
    await routeReplica(context, { lang: 'tr' });
    const page = await context.newPage();
    await openReplica(page, '/Ikamet/OnKayit');
    const host = page.locator(HOST);
    await expect(host.locator('[data-hint-for="surname"]')).toBeVisible();

    await page.locator('#ad').focus();
    await page.keyboard.press('Tab');
    expect(await focusedInOverlay(page)).toBe('badge:givenName');
    // The badge's hint opens as it gets focus.
    await expect(host.locator('#eikamet-hint-givenName')).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await focusedInPage(page)).toBe('soyad');
    await page.keyboard.press('Tab');
    expect(await focusedInOverlay(page)).toBe('badge:surname');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInPage(page)).toBe('soyad');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInOverlay(page)).toBe('badge:givenName');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInPage(page)).toBe('ad');
    // Nothing was typed into the page on the way.
    await expect(page.locator('#ad')).toHaveValue('');
    await expect(page.locator('#soyad')).toHaveValue('');
  });
});

interface DomNode {
  readonly nodeName: string;
  readonly backendNodeId: number;
  readonly children?: readonly DomNode[];
  readonly shadowRoots?: readonly DomNode[];
}

interface AxNode {
  readonly ignored: boolean;
  readonly backendDOMNodeId?: number;
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly properties?: readonly { readonly name: string; readonly value: { readonly value: unknown } }[];
}

/**
 * The role and accessible name of every focusable element in our shadow root, as Chromium's
 * own accessibility tree computes them (what a screen reader announces).
 */
async function overlayControlNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const inOverlay = new Set<number>();
  const collect = (node: DomNode, inside: boolean) => {
    if (inside) inOverlay.add(node.backendNodeId);
    const here = inside || node.nodeName.toLowerCase() === HOST;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) collect(child, here);
  };
  collect(root, false);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  await cdp.detach();
  return nodes
    .filter(
      (node) => !node.ignored && node.backendDOMNodeId !== undefined && inOverlay.has(node.backendDOMNodeId),
    )
    .filter((node) =>
      node.properties?.some((property) => property.name === 'focusable' && property.value.value),
    )
    .map((node) => `${node.role?.value} "${node.name?.value ?? ''}"`);
}

test.describe('accessible names', () => {
  test.use({ locale: 'en-US', viewport: { width: 1440, height: 900 } });

  for (const uiLanguage of ['tr', 'en', 'ar', 'ru'] as const) {
    test(`${uiLanguage}: no two controls of the overlay share a name`, async ({ context, seedStorage }) => {
      await seedStorage({ 'ui:language': uiLanguage, 'ui:panelCollapsed': false });
      await routeReplica(context, { lang: 'en' });
      const page = await context.newPage();
      // Two checks at once, each with its "Source" disclosure and link, and the fields' hints.
      await openReplica(page, '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk');
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute('data-ui-lang', uiLanguage);
      await expect(host.locator('.panel-body')).toBeVisible();
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(30));
      await page.keyboard.press('Tab');
      await nextStep(page, 'en');
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM.en);
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(100));
      await page.keyboard.press('Tab');
      const cards = host.locator('[data-findings] [data-rule]');
      await expect.poll(() => cards.count()).toBeGreaterThan(1);
      await host.locator('[data-findings] .findings-more > summary').click();
      for (const summary of await host.locator('[data-findings] .finding-source > summary').all()) {
        if (await summary.isVisible()) await summary.click();
      }
      // Every text has arrived: the last part of the catalogue names the usual mistakes.
      await expect(host.locator('.field-mistakes > summary').first()).toHaveAttribute('aria-label', /\S/);

      const names = await overlayControlNames(page);
      expect(names.length).toBeGreaterThan(15);
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      expect(repeated).toEqual([]);
    });
  }
});

/**
 * For a person to look at: the permit step at 1366×768 with the panel open, a live error, and
 * the hint of the field the user is in, in TR and AR (system temp dir, overlay-1366-<lang>.png).
 */
test.describe('screenshots at 1366×768', () => {
  test.use({ locale: 'tr-TR', viewport: { width: 1366, height: 768 } });

  for (const uiLanguage of ['tr', 'ar'] as const) {
    test(`${uiLanguage}: panel beside the form with a finding and a hint`, async ({
      context,
      seedStorage,
    }) => {
      await seedStorage({ 'ui:language': uiLanguage, 'ui:panelCollapsed': false });
      await routeReplica(context, { lang: 'tr' });
      const page = await context.newPage();
      await openReplica(page, '/Ikamet/Basvuru/SeyahatBelgesi?basvuruTuru=ilk');
      const host = page.locator(HOST);
      await expect(host.locator('.panel-body')).toBeVisible();
      await typeDate(page, 'SeyahatBelgesi_GecerlilikTarihi', trDateFromToday(30));
      await page.keyboard.press('Tab');
      await nextStep(page, 'tr');
      await pickOption(page, 'IkametIzni_Turu', SHORT_TERM.tr);
      await typeDate(page, 'IkametIzni_BitisTarihi', trDateFromToday(100));
      await expect(host.locator('[data-findings] [data-rule="passport-validity"]')).toBeVisible();
      await page.locator('#IkametIzni_BitisTarihi').click();
      await expect(host.locator('.tooltip:not([hidden])')).toHaveCount(1);
      const panel = await panelColumn(host);
      expect(await pageContentUnder(page, panel)).toEqual([]);
      await page.screenshot({
        caret: 'initial',
        path: path.join(tmpdir(), `overlay-1366-${uiLanguage}.png`),
      });
    });
  }
});
