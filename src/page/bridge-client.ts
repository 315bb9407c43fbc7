/**
 * The content script's end of the Kendo bridge. `startBridge(ctx)` injects
 * `kendo-bridge.js` into the page's MAIN world with a fresh channel and secret, waits for it
 * to announce itself, and returns a small typed client. Every report is validated
 * (`bridge-protocol.ts`) and checked against the secret before it is believed.
 *
 * Usage:
 *
 *   const bridge = await startBridge(ctx);            // rejects if the bridge never answers
 *   const widgets = await bridge.readWidgetValues();  // every Kendo widget: value, text, options
 *   const stop = bridge.onValueChange((w) => …);      // the user changed a Kendo widget
 *   const handle = bridge.handleOf(field.element);    // the widget's handle, from the element itself
 *   const result = await bridge.setWidgetValue(handle, '760', 'dropdown');
 *   if (!result.ok) …                                 // result.error, or the bridge says it did not hold
 *
 * Widgets are named by the bridge's handle, never by id (see `bridge-protocol.ts`). What the
 * bridge reports is its word only: the fill checks the page's own input from this world.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { injectScript } from 'wxt/utils/inject-script';
import {
  BRIDGE_DATA_ATTRIBUTE,
  BRIDGE_HANDLE_ATTRIBUTE,
  BRIDGE_PROTOCOL_VERSION,
  type BridgeError,
  type BridgeReport,
  type BridgeRequest,
  encodeMessage,
  formatBridgeToken,
  handlePrefix,
  isWidgetHandle,
  type KendoKind,
  MAX_AWAIT_MS,
  parseBridgeReport,
  randomHex,
  reportEventName,
  requestEventName,
  type WidgetState,
} from './bridge-protocol';

export type { BridgeError, KendoKind, WidgetOption, WidgetState } from './bridge-protocol';

/** What a set request did, as the bridge reports it (the page's world: a claim, not a proof). */
export interface SetWidgetResult {
  /** Set without error and the bridge reports the widget holds exactly the value asked for. */
  readonly ok: boolean;
  /** The bridge's read-back value equals the value asked for. */
  readonly verified: boolean;
  readonly error?: BridgeError;
  /** The widget after the attempt (value and shown text), when it was found. */
  readonly widget?: WidgetState;
}

export interface Bridge {
  /** Whether the page has jQuery and Kendo; without them every widget call fails with 'no-kendo'. */
  readonly kendo: boolean;
  /** Every Kendo widget on the page (DropDownList, ComboBox, DatePicker, MaskedTextBox), with or without an id. */
  readWidgetValues(): Promise<WidgetState[]>;
  /**
   * The handle this bridge gave the widget created on `element` (its `data-eik-handle`), or
   * null when it has none yet (read the widgets first) or one this bridge did not give.
   */
  handleOf(element: Element): string | null;
  /**
   * Sets one widget by its handle, as a user's choice would (the widget's `change` fires),
   * then reads it back. `value`: a list code ('' for none), a dd.MM.yyyy date ('' for none),
   * or the digits for a masked box. Human gates are refused by the bridge ('protected').
   */
  setWidgetValue(handle: string, value: string, kind: KendoKind): Promise<SetWidgetResult>;
  /**
   * Server-side lists (the country list, 30 at a time): filters the list through its own data
   * source by text ('contains', like typing in its filter box) or by code, waits for the data
   * and returns the widget with the loaded options. Complete lists come back unchanged.
   */
  searchOptions(handle: string, query: string, by?: 'text' | 'value'): Promise<WidgetState | null>;
  /**
   * Waits for a list to hold options other than those with signature `since` ('' for any
   * options; `optionsSignature`), however the page fills it, for at most `timeoutMs`; returns
   * the list as it then is (null when the bridge did not answer or the widget is gone).
   */
  awaitOptions(handle: string, since: string, timeoutMs: number): Promise<WidgetState | null>;
  /** Calls back whenever a Kendo widget fires `change` (the user's choice, or a fill). */
  onValueChange(callback: (widget: WidgetState) => void): () => void;
  /** Stops the bridge in the page and this client. */
  close(): void;
}

export interface BridgeOptions {
  /** How long to wait for the injected script to announce itself. */
  readonly readyTimeoutMs?: number;
  /** How long one request may take (list loads included). */
  readonly requestTimeoutMs?: number;
}

const READY_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 20_000;

/**
 * Injects the bridge into the page and connects to it. Rejects when the script cannot be
 * injected or does not answer in time; the caller then fills plain inputs only.
 */
export async function startBridge(ctx: ContentScriptContext, options: BridgeOptions = {}): Promise<Bridge> {
  const channel = randomHex(16);
  const secret = randomHex(32);
  const connection = connectBridge(window, channel, secret, options);
  ctx.onInvalidated(() => connection.bridge.close());
  try {
    await injectScript('/kendo-bridge.js', {
      keepInDom: false,
      modifyScript: (script) => {
        script.setAttribute(BRIDGE_DATA_ATTRIBUTE, formatBridgeToken(channel, secret));
      },
    });
    return await connection.ready;
  } catch (error) {
    connection.bridge.close();
    throw error;
  }
}

export interface BridgeConnection {
  /** Resolves with the bridge once it has said `ready`; rejects after the timeout. */
  readonly ready: Promise<Bridge>;
  readonly bridge: Bridge;
}

type Pending = (report: Extract<BridgeReport, { type: 'result' }> | null) => void;
type RequestBody = BridgeRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'v' | 'secret' | 'id'>
    : never
  : never;

/**
 * The client over an already chosen channel and secret, without injecting anything.
 * `startBridge` uses it; so do tests that load the built bridge into a page themselves.
 */
export function connectBridge(
  win: Window,
  channel: string,
  secret: string,
  options: BridgeOptions = {},
): BridgeConnection {
  const requestEvent = requestEventName(channel);
  const reportEvent = reportEventName(channel);
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const ownPrefix = `${handlePrefix(channel)}-`;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(widget: WidgetState) => void>();
  let nextId = 1;
  let kendo = false;
  let closed = false;
  let subscribed = false;
  let markReady: () => void = () => {};
  const readySignal = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  function onReport(event: Event): void {
    const report = parseBridgeReport((event as CustomEvent<unknown>).detail, secret);
    if (!report) return;
    if (report.type === 'ready') {
      kendo = report.kendo;
      markReady();
    } else if (report.type === 'change') {
      for (const listener of listeners) listener(report.widget);
    } else {
      const resolve = pending.get(report.id);
      pending.delete(report.id);
      resolve?.(report);
    }
  }

  function send(body: RequestBody, waitMs = 0): Promise<Extract<BridgeReport, { type: 'result' }> | null> {
    if (closed) return Promise.resolve(null);
    const id = nextId++;
    const request = { v: BRIDGE_PROTOCOL_VERSION, secret, id, ...body } as BridgeRequest;
    return new Promise((resolve) => {
      const timer = win.setTimeout(() => {
        pending.delete(id);
        resolve(null);
      }, requestTimeout + waitMs);
      pending.set(id, (report) => {
        win.clearTimeout(timer);
        resolve(report);
      });
      win.dispatchEvent(new CustomEvent(requestEvent, { detail: encodeMessage(request) }));
    });
  }

  const bridge: Bridge = {
    get kendo() {
      return kendo;
    },

    async readWidgetValues() {
      const report = await send({ type: 'read' });
      return report?.ok ? [...report.widgets] : [];
    },

    handleOf(element) {
      const handle = element.getAttribute(BRIDGE_HANDLE_ATTRIBUTE);
      return isWidgetHandle(handle) && handle.startsWith(ownPrefix) ? handle : null;
    },

    async setWidgetValue(handle, value, kind) {
      // Not a handle at all: the bridge would not even answer.
      if (!isWidgetHandle(handle)) return { ok: false, verified: false, error: 'not-found' };
      const report = await send({ type: 'set', handle, kind, value });
      if (!report) return { ok: false, verified: false, error: closed ? 'failed' : 'timeout' };
      const widget = report.widgets.find((candidate) => candidate.handle === handle);
      const verified = widget !== undefined && widget.kind === kind && widget.value === value;
      if (!report.ok) return { ok: false, verified, error: report.error, widget };
      return { ok: verified, verified, widget };
    },

    async searchOptions(handle, query, by = 'text') {
      if (!isWidgetHandle(handle)) return null;
      const report = await send({ type: 'search', handle, by, query });
      if (!report?.ok) return null;
      return report.widgets.find((candidate) => candidate.handle === handle) ?? null;
    },

    async awaitOptions(handle, since, timeoutMs) {
      if (!isWidgetHandle(handle)) return null;
      const wait = Math.max(0, Math.min(Math.round(timeoutMs), MAX_AWAIT_MS));
      const report = await send({ type: 'await-options', handle, since, timeoutMs: wait }, wait);
      if (!report?.ok) return null;
      return report.widgets.find((candidate) => candidate.handle === handle) ?? null;
    },

    onValueChange(callback) {
      listeners.add(callback);
      if (!subscribed) {
        subscribed = true;
        void send({ type: 'subscribe' });
      }
      return () => listeners.delete(callback);
    },

    close() {
      if (closed) return;
      void send({ type: 'close' });
      closed = true;
      win.removeEventListener(reportEvent, onReport);
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
      listeners.clear();
    },
  };

  win.addEventListener(reportEvent, onReport);

  const ready = new Promise<Bridge>((resolve, reject) => {
    const timer = win.setTimeout(
      () => reject(new Error('The Kendo bridge did not answer.')),
      options.readyTimeoutMs ?? READY_TIMEOUT_MS,
    );
    void readySignal.then(() => {
      win.clearTimeout(timer);
      resolve(bridge);
    });
  });
  // A caller that never awaits `ready` must not see an unhandled rejection.
  ready.catch(() => {});

  return { ready, bridge };
}
