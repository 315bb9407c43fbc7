/**
 * Test harness for the built Kendo bridge (`.output/chrome-mv3/kendo-bridge.js`; run
 * `npx wxt build` first). It plays the content script's end of the protocol from the test:
 * loads the built script into a replica page the way `startBridge` does (a script element
 * carrying `data-eik-bridge="<channel>.<secret>"`, removed from the DOM at once), sends
 * requests and collects the bridge's reports.
 *
 * Test-only: nothing here is part of the extension, and the extension exposes no test hooks.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  BRIDGE_DATA_ATTRIBUTE,
  BRIDGE_HANDLE_ATTRIBUTE,
  BRIDGE_PROTOCOL_VERSION,
  type BridgeReport,
  formatBridgeToken,
  parseBridgeReport,
  randomHex,
  reportEventName,
  requestEventName,
} from '../../src/page/bridge-protocol';
import { EXTENSION_DIR } from './launch';

export const BUILT_BRIDGE = path.join(EXTENSION_DIR, 'kendo-bridge.js');

export function builtBridgeSource(): string {
  if (!existsSync(BUILT_BRIDGE)) throw new Error(`No ${BUILT_BRIDGE}: run \`npx wxt build\` first.`);
  return readFileSync(BUILT_BRIDGE, 'utf8');
}

type ResultReport = Extract<BridgeReport, { type: 'result' }>;

export interface PageBridge {
  readonly channel: string;
  readonly secret: string;
  /** Sends one request (v and secret added unless given) and returns its id. */
  send(fields: Record<string, unknown>): Promise<number>;
  /** Waits for the answer to request `id`. */
  result(id: number, timeoutMs?: number): Promise<ResultReport>;
  /** Sends and waits for the answer. */
  request(fields: Record<string, unknown>): Promise<ResultReport>;
  /** Every report so far that carries the right secret (others are dropped, as the content script does). */
  reports(): Promise<BridgeReport[]>;
  /** Every raw report string seen on the channel, signed or not. */
  rawReports(): Promise<string[]>;
  /**
   * The handle the bridge wrote on the element `selector` finds (`data-eik-handle`), reading
   * the widgets first when it has none yet, as the content script does.
   */
  handle(selector: string): Promise<string>;
}

export interface InjectOptions {
  /** 'inline': the built file's text (standalone page); a URL: load it from there (the extension's web-accessible file). */
  readonly source?: 'inline' | { readonly url: string };
}

/** Loads the built bridge into the page and connects to it; resolves once it has said `ready`. */
export async function injectBuiltBridge(page: Page, options: InjectOptions = {}): Promise<PageBridge> {
  const channel = randomHex(16);
  const secret = randomHex(32);
  const reportEvent = reportEventName(channel);
  await page.evaluate((eventName) => {
    const holder = window as unknown as { __eikReports?: string[] };
    holder.__eikReports ??= [];
    const store = holder.__eikReports;
    window.addEventListener(eventName, (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail === 'string') store.push(detail);
    });
  }, reportEvent);

  const source = options.source ?? 'inline';
  await page.evaluate(
    ({ attribute, token, code, url }) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.setAttribute(attribute, token);
        if (url) {
          script.src = url;
          script.addEventListener('load', () => resolve());
          script.addEventListener('error', () => reject(new Error(`could not load ${url}`)));
        } else {
          script.textContent = code;
        }
        (document.head ?? document.documentElement).append(script);
        // As WXT's injectScript with keepInDom: false.
        script.remove();
        if (!url) resolve();
      }),
    {
      attribute: BRIDGE_DATA_ATTRIBUTE,
      token: formatBridgeToken(channel, secret),
      code: source === 'inline' ? builtBridgeSource() : '',
      url: source === 'inline' ? '' : source.url,
    },
  );

  let nextId = 1;
  const rawReports = () =>
    page.evaluate(() => [...((window as unknown as { __eikReports?: string[] }).__eikReports ?? [])]);
  const reports = async () =>
    (await rawReports()).map((raw) => parseBridgeReport(raw, secret)).filter((report) => report !== null);

  const bridge: PageBridge = {
    channel,
    secret,
    async send(fields) {
      const id = typeof fields.id === 'number' ? fields.id : nextId++;
      const detail = JSON.stringify({ v: BRIDGE_PROTOCOL_VERSION, secret, id, ...fields });
      await page.evaluate(
        ([eventName, body]) => window.dispatchEvent(new CustomEvent(eventName as string, { detail: body })),
        [requestEventName(channel), detail],
      );
      return id;
    },
    async result(id, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = (await reports()).find(
          (report): report is ResultReport => report.type === 'result' && report.id === id,
        );
        if (found) return found;
        await page.waitForTimeout(25);
      }
      throw new Error(`The bridge did not answer request ${id}.`);
    },
    async request(fields) {
      return bridge.result(await bridge.send(fields));
    },
    reports,
    rawReports,
    async handle(selector) {
      // Another bridge may run in the page too (the extension's own, with the extension loaded),
      // and the attribute holds the handle of whichever wrote it last. A read request makes this
      // bridge write its own handles, synchronously while the event is dispatched: the attribute
      // is read in that same task.
      const id = nextId++;
      const detail = JSON.stringify({ v: BRIDGE_PROTOCOL_VERSION, secret, id, type: 'read' });
      const handle = await page.evaluate(
        ([eventName, body, css, name]) => {
          window.dispatchEvent(new CustomEvent(eventName as string, { detail: body }));
          return document.querySelector(css as string)?.getAttribute(name as string) ?? '';
        },
        [requestEventName(channel), detail, selector, BRIDGE_HANDLE_ATTRIBUTE],
      );
      await bridge.result(id);
      if (!handle) throw new Error(`No handle on ${selector}.`);
      return handle;
    },
  };

  const deadline = Date.now() + 10_000;
  while (!(await reports()).some((report) => report.type === 'ready')) {
    if (Date.now() > deadline) throw new Error('The bridge never said ready.');
    await page.waitForTimeout(25);
  }
  return bridge;
}

/** Records, from before any page script runs, every untrusted click/submit/key event and every navigation attempt. */
export const RECORD_SYNTHETIC_EVENTS = `
  (() => {
    const seen = (window.__eikSynthetic = []);
    for (const type of ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'submit', 'keydown', 'keyup', 'keypress']) {
      window.addEventListener(type, (event) => {
        if (!event.isTrusted) seen.push(type + ':' + ((event.target && event.target.id) || (event.target && event.target.tagName) || '?'));
      }, true);
    }
    const submit = HTMLFormElement.prototype.submit;
    HTMLFormElement.prototype.submit = function () { seen.push('form.submit()'); return submit.call(this); };
    const requestSubmit = HTMLFormElement.prototype.requestSubmit;
    HTMLFormElement.prototype.requestSubmit = function (...args) { seen.push('form.requestSubmit()'); return requestSubmit.apply(this, args); };
    window.addEventListener('beforeunload', () => seen.push('beforeunload'));
  })();
`;

export function syntheticEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __eikSynthetic?: string[] }).__eikSynthetic ?? []),
  ]);
}

/** The replica sets `window.replicaReady` once its widgets exist and no list or step is loading. */
export async function waitForReplica(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { replicaReady?: boolean }).replicaReady === true);
}

/** What the page's own jQuery / Kendo say about a widget's input: the widget's value and text, and the input's own value. */
export function kendoState(
  page: Page,
  inputId: string,
): Promise<{ widgetValue: string; widgetText: string; inputValue: string } | null> {
  return page.evaluate((id) => {
    type Widget = { value(): unknown; text?(): string };
    const $ = (
      window as unknown as { jQuery: (selector: string) => { data(key: string): unknown; val(): unknown } }
    ).jQuery;
    const element = $(`#${id}`);
    const widget = (element.data('kendoDropDownList') ??
      element.data('kendoDatePicker') ??
      element.data('kendoMaskedTextBox')) as Widget | undefined;
    if (!widget) return null;
    const value = widget.value();
    return {
      widgetValue: value instanceof Date ? value.toISOString() : String(value ?? ''),
      widgetText: typeof widget.text === 'function' ? widget.text() : String(element.val() ?? ''),
      inputValue: String(element.val() ?? ''),
    };
  }, inputId);
}
