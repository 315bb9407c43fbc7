/**
 * The built Kendo bridge (`.output/chrome-mv3/kendo-bridge.js`, run `npx wxt build` first)
 * against the replica's real Kendo widgets. The test plays two parts: the user (it clicks
 * and types, as a person would) and the content script's end of the protocol (it sends
 * requests and reads reports through tests/support/bridge-harness.ts).
 *
 * Most tests load the built script into a plain Chromium page (no extension), the way
 * `startBridge` hands it over. The last group loads the extension and fetches the script
 * from its web-accessible URL, the real path.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { WidgetState } from '../../src/page/bridge-protocol';
import {
  injectBuiltBridge,
  kendoState,
  type PageBridge,
  RECORD_SYNTHETIC_EVENTS,
  syntheticEvents,
  waitForReplica,
} from '../support/bridge-harness';
import { test as extensionTest } from '../support/extension';
import { launchBrowser } from '../support/launch';
import { REPLICA_ORIGIN, replicaUrl, routeReplica } from '../support/replica';

const EXTENSION_ENTRY = '/Ikamet/UzatmaGecisGiris/UzatmaBasvuru';
const WIZARD_PERSONAL = '/Ikamet/Basvuru/KisiselBilgiler?basvuruTuru=ilk';

let context: BrowserContext;
const outside: string[] = [];

test.beforeEach(async () => {
  context = await launchBrowser({ withExtension: false });
  outside.length = 0;
  // Nothing but the replica may load.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await routeReplica(context, { lang: 'en' });
  await context.addInitScript(RECORD_SYNTHETIC_EVENTS);
});

test.afterEach(async () => {
  await context.close();
  expect(outside).toEqual([]);
});

async function open(path: string): Promise<{ page: Page; bridge: PageBridge }> {
  const page = await context.newPage();
  await page.goto(replicaUrl(path, 'en'));
  await waitForReplica(page);
  const bridge = await injectBuiltBridge(page);
  return { page, bridge };
}

/** The user opens a Kendo DropDownList and picks an option. */
async function choose(page: Page, inputId: string, optionText: string): Promise<void> {
  await page.locator(`[aria-controls="${inputId}_listbox"]`).click();
  await page.locator(`#${inputId}_listbox li`, { hasText: optionText }).first().click();
}

async function changes(bridge: PageBridge, inputId: string): Promise<WidgetState[]> {
  const handle = await bridge.handle(`#${inputId}`);
  return (await bridge.reports())
    .filter((report) => report.type === 'change')
    .map((report) => report.widget)
    .filter((widget) => widget.handle === handle);
}

test.describe('the built bridge on the extension entry page', () => {
  test('answers a read request with every Kendo widget, and no human gate', async () => {
    const { page, bridge } = await open(EXTENSION_ENTRY);
    const result = await bridge.request({ type: 'read' });
    expect(result.ok).toBe(true);
    const idOf = (handle: string) =>
      page.evaluate((h) => document.querySelector(`[data-eik-handle="${h}"]`)?.id ?? '', handle);
    const byId: Record<string, WidgetState> = {};
    for (const widget of result.widgets) byId[await idOf(widget.handle)] = widget;
    expect(Object.keys(byId).sort()).toEqual([
      'iletisim_cepTelefon',
      'iletisim_tercih',
      'uyruk',
      'uzatmaIlDegistir',
    ]);
    expect(byId.uzatmaIlDegistir).toMatchObject({
      kind: 'dropdown',
      value: '',
      text: '',
      complete: true,
      options: [
        { value: '0', text: 'No' },
        { value: '1', text: 'Yes' },
      ],
    });
    // The country list is paged on the server, 30 at a time.
    expect(byId.uyruk).toMatchObject({ kind: 'dropdown', complete: false });
    expect(byId.uyruk?.options).toHaveLength(30);
    expect(byId.iletisim_cepTelefon).toMatchObject({ kind: 'masked', value: '' });
  });

  test('reports the user choosing an option in #uzatmaIlDegistir, signed with the secret', async () => {
    const { page, bridge } = await open(EXTENSION_ENTRY);
    await bridge.request({ type: 'subscribe' });
    await choose(page, 'uzatmaIlDegistir', 'Yes');
    await expect
      .poll(() => changes(bridge, 'uzatmaIlDegistir'))
      .toEqual([expect.objectContaining({ kind: 'dropdown', value: '1', text: 'Yes' })]);
    // Every report on the channel carried the secret.
    for (const raw of await bridge.rawReports()) expect(JSON.parse(raw).secret).toBe(bridge.secret);
    expect(await syntheticEvents(page)).toEqual([]);
  });

  test('ignores requests with a wrong secret', async () => {
    const { page, bridge } = await open(EXTENSION_ENTRY);
    const wrong = 'e'.repeat(64);
    await bridge.send({ type: 'read', id: 90, secret: wrong });
    await bridge.send({
      type: 'set',
      id: 91,
      secret: wrong,
      handle: await bridge.handle('#uzatmaIlDegistir'),
      kind: 'dropdown',
      value: '1',
    });
    await bridge.send({
      type: 'set',
      id: 92,
      handle: await bridge.handle('#uzatmaIlDegistir'),
      kind: 'dropdown',
      value: '1',
      secret: undefined,
    });
    // Refused when read: a request the bridge accepts after them is answered, theirs never.
    await bridge.request({ type: 'read' });
    const answered = (await bridge.rawReports())
      .map((raw) => JSON.parse(raw))
      .filter((report) => report.id >= 90);
    expect(answered).toEqual([]);
    expect(await kendoState(page, 'uzatmaIlDegistir')).toMatchObject({ widgetValue: '', inputValue: '' });
  });

  test('refuses to set captcha and consent, and leaves them untouched', async () => {
    const { page, bridge } = await open(EXTENSION_ENTRY);
    await page.locator('#CaptchaInputText').fill('R7KM4XPA');
    await bridge.request({ type: 'read' });
    const gates = ['CaptchaInputText', 'CaptchaDeText', 'uzatmaGecisOkudumAnladim'];
    // The bridge gives the gates no handle; a handle the page writes on one is not the bridge's.
    const handles = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.getAttribute('data-eik-handle') ?? null),
      gates,
    );
    expect(handles).toEqual([null, null, null]);
    const forged = `${bridge.channel.slice(0, 8)}-90`;
    await page.evaluate(
      ([ids, handle]) => {
        for (const id of ids as string[])
          document.getElementById(id)?.setAttribute('data-eik-handle', handle as string);
      },
      [gates, forged] as const,
    );
    for (const kind of ['masked', 'dropdown'] as const) {
      const result = await bridge.request({ type: 'set', handle: forged, kind, value: '1' });
      expect(result, kind).toMatchObject({ ok: false, error: 'not-found' });
    }
    await expect(page.locator('#CaptchaInputText')).toHaveValue('R7KM4XPA');
    await expect(page.locator('#uzatmaGecisOkudumAnladim')).not.toBeChecked();
    expect(await syntheticEvents(page)).toEqual([]);
  });

  test('sets widgets so that Kendo and the page’s own inputs hold the value', async () => {
    const { page, bridge } = await open(EXTENSION_ENTRY);
    const pageChanges = await page.evaluateHandle(() => {
      const seen: string[] = [];
      const $ = (window as unknown as { jQuery: (s: string) => { on(e: string, f: () => void): void } })
        .jQuery;
      for (const id of ['uzatmaIlDegistir', 'uyruk', 'iletisim_cepTelefon'])
        $(`#${id}`).on('change', () => seen.push(id));
      return seen;
    });

    const province = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#uzatmaIlDegistir'),
      kind: 'dropdown',
      value: '1',
    });
    expect(province).toMatchObject({ ok: true, widgets: [{ value: '1', text: 'Yes' }] });
    expect(await kendoState(page, 'uzatmaIlDegistir')).toEqual({
      widgetValue: '1',
      widgetText: 'Yes',
      inputValue: '1',
    });
    await expect(page.locator('[aria-controls="uzatmaIlDegistir_listbox"]')).toContainText('Yes');

    // Syria is not on the list's first page of 30: the bridge fetches it by its code.
    const country = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#uyruk'),
      kind: 'dropdown',
      value: '760',
    });
    expect(country).toMatchObject({ ok: true, widgets: [{ value: '760', text: 'Syria' }] });
    expect(await kendoState(page, 'uyruk')).toEqual({
      widgetValue: '760',
      widgetText: 'Syria',
      inputValue: '760',
    });

    const phone = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#iletisim_cepTelefon'),
      kind: 'masked',
      value: '5551234567',
    });
    expect(phone).toMatchObject({ ok: true, widgets: [{ value: '5551234567', text: '(555) 123-45-67' }] });

    const missing = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#uzatmaIlDegistir'),
      kind: 'dropdown',
      value: '7',
    });
    expect(missing).toMatchObject({ ok: false, error: 'option-not-found' });
    expect(await kendoState(page, 'uzatmaIlDegistir')).toMatchObject({ widgetValue: '1' });

    // The page heard each change the way it hears a user's (jQuery change on the input).
    expect(await pageChanges.jsonValue()).toEqual(['uzatmaIlDegistir', 'uyruk', 'iletisim_cepTelefon']);
    expect(await syntheticEvents(page)).toEqual([]);
    expect(page.url()).toBe(`${REPLICA_ORIGIN}${EXTENSION_ENTRY}?lang=en`);
  });

  test('searches a server-side list by text, as typing into its filter does', async () => {
    const { bridge } = await open(EXTENSION_ENTRY);
    const found = await bridge.request({
      type: 'search',
      handle: await bridge.handle('#uyruk'),
      by: 'text',
      query: 'Ukr',
    });
    expect(found.widgets[0]?.options).toEqual([{ value: '804', text: 'Ukraine' }]);
    const chosen = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#uyruk'),
      kind: 'dropdown',
      value: '804',
    });
    expect(chosen).toMatchObject({ ok: true, widgets: [{ value: '804', text: 'Ukraine' }] });
    const cleared = await bridge.request({
      type: 'search',
      handle: await bridge.handle('#uyruk'),
      by: 'text',
      query: '',
    });
    expect(cleared.widgets[0]?.options).toHaveLength(30);
  });
});

test.describe('the built bridge on the wizard personal step', () => {
  test('reports the user’s DatePicker and MaskedTextBox changes', async () => {
    const { page, bridge } = await open(WIZARD_PERSONAL);
    await bridge.request({ type: 'subscribe' });
    const date = page.locator('#Kisisel_DogumTarihi');
    await date.click();
    await date.pressSequentially('04.05.1990');
    await date.press('Tab');
    await expect
      .poll(() => changes(bridge, 'Kisisel_DogumTarihi'))
      .toEqual([expect.objectContaining({ kind: 'date', value: '04.05.1990' })]);
    const phone = page.locator('#Kisisel_CepTelefon');
    await phone.click();
    await phone.pressSequentially('5551234567');
    await phone.press('Tab');
    await expect
      .poll(() => changes(bridge, 'Kisisel_CepTelefon'))
      .toEqual([expect.objectContaining({ kind: 'masked', value: '5551234567', text: '(555) 123-45-67' })]);
    await choose(page, 'Kisisel_Cinsiyet', 'Female');
    await expect
      .poll(() => changes(bridge, 'Kisisel_Cinsiyet'))
      .toEqual([expect.objectContaining({ value: '2', text: 'Female' })]);
  });

  test('sets a DatePicker so the wizard records it', async () => {
    const { page, bridge } = await open(WIZARD_PERSONAL);
    const result = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#Kisisel_DogumTarihi'),
      kind: 'date',
      value: '04.05.1990',
    });
    expect(result).toMatchObject({ ok: true, widgets: [{ value: '04.05.1990', text: '04.05.1990' }] });
    await expect(page.locator('#Kisisel_DogumTarihi')).toHaveValue('04.05.1990');
    // The replica records values only on a widget change, like the site's Kendo MVVM model, and
    // keeps them when the user moves on to the next step.
    await page.locator('#btnIleri').click();
    await waitForReplica(page);
    const recorded = await page.evaluate(() => JSON.parse(sessionStorage.getItem('replica-basvuru') ?? '{}'));
    expect(recorded.values?.['Kisisel.DogumTarihi']).toEqual({ value: '04.05.1990', text: '04.05.1990' });
    await page.locator('#btnGeri').click();
    await waitForReplica(page);
    await expect(page.locator('#Kisisel_DogumTarihi')).toHaveValue('04.05.1990');
    const bad = await bridge.request({
      type: 'set',
      handle: await bridge.handle('#Kisisel_DogumTarihi'),
      kind: 'date',
      value: '1990-05-04',
    });
    expect(bad).toMatchObject({ ok: false, error: 'invalid-value' });
  });

  test('watches widgets that a later wizard step creates', async () => {
    const { page, bridge } = await open(WIZARD_PERSONAL);
    await bridge.request({ type: 'subscribe' });
    // The user goes on to the next step; its partial view arrives by AJAX.
    await page.locator('#btnIleri').click();
    await waitForReplica(page);
    await expect(page.locator('[aria-controls$="_listbox"]').first()).toBeVisible();
    const passportType = await page.evaluate(
      () =>
        document.querySelector<HTMLInputElement>('#basvuruAdimIcerik [data-role="dropdownlist"]')?.id ?? '',
    );
    expect(passportType).not.toBe('');
    await choose(page, passportType, 'Ordinary Passport');
    await expect
      .poll(() => changes(bridge, passportType))
      .toEqual([expect.objectContaining({ kind: 'dropdown', text: 'Ordinary Passport' })]);
  });
});

extensionTest.describe('with the extension loaded', () => {
  extensionTest(
    'kendo-bridge.js is web-accessible to e-İkamet and works when loaded from the extension',
    async ({ context, extensionId }) => {
      await routeReplica(context, { lang: 'en' });
      const page = await context.newPage();
      await page.goto(replicaUrl(EXTENSION_ENTRY, 'en'));
      await waitForReplica(page);
      const bridge = await injectBuiltBridge(page, {
        source: { url: `chrome-extension://${extensionId}/kendo-bridge.js` },
      });
      // The data attribute is gone from the element the moment the bridge has read it.
      const result = await bridge.request({
        type: 'set',
        handle: await bridge.handle('#uzatmaIlDegistir'),
        kind: 'dropdown',
        value: '0',
      });
      expect(result).toMatchObject({ ok: true, widgets: [{ value: '0', text: 'No' }] });
      expect(await kendoState(page, 'uzatmaIlDegistir')).toEqual({
        widgetValue: '0',
        widgetText: 'No',
        inputValue: '0',
      });
    },
  );
});
