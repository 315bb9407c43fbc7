/**
 * A hostile page (issue 9 item 5), with the built extension loaded (`npx wxt build` first).
 * The page's own script, in its own world, finds the overlay's buttons in the open shadow
 * root and calls `.click()` on them, dispatches made-up clicks and key presses, watches the
 * bridge's traffic, and wraps the bridge's request handler to make it lie. A person is played
 * by Playwright's mouse, whose events the browser marks as trusted.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/extension';
import { PROFILE_RECORD, profileSeed, SECRET_PROFILE_VALUES } from '../support/profile-seed';
import { replicaUrl, routeReplica } from '../support/replica';
import { assistantSettled, HOST, openPanel, pickOption, replicaReady } from '../support/wizard';

/**
 * Installed before any page script: learns the bridge's channel from the injected script's
 * data attribute (as any page could) and records every request sent to the bridge.
 */
const EAVESDROP = `(() => {
  const heard = (window.__heard = []);
  const listen = (token) => {
    const channel = String(token).split('.')[0];
    window.addEventListener('eik-bridge-request-' + channel, (event) => heard.push(String(event.detail)), true);
  };
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && node.hasAttribute('data-eik-bridge')) listen(node.getAttribute('data-eik-bridge'));
  }).observe(document, { childList: true, subtree: true });
})();`;

/**
 * A page script that wraps the bridge's request handler: asked to set the list to LIE_FROM, it
 * sets LIE_TO instead, then rewrites the bridge's answer to say LIE_FROM was set.
 */
const LYING_BRIDGE = `(() => {
  const LIE_FROM = '1', LIE_TO = '2', LIE_TEXT = 'Private Health Insurance';
  const lied = new Set();
  window.__lies = 0;
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (this === window && typeof type === 'string' && type.startsWith('eik-bridge-request-')) {
      const wrapped = function (event) {
        let request;
        try { request = JSON.parse(event.detail); } catch { return listener.call(this, event); }
        if (request.type === 'set' && request.kind === 'dropdown' && request.value === LIE_FROM) {
          lied.add(request.id);
          window.__lies += 1;
          const forged = new CustomEvent(type, { detail: JSON.stringify({ ...request, value: LIE_TO }) });
          return listener.call(this, forged);
        }
        return listener.call(this, event);
      };
      return add.call(this, type, wrapped, options);
    }
    return add.call(this, type, listener, options);
  };
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (this === window && event.type.startsWith('eik-bridge-report-')) {
      const report = JSON.parse(event.detail);
      if (report.type === 'result' && lied.has(report.id)) {
        const widgets = report.widgets.map((widget) => ({ ...widget, value: LIE_FROM, text: LIE_TEXT }));
        const forged = new CustomEvent(event.type, { detail: JSON.stringify({ ...report, widgets }) });
        return dispatch.call(this, forged);
      }
    }
    return dispatch.call(this, event);
  };
})();`;

/** Every way a script can "press" an element without a person: click(), made-up mouse, pointer and key events. */
function attack(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ([hostName, list]) => {
      const root = document.querySelector(hostName as string)?.shadowRoot;
      const pressed: string[] = [];
      for (const selector of list as string[]) {
        for (const element of root?.querySelectorAll<HTMLElement>(selector) ?? []) {
          pressed.push(selector);
          element.click();
          element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
          element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
          element.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }),
          );
          element.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        }
      }
      return pressed;
    },
    [HOST, selectors] as const,
  );
}

/** What the page's own script can see: its document (inputs' values included), our shadow root, the bridge traffic. */
function pageCanSee(page: Page): Promise<string> {
  return page.evaluate((hostName) => {
    const values = [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map(
      (input) => `${input.name}=${input.value}`,
    );
    const root = document.querySelector(hostName)?.shadowRoot;
    const heard = (window as unknown as { __heard?: string[] }).__heard ?? [];
    return [document.documentElement.outerHTML, root?.innerHTML ?? '', ...values, ...heard].join('\n');
  }, HOST);
}

function formValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, textarea, select')].map(
      (input) => `${input.name || input.id}=${input.type === 'checkbox' ? input.checked : input.value}`,
    ),
  );
}

const PERMIT_STEP = '/Ikamet/Basvuru/IkametIzniBilgileri?basvuruTuru=ilk';

test.use({ locale: 'en-US', viewport: { width: 1920, height: 1100 } });

async function start(page: Page, path: string): Promise<Locator> {
  await page.goto(replicaUrl(path, 'en'));
  await replicaReady(page);
  const host = page.locator(HOST);
  await expect(host).toHaveAttribute('data-page', /.+/);
  await openPanel(host);
  return host;
}

test('a page script pressing the overlay’s buttons fills nothing, changes nothing and reads no profile value', async ({
  context,
  seedStorage,
}) => {
  await seedStorage(profileSeed());
  await routeReplica(context, { lang: 'en' });
  await context.addInitScript(EAVESDROP);
  const page = await context.newPage();
  const host = await start(page, PERMIT_STEP);
  await expect(host).toHaveAttribute('data-page', 'wizard-permit');
  // The person chooses the permit type, so the checklist has documents and a print button.
  await pickOption(page, 'IkametIzni_Turu', 'Short Term Residence Permit');
  await host.locator('[data-checklist-section] > summary').click();
  await expect(host.locator('[data-action="print-checklist"]')).toBeVisible();
  await expect(host.locator('[data-action="fill"]')).toBeVisible();

  const before = await formValues(page);
  const pagesBefore = context.pages().length;
  const pressed = await attack(page, [
    '[data-action="fill"]',
    '[data-language="ar"]',
    '.panel-close',
    '[data-action="print-checklist"]',
    '[data-doc] input[type="checkbox"]',
    'select[data-choice]',
    '[data-hint-for]',
  ]);
  expect(pressed).toEqual(
    expect.arrayContaining(['[data-action="fill"]', '[data-action="print-checklist"]']),
  );
  // Whatever the page's events started would hold the settled marker until it finished.
  await assistantSettled(page);

  // Nothing happened: no fill, no summary, same language, panel open, no print page, no tick.
  expect(await formValues(page)).toEqual(before);
  await expect(host.locator('[data-fill-summary]')).toBeHidden();
  await expect(host.locator('.panel')).toHaveAttribute('lang', 'en');
  await expect(host.locator('.panel')).toHaveAttribute('data-collapsed', 'false');
  await expect(host.locator('[data-doc] input[type="checkbox"]:checked')).toHaveCount(0);
  expect(context.pages()).toHaveLength(pagesBefore);
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.filter((raw) => /"type":"(set|search)"/.test(raw))).toEqual([]);

  // Nothing of the profile but the name on the button is anywhere the page can look.
  const visible = await pageCanSee(page);
  for (const secret of [
    ...SECRET_PROFILE_VALUES,
    PROFILE_RECORD.requestedStart,
    PROFILE_RECORD.insuranceCompany,
  ])
    expect(visible, secret).not.toContain(secret);

  // The person fills; the page then presses Undo and Overwrite itself: nothing moves.
  const typed = page.locator('#IkametIzni_BitisTarihi');
  await typed.click();
  await typed.pressSequentially('15.06.2027');
  await page.keyboard.press('Tab');
  await host.locator('[data-action="fill"]').click();
  const summary = host.locator('[data-fill-summary]');
  await expect(summary).toHaveAttribute('data-fill-state', 'filled');
  await expect(host.locator('[data-action="fill-overwrite"]')).toBeVisible();
  const filled = await formValues(page);
  expect(filled).toContain('IkametIzni.BaslangicTarihi=01.03.2026');
  await attack(page, ['[data-action="undo-fill"]', '[data-action="fill-overwrite"]', '[data-action="fill"]']);
  await assistantSettled(page);
  expect(await formValues(page)).toEqual(filled);
  await expect(summary).toHaveAttribute('data-fill-state', 'filled');
  await expect(typed).toHaveValue('15.06.2027');

  // During the person's fill the page saw only this page's values, one field at a time.
  const requests = (await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).map(
    (raw) => JSON.parse(raw) as { type: string; value?: string; query?: string },
  );
  const sent = requests.filter((request) => request.type === 'set' || request.type === 'search');
  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) {
    const keys = Object.keys(request).sort();
    expect(keys).toEqual(
      request.type === 'set'
        ? ['handle', 'id', 'kind', 'secret', 'type', 'v', 'value']
        : ['by', 'handle', 'id', 'query', 'secret', 'type', 'v'],
    );
  }
  const everything = JSON.stringify(sent);
  for (const secret of SECRET_PROFILE_VALUES) expect(everything, secret).not.toContain(secret);
});

test('a wrapped bridge that lies about a set: the summary reports the field as not verified', async ({
  context,
  seedStorage,
}) => {
  await seedStorage(profileSeed());
  await routeReplica(context, { lang: 'en' });
  await context.addInitScript(LYING_BRIDGE);
  const page = await context.newPage();
  const host = await start(page, '/Ikamet/Basvuru/SaglikSigortasi?basvuruTuru=ilk');
  await expect(host).toHaveAttribute('data-page', 'wizard-insurance');
  await host.locator('[data-action="fill"]').click();
  const summary = host.locator('[data-fill-summary]');
  await expect(summary).toHaveAttribute('data-fill-state', 'filled');
  expect(await page.evaluate(() => (window as unknown as { __lies: number }).__lies)).toBeGreaterThan(0);

  await expect(summary.locator('[data-fill-result="filled"][data-field="insuranceType"]')).toHaveCount(0);
  await expect(summary.locator('[data-fill-result="skipped"][data-field="insuranceType"]')).toHaveAttribute(
    'data-reason',
    'not-verified',
  );
  await expect(host.locator('[data-filled-for="insuranceType"]')).toHaveCount(0);
  // The honest fields are filled and said so.
  await expect(summary.locator('[data-fill-result="filled"][data-field="insuranceCompany"]')).toHaveCount(1);
  await expect(page.locator('#Sigorta_Sirket')).toHaveValue('Acme Sigorta');
});
