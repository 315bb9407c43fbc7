/**
 * The overlay shell on the replica, with the built extension loaded (`npx wxt build` first).
 * The test plays the user: it is the only one that clicks or types. The extension must only
 * read the page, draw inside its own shadow root, and make no requests of its own.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import arUi from '../../locales/ar/ui.json' with { type: 'json' };
import enUi from '../../locales/en/ui.json' with { type: 'json' };
import trUi from '../../locales/tr/ui.json' with { type: 'json' };
import type { FieldKey } from '../../src/contracts/field-keys';
import type { PageKind } from '../../src/page/page-kinds';
import { expect, type RecordedRequest, test } from '../support/extension';
import { REPLICA_ORIGIN, REPLICA_PAGES, type ReplicaLang, routeReplica } from '../support/replica';
import { openPanel } from '../support/wizard';

const HOST = 'eikamet-assistant';
const UI_TEXT = { tr: trUi, en: enUi, ar: arUi } as const;
const LOCALE: Record<ReplicaLang, string> = { tr: 'tr-TR', en: 'en-US' };

/** A few fields per page whose badges must show; not every field, so recognition can evolve. */
const KEY_FIELDS: Partial<Record<PageKind, readonly FieldKey[]>> = {
  'first-entry': ['givenName', 'surname', 'birthDate', 'email', 'captcha'],
  'extension-entry': [
    'givenNameInitials',
    'surnameInitials',
    'foreignerId',
    'permitCardSerial',
    'captcha',
    'consent',
  ],
  'transfer-entry': ['givenNameInitials', 'foreignerId', 'permitCardNumber', 'captcha', 'consent'],
  continue: ['applicationNumber', 'captcha'],
  'wizard-personal': ['givenName', 'surname', 'fatherName', 'birthDate', 'gender'],
  'wizard-passport': ['passportType', 'passportNumber', 'passportExpiry'],
  'wizard-permit': ['permitType', 'requestedStart', 'requestedEnd'],
  'wizard-address': ['province', 'district', 'street'],
  'wizard-insurance': ['insuranceType', 'insurancePolicyNumber', 'insuranceEnd'],
};

/** Fields whose badge may say only "Fill this yourself". */
const HUMAN_GATES: readonly FieldKey[] = ['captcha', 'consent', 'verificationCode'];

function pagePath(id: string): string {
  const entry = REPLICA_PAGES.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No replica page ${id}`);
  return entry.path;
}

/**
 * Every request the browser made must be the page's own, to the routed replica. The overlay's
 * stylesheet and texts come with the extension (texts from its background, by messaging), so
 * the only file of ours a page ever loads is the Kendo bridge, injected on pages whose Kendo
 * lists and dates the live checks read.
 */
function requestsOutsideReplica(requests: readonly RecordedRequest[], extensionId: string): string[] {
  return requests
    .map((request) => request.url)
    .filter(
      (url) =>
        !url.startsWith(`${REPLICA_ORIGIN}/`) && url !== `chrome-extension://${extensionId}/kendo-bridge.js`,
    );
}

async function openReplica(page: Page, pathAndQuery: string): Promise<void> {
  await page.goto(REPLICA_ORIGIN + pathAndQuery);
}

/** The assistant has caught up with the page (`data-settled`); see tests/support/wizard.ts. */
async function assistantSettled(page: Page): Promise<void> {
  await expect(page.locator(HOST)).toHaveAttribute('data-settled', 'true');
}

async function hostAttribute(page: Page, name: string): Promise<string | null> {
  return page.evaluate(
    ([host, attribute]) => document.querySelector(host as string)?.getAttribute(attribute as string) ?? null,
    [HOST, name],
  );
}

for (const lang of ['tr', 'en'] as const) {
  test.describe(`replica in ${lang.toUpperCase()}`, () => {
    test.use({ locale: LOCALE[lang], viewport: { width: 1366, height: 900 } });

    for (const entry of REPLICA_PAGES) {
      test(`${entry.id} is recognised as ${entry.expectedKind} and gets its badges`, async ({
        context,
        requests,
        extensionId,
      }) => {
        await routeReplica(context, { lang });
        const page = await context.newPage();
        await openReplica(page, entry.path);

        const host = page.locator(HOST);
        await expect(host).toHaveAttribute('data-page', entry.expectedKind);
        await expect(host).toHaveCount(1);
        // The host takes no room in the page's layout.
        expect(await host.evaluate((element) => element.getBoundingClientRect().height)).toBe(0);

        // The panel names the page in the user's language (the browser's locale here).
        await expect(host.locator('[data-page-name]')).toHaveText(
          UI_TEXT[lang][`page.${entry.expectedKind}`],
        );
        await expect(host.locator('[data-findings]')).toHaveAttribute('aria-live', 'polite');

        for (const key of KEY_FIELDS[entry.expectedKind] ?? []) {
          const badge = host.locator(`[data-hint-for="${key}"]`);
          await expect(badge, `badge for ${key}`).toBeVisible();
          await expect(badge).toHaveAttribute('aria-label', /.+/);
          if (HUMAN_GATES.includes(key)) {
            const tooltip = host.locator(`#${await badge.getAttribute('aria-describedby')}`);
            await expect(tooltip).toHaveText(UI_TEXT[lang]['field.fillYourself']);
          }
        }

        expect(requestsOutsideReplica(requests, extensionId)).toEqual([]);
      });
    }

    test('a wizard step rendered by script after load gets its badges', async ({
      context,
      requests,
      extensionId,
    }) => {
      await routeReplica(context, { lang });
      const page = await context.newPage();
      await openReplica(page, pagePath('wizard-personal'));
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute('data-page', 'wizard-personal');
      await expect(host.locator('[data-hint-for="givenName"]')).toBeVisible();

      // The test is the user: it presses the page's own Next button.
      await page.getByRole('button', { name: lang === 'tr' ? 'İleri' : 'Next' }).click();

      await expect(host).toHaveAttribute('data-page', 'wizard-passport');
      await expect(host.locator('[data-hint-for="passportNumber"]')).toBeVisible();
      await expect(host.locator('[data-hint-for="givenName"]')).toHaveCount(0);
      expect(requestsOutsideReplica(requests, extensionId)).toEqual([]);
    });
  });
}

test.describe('the extension never acts on its own', () => {
  test.use({ locale: 'en-US', viewport: { width: 1366, height: 900 } });

  for (const id of ['first-entry', 'extension-entry']) {
    test(`${id}: no submit, click, key, focus, value change or navigation while the overlay runs`, async ({
      context,
      requests,
      extensionId,
    }) => {
      await routeReplica(context, { lang: 'en' });
      const page = await context.newPage();
      // Recorded in the page from the very start, before the content script runs.
      await page.addInitScript(() => {
        const log = {
          events: [] as { type: string; trusted: boolean; target: string }[],
          initialValues: {} as Record<string, string>,
        };
        (window as unknown as { __overlayLog: typeof log }).__overlayLog = log;
        const nameOf = (target: EventTarget | null) =>
          target instanceof Element ? `${target.tagName.toLowerCase()}#${target.id}` : String(target);
        for (const type of ['submit', 'click', 'keydown', 'input', 'change', 'focusin']) {
          document.addEventListener(
            type,
            (event) => log.events.push({ type, trusted: event.isTrusted, target: nameOf(event.target) }),
            true,
          );
        }
        document.addEventListener('DOMContentLoaded', () => {
          for (const input of document.querySelectorAll<HTMLInputElement>('input[id]:not([data-role])')) {
            log.initialValues[input.id] = input.type === 'checkbox' ? String(input.checked) : input.value;
          }
        });
      });
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });

      await openReplica(page, pagePath(id));
      await expect(page.locator(HOST)).toHaveAttribute('data-page', id);
      const navigationsAtLoad = navigations.length;
      const urlAtLoad = page.url();
      // Everything the assistant does on its own at load (recognition, bridge, rules) is done.
      await assistantSettled(page);

      const log = await page.evaluate(
        () =>
          (
            window as unknown as {
              __overlayLog: { events: { type: string }[]; initialValues: Record<string, string> };
            }
          ).__overlayLog,
      );
      expect(log.events).toEqual([]);
      const valuesNow = await page.evaluate((ids) => {
        const values: Record<string, string> = {};
        for (const inputId of ids) {
          const input = document.getElementById(inputId) as HTMLInputElement | null;
          if (input) values[inputId] = input.type === 'checkbox' ? String(input.checked) : input.value;
        }
        return values;
      }, Object.keys(log.initialValues));
      expect(Object.keys(log.initialValues).length).toBeGreaterThan(0);
      expect(valuesNow).toEqual(log.initialValues);
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      expect(navigations.length).toBe(navigationsAtLoad);
      expect(page.url()).toBe(urlAtLoad);
      expect(requests.filter((request) => request.navigation).map((request) => request.url)).toEqual([
        REPLICA_ORIGIN + pagePath(id),
      ]);
      expect(requestsOutsideReplica(requests, extensionId)).toEqual([]);
    });
  }

  test('the page form still works with the overlay present', async ({ context }) => {
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    await openReplica(page, pagePath('extension-entry'));
    const host = page.locator(HOST);
    await expect(host.locator('[data-hint-for="foreignerId"]')).toBeVisible();

    const foreignerId = page.locator('#yabanciKimlikNo');
    await foreignerId.click();
    await foreignerId.pressSequentially('99123456789');
    await expect(foreignerId).toHaveValue('99123456789');
    // Focus stayed in the page's field; the hint opened beside it without taking focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('yabanciKimlikNo');
    const tooltip = host.locator(
      `#${await host.locator('[data-hint-for="foreignerId"]').getAttribute('aria-describedby')}`,
    );
    await expect(tooltip).toBeVisible();
    // The hint does not cover the field.
    const field = await foreignerId.boundingBox();
    const hint = await tooltip.boundingBox();
    if (!field || !hint) throw new Error('field or hint not rendered');
    const overlapX = Math.min(field.x + field.width, hint.x + hint.width) - Math.max(field.x, hint.x);
    const overlapY = Math.min(field.y + field.height, hint.y + hint.height) - Math.max(field.y, hint.y);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);

    // Keyboard: a badge is a real button; Enter and Escape on it stay inside the overlay.
    const serialBadge = host.locator('[data-hint-for="permitCardSerial"]');
    const serialHint = host.locator(`#${await serialBadge.getAttribute('aria-describedby')}`);
    await serialBadge.focus();
    await expect(serialHint).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect(serialHint).toBeHidden();
    await expect(page).toHaveURL(REPLICA_ORIGIN + pagePath('extension-entry'));
    await expect(foreignerId).toHaveValue('99123456789');
  });
});

test.describe('badges stay off the page', () => {
  // Tall enough that every field is in view: spots are checked against what is on screen.
  test.use({ locale: 'en-US', viewport: { width: 1366, height: 2000 } });

  for (const lang of ['tr', 'en'] as const) {
    for (const id of ['first-entry', 'extension-entry', 'wizard-personal']) {
      test(`${lang} ${id}: no badge covers a field, link, button, image or another badge`, async ({
        context,
      }) => {
        await routeReplica(context, { lang });
        const page = await context.newPage();
        await openReplica(page, pagePath(id));
        const host = page.locator(HOST);
        await expect(host).toHaveAttribute('data-page', id);
        await expect(
          host.locator('[data-hint-for="captcha"], [data-hint-for="givenName"]').first(),
        ).toBeVisible();
        await assistantSettled(page); // late Kendo widgets recognised and badges re-placed

        const collisions = await page.evaluate((hostName) => {
          const root = document.querySelector(hostName)?.shadowRoot;
          const badges = [...(root?.querySelectorAll<HTMLElement>('[data-hint-for]') ?? [])].map((badge) => ({
            key: badge.dataset.hintFor ?? '',
            box: badge.getBoundingClientRect(),
          }));
          const content = [
            ...document.querySelectorAll(
              'a[href], button, input:not([type="hidden"]), select, textarea, img, .k-widget',
            ),
          ]
            .map((element) => ({
              what: `${element.tagName.toLowerCase()}#${element.id}`,
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.width > 0 && box.height > 0);
          const overlap = (a: DOMRect, b: DOMRect) =>
            a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          const found: string[] = [];
          for (const badge of badges) {
            for (const other of content)
              if (overlap(badge.box, other.box)) found.push(`${badge.key} on ${other.what}`);
            for (const other of badges) {
              if (other !== badge && overlap(badge.box, other.box))
                found.push(`${badge.key} on badge ${other.key}`);
            }
          }
          return found;
        }, HOST);
        expect(collisions).toEqual([]);
      });
    }
  }
});

test.describe('badges below the fold', () => {
  test.use({ locale: 'en-US', viewport: { width: 1366, height: 700 } });

  test('the captcha badge moves off the refresh link once the user scrolls to it', async ({ context }) => {
    await routeReplica(context, { lang: 'en' });
    const page = await context.newPage();
    await openReplica(page, pagePath('extension-entry'));
    const host = page.locator(HOST);
    await expect(host).toHaveAttribute('data-page', 'extension-entry');
    const refresh = page.locator('a.captcha-yenile');
    await refresh.scrollIntoViewIfNeeded();
    const badge = host.locator('[data-hint-for="captcha"]');
    await expect
      .poll(async () => {
        const [a, b] = [await badge.boundingBox(), await refresh.boundingBox()];
        if (!a || !b) return 'not rendered';
        const apart =
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        return apart ? 'apart' : 'overlapping';
      })
      .toBe('apart');
  });
});

test.describe('panel', () => {
  test.use({ locale: 'en-US' });

  test('follows the page: a field removed after load turns on drift, putting it back turns it off', async ({
    context,
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await routeReplica(context, { lang: 'en' });
    // Every value data-drift ever takes, from the first frame: a half-built page is not drift.
    await page.addInitScript((hostName) => {
      const seen: string[] = [];
      (window as unknown as { driftSeen: string[] }).driftSeen = seen;
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target as Element;
          if (target.localName === hostName) seen.push(String(target.getAttribute('data-drift')));
        }
      }).observe(document, { attributes: true, attributeFilter: ['data-drift'], subtree: true });
    }, HOST);
    await openReplica(page, pagePath('extension-entry'));
    const host = page.locator(HOST);
    await expect(host.locator('[data-hint-for="permitCardSerial"]')).toBeVisible();
    await assistantSettled(page);
    expect(await hostAttribute(page, 'data-drift')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { driftSeen: string[] }).driftSeen)).toEqual([]);

    // The test plays a site redesign: the card serial row disappears.
    await page.evaluate(() => {
      const row = document.getElementById('belgeSeri')?.closest('.form-group');
      if (!row) throw new Error('no card serial row');
      (window as unknown as { removedRow: Element }).removedRow = row;
      row.remove();
    });
    await expect(host).toHaveAttribute('data-drift', 'true');
    await expect(host.locator('[data-hint-for="permitCardSerial"]')).toHaveCount(0);
    await openPanel(host);
    await expect(host.locator('[data-drift-notice]')).toContainText('expected fields missing: 1');
    await page.screenshot({ caret: 'initial', path: path.join(tmpdir(), 'overlay-drift.png') });

    await page.evaluate(() => {
      const { removedRow } = window as unknown as { removedRow: Element };
      document.getElementById('belgeNo')?.closest('.form-group')?.before(removedRow);
    });
    await expect(host).not.toHaveAttribute('data-drift', 'true');
    await expect(host.locator('[data-hint-for="permitCardSerial"]')).toBeVisible();
  });

  test('starts as a tab on a narrow window and remembers being opened', async ({ context, page }) => {
    await page.setViewportSize({ width: 1000, height: 800 });
    await routeReplica(context, { lang: 'en' });
    await openReplica(page, pagePath('extension-entry'));
    const host = page.locator(HOST);
    await expect(host.locator('.panel-tab')).toBeVisible();
    await expect(host.locator('.panel-body')).toBeHidden();

    await host.locator('.panel-tab').click();
    await expect(host.locator('.panel-body')).toBeVisible();
    await page.reload();
    await expect(host.locator('.panel-body')).toBeVisible();
  });
});

/**
 * Screenshots for a human to look at (written to the system temp dir as overlay-<name>.png).
 * On a 1920 px window the panel opens by default and must sit beside the form, not on it.
 */
const SHOTS = [
  {
    name: 'tr',
    lang: 'tr',
    locale: 'tr-TR',
    id: 'extension-entry',
    focus: '#yabanciKimlikNo',
    uiLanguage: null,
  },
  { name: 'en', lang: 'en', locale: 'en-US', id: 'wizard-personal', focus: '#Kisisel_Ad', uiLanguage: null },
  { name: 'ar', lang: 'tr', locale: 'tr-TR', id: 'first-entry', focus: '#soyad', uiLanguage: 'ar' },
] as const;

for (const shot of SHOTS) {
  test.describe(`screenshot ${shot.name}`, () => {
    test.use({ locale: shot.locale, viewport: { width: 1920, height: 1000 } });

    test(`overlay screenshot (${shot.name}): panel beside the form, hint beside the field`, async ({
      context,
      seedStorage,
    }, testInfo) => {
      if (shot.uiLanguage) await seedStorage({ 'ui:language': shot.uiLanguage });
      await routeReplica(context, { lang: shot.lang });
      const page = await context.newPage();
      await openReplica(page, pagePath(shot.id));
      const host = page.locator(HOST);
      await expect(host).toHaveAttribute('data-page', shot.id);
      const panel = host.locator('.panel-body');
      await expect(panel).toBeVisible();

      const panelBox = await panel.boundingBox();
      if (!panelBox) throw new Error('panel not rendered');
      const fieldBoxes = await page.evaluate(() =>
        [...document.querySelectorAll('.form-group')]
          .map((row) => row.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map(({ x, y, width, height }) => ({ x, y, width, height })),
      );
      expect(fieldBoxes.length).toBeGreaterThan(0);
      for (const box of fieldBoxes) {
        const apart = box.x + box.width <= panelBox.x || panelBox.x + panelBox.width <= box.x;
        expect(apart, `panel ${JSON.stringify(panelBox)} covers form row ${JSON.stringify(box)}`).toBe(true);
      }

      if (shot.uiLanguage) {
        expect(await hostAttribute(page, 'data-ui-lang')).toBe(shot.uiLanguage);
        await expect(host.locator('.panel')).toHaveAttribute('dir', 'rtl');
        // The Turkish form reads left to right: the panel stays at its end (right), off the labels.
        expect(panelBox.x + panelBox.width).toBeGreaterThan(1900);
      }
      await page.locator(shot.focus).click();
      await expect(host.locator('.tooltip:not([hidden])')).toHaveCount(1);
      const file = path.join(tmpdir(), `overlay-${shot.name}.png`);
      await page.screenshot({ caret: 'initial', path: file });
      await testInfo.attach(`overlay-${shot.name}`, { path: file, contentType: 'image/png' });
    });
  });
}
