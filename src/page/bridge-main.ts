/**
 * The Kendo bridge, as it runs in the page's MAIN world (bundled into `kendo-bridge.js` by
 * `entrypoints/kendo-bridge.ts`). It uses the page's own `window.jQuery` and `window.kendo`
 * and never brings its own.
 *
 * It answers a fixed set of requests (see `bridge-protocol.ts`, which also has the threat
 * model): read the page's Kendo widgets, set one DropDownList / ComboBox / DatePicker /
 * MaskedTextBox by its handle, search one server-side list through its own data source (what a user typing
 * into the list's filter box does), report widget changes, close. Setting goes through the
 * widget exactly as a user's choice does inside Kendo: `value(…)`, then the element's jQuery
 * `change` and the widget's `change` event, which is what Kendo MVVM listens to.
 *
 * It never submits, never navigates, never simulates pointer or keyboard input and never
 * touches captcha, consent, verification or token fields.
 *
 * Widgets are found by `data-role`, whether or not they have an id, and each gets a handle
 * (`data-eik-handle` on its input, see `bridge-protocol.ts`). The bridge keeps its own record
 * of which element it gave which handle, so an attribute copied onto another element (a cloned
 * row) or removed by the page does not confuse it: the copy gets a handle of its own, the
 * removed attribute is put back.
 */
import {
  BRIDGE_HANDLE_ATTRIBUTE,
  BRIDGE_PROTOCOL_VERSION,
  type BridgeError,
  type BridgeReport,
  type BridgeRequest,
  encodeMessage,
  handlePrefix,
  isProtectedControl,
  type KendoKind,
  MAX_OPTIONS,
  MAX_WIDGETS,
  optionsSignature,
  parseBridgeRequest,
  reportEventName,
  requestEventName,
  type WidgetOption,
  type WidgetState,
} from './bridge-protocol';

// ——— The few jQuery / Kendo shapes the bridge uses (typed here; the page provides the code) ———

interface JQueryLike {
  (element: Element): JQueryObject;
  active?: number;
}

interface JQueryObject {
  data(key: string): unknown;
  val(): unknown;
  trigger(event: string): unknown;
}

interface Thenable {
  then(onFulfilled: () => void, onRejected: () => void): unknown;
  /** jQuery's own: called as the promise settles, where `then` waits for a later task (jQuery 3). */
  always?(settled: () => void): unknown;
}

interface KendoDataSource {
  data(): ArrayLike<Record<string, unknown>>;
  read?(): Thenable | undefined;
  total(): number;
  pageSize(): number | undefined;
  filter(): { filters?: unknown[] } | undefined;
  query(options: Record<string, unknown>): Thenable | undefined;
  options: {
    serverFiltering?: boolean;
    serverPaging?: boolean;
    transport?: { read?: unknown };
    data?: unknown;
  };
}

interface KendoWidget {
  element: JQueryObject;
  options: Record<string, unknown>;
  value(value?: unknown): unknown;
  trigger(event: string): boolean;
  bind(event: string, handler: () => void): void;
  unbind(event: string, handler: () => void): void;
  text?(): string;
  raw?(): string;
  select?(predicate: (item: Record<string, unknown>) => boolean): unknown;
  dataSource?: KendoDataSource;
  listView?: { bound(): boolean };
}

interface KendoLike {
  parseDate(text: string, format: string): Date | null;
  toString(value: Date, format: string): string;
}

type PageWindow = Window & { jQuery?: JQueryLike; kendo?: KendoLike };

/** Per `data-role`: the kind the protocol speaks of and the key Kendo keeps the widget under. */
const WIDGET_BY_ROLE: Readonly<Record<string, { kind: KendoKind; dataKey: string }>> = {
  dropdownlist: { kind: 'dropdown', dataKey: 'kendoDropDownList' },
  combobox: { kind: 'dropdown', dataKey: 'kendoComboBox' },
  datepicker: { kind: 'date', dataKey: 'kendoDatePicker' },
  maskedtextbox: { kind: 'masked', dataKey: 'kendoMaskedTextBox' },
};

const DATE_FORMAT = 'dd.MM.yyyy';
const TR_DATE = /^\d{2}\.\d{2}\.\d{4}$/;
/** How long to wait for the page's pending list loads (cascades, searches). */
const IDLE_TIMEOUT_MS = 5_000;
const POLL_MS = 5;
/** How often a list the page is still filling is looked at. */
const AWAIT_POLL_MS = 20;

export interface BridgeHandle {
  /** Removes every listener and observer the bridge added. */
  close(): void;
}

/**
 * Starts the bridge on `win` for one channel and secret: it listens for requests and
 * announces itself with a `ready` report (saying whether the page has jQuery and Kendo).
 */
export function runKendoBridge(win: PageWindow, channel: string, secret: string): BridgeHandle {
  const doc = win.document;
  const requestEvent = requestEventName(channel);
  const reportEvent = reportEventName(channel);
  const watched = new Map<KendoWidget, () => void>();
  /** Which element has which handle: the bridge's own record, not the page's attribute. */
  const handles = new WeakMap<Element, string>();
  const prefix = handlePrefix(channel);
  let handleCount = 0;
  let observer: MutationObserver | null = null;
  let scanTimer: number | undefined;
  let closed = false;

  const jq = (): JQueryLike | null => (typeof win.jQuery === 'function' ? win.jQuery : null);
  const kendo = (): KendoLike | null =>
    win.kendo && typeof win.kendo.parseDate === 'function' ? win.kendo : null;

  function report(message: DistributiveOmit<BridgeReport, 'v' | 'secret'>): void {
    if (closed) return;
    const full = { v: BRIDGE_PROTOCOL_VERSION, secret, ...message } as BridgeReport;
    win.dispatchEvent(new CustomEvent(reportEvent, { detail: encodeMessage(full) }));
  }

  // ——— Finding widgets ———

  function roleOf(element: Element): { kind: KendoKind; dataKey: string } | null {
    const role = element.getAttribute('data-role')?.toLowerCase() ?? '';
    return Object.hasOwn(WIDGET_BY_ROLE, role) ? (WIDGET_BY_ROLE[role] ?? null) : null;
  }

  function kindOf(element: Element): KendoKind | null {
    return roleOf(element)?.kind ?? null;
  }

  /** The element's handle, given now if it has none; the attribute is (re)written to match. */
  function handleOf(element: Element): string {
    let handle = handles.get(element);
    if (handle === undefined) {
      handleCount += 1;
      handle = `${prefix}-${handleCount}`;
      handles.set(element, handle);
    }
    if (element.getAttribute(BRIDGE_HANDLE_ATTRIBUTE) !== handle) {
      element.setAttribute(BRIDGE_HANDLE_ATTRIBUTE, handle);
    }
    return handle;
  }

  /** The element this bridge gave `handle` to, if it is still in the page; copies of the attribute do not count. */
  function elementOf(handle: string): HTMLElement | null {
    for (const element of doc.querySelectorAll<HTMLElement>(`[${BRIDGE_HANDLE_ATTRIBUTE}]`)) {
      if (handles.get(element) === handle) return element;
    }
    // The page removed or changed the attribute: a fresh scan puts it back on every widget.
    for (const { element } of allWidgets()) if (handles.get(element) === handle) return element;
    return null;
  }

  function isProtected(element: Element): boolean {
    return isProtectedControl({
      id: element.id,
      name: element.getAttribute('name') ?? '',
      type:
        element.tagName === 'INPUT'
          ? (element.getAttribute('type') ?? 'text')
          : element.tagName.toLowerCase(),
      kendo: kindOf(element) !== null,
    });
  }

  function widgetOf(element: Element): KendoWidget | null {
    const $ = jq();
    const role = roleOf(element);
    if (!$ || !role) return null;
    const widget = $(element).data(role.dataKey) as KendoWidget | undefined;
    return widget && typeof widget.value === 'function' && typeof widget.trigger === 'function'
      ? widget
      : null;
  }

  /** Every Kendo widget of a supported kind that is not a human gate, with or without an id; each gets its handle. */
  function allWidgets(): { element: HTMLElement; kind: KendoKind; widget: KendoWidget }[] {
    const found: { element: HTMLElement; kind: KendoKind; widget: KendoWidget }[] = [];
    for (const element of doc.querySelectorAll<HTMLElement>('[data-role]')) {
      const kind = kindOf(element);
      if (!kind || isProtected(element)) continue;
      const widget = widgetOf(element);
      if (!widget) continue;
      handleOf(element);
      found.push({ element, kind, widget });
      if (found.length >= MAX_WIDGETS) break;
    }
    return found;
  }

  // ——— Reading ———

  function isEnabled(element: HTMLElement): boolean {
    return !element.hasAttribute('disabled') && !element.hasAttribute('readonly');
  }

  function field(widget: KendoWidget, name: 'dataValueField' | 'dataTextField'): string {
    const value = widget.options[name];
    return typeof value === 'string' ? value : '';
  }

  function itemValue(widget: KendoWidget, item: Record<string, unknown>): string {
    const key = field(widget, 'dataValueField');
    return String((key ? item[key] : item) ?? '');
  }

  function itemText(widget: KendoWidget, item: Record<string, unknown>): string {
    const key = field(widget, 'dataTextField');
    return String((key ? item[key] : item) ?? '');
  }

  function loadedItems(widget: KendoWidget): Record<string, unknown>[] {
    const data = widget.dataSource?.data();
    if (!data) return [];
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < data.length && items.length < MAX_OPTIONS; i++) {
      const item = data[i];
      if (item) items.push(item);
    }
    return items;
  }

  /**
   * A list the page gave its items but never read (`setDataSource` on a widget with autoBind
   * off): read them, as opening the list would. Local items only; nothing is requested.
   */
  async function readGivenItems(widget: KendoWidget): Promise<void> {
    const source = widget.dataSource;
    if (!source || source.data().length > 0 || isRemote(source) || source.options.transport?.read) return;
    const given = source.options.data;
    // A local transport: `read()` takes the given items, no request is made.
    if (!Array.isArray(given) || given.length === 0 || typeof source.read !== 'function') return;
    await settle(source.read());
  }

  function isRemote(source: KendoDataSource | undefined): boolean {
    return Boolean(source?.options.serverFiltering || source?.options.serverPaging);
  }

  /** Whether the loaded items are the whole list the user could choose from. */
  function isComplete(widget: KendoWidget): boolean {
    const source = widget.dataSource;
    if (!source) return false;
    if (widget.listView && !widget.listView.bound()) return false;
    if (!isRemote(source)) return true;
    // A cascade filter (province → district) defines the list; a search filter narrows it.
    const filtered = (source.filter()?.filters?.length ?? 0) > 0 && !widget.options.cascadeFrom;
    return !filtered && source.total() <= source.data().length;
  }

  function clip(text: string, max: number): string {
    return text.length > max ? text.slice(0, max) : text;
  }

  function stateOf(element: HTMLElement, kind: KendoKind, widget: KendoWidget): WidgetState {
    const base = { handle: handleOf(element), kind, enabled: isEnabled(element) };
    if (kind === 'dropdown') {
      const value = String(widget.value() ?? '');
      const options: WidgetOption[] = loadedItems(widget).map((item) => ({
        value: clip(itemValue(widget, item), 256),
        text: clip(itemText(widget, item), 512),
      }));
      const text = value === '' ? '' : (widget.text?.() ?? '');
      const cascades = widget.options.cascadeFrom ? { cascades: true } : {};
      return { ...base, value, text: clip(text, 512), options, complete: isComplete(widget), ...cascades };
    }
    const shown = clip(String(widget.element.val() ?? ''), 512);
    if (kind === 'date') {
      const date = widget.value();
      const k = kendo();
      const value = date instanceof Date && k ? k.toString(date, DATE_FORMAT) : '';
      return { ...base, value, text: shown };
    }
    const raw = typeof widget.raw === 'function' ? widget.raw() : shown;
    return { ...base, value: raw.replace(/\D/g, '').slice(0, 64), text: shown };
  }

  function readAll(): WidgetState[] {
    return allWidgets().map(({ element, kind, widget }) => stateOf(element, kind, widget));
  }

  // ——— Waiting for the page's list loads ———

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => win.setTimeout(resolve, ms));
  }

  /**
   * Resolves when the page has no jQuery AJAX request in flight (Kendo lists load through it).
   * After a change, `settleFirst` lets promise callbacks run first, so a request the page starts
   * from one is seen. A Kendo cascade child starts its request within the parent's change event,
   * before this is even called. Not a whole task: that would also wait for the browser to render
   * the page, about 10 ms per list. A page that starts loading a dependent list from a timer is
   * waited for by the fill itself, which watches that list's options (`awaitOptions`).
   */
  async function whenIdle(settleFirst: boolean): Promise<boolean> {
    if (settleFirst) for (let turn = 0; turn < 3; turn += 1) await Promise.resolve();
    const deadline = Date.now() + IDLE_TIMEOUT_MS;
    while ((jq()?.active ?? 0) > 0) {
      if (Date.now() > deadline) return false;
      await sleep(POLL_MS);
    }
    return true;
  }

  async function query(source: KendoDataSource, filter: Record<string, unknown>): Promise<void> {
    const options: Record<string, unknown> = { filter };
    const pageSize = source.pageSize();
    if (pageSize) Object.assign(options, { page: 1, pageSize });
    await settle(source.query(options));
    await whenIdle(false);
  }

  // ——— Setting ———

  /** The widget's own sequence after a user's choice: the element's jQuery change, then the widget's. */
  function announceChange(widget: KendoWidget): void {
    widget.element.trigger('change');
    widget.trigger('change');
  }

  async function setDropdown(widget: KendoWidget, value: string): Promise<BridgeError | null> {
    await whenIdle(false);
    await readGivenItems(widget);
    const has = () => loadedItems(widget).some((item) => itemValue(widget, item) === value);
    if (value !== '' && !has()) {
      const source = widget.dataSource;
      // A server-side list (the ~200 countries, 30 at a time): fetch the item by its code, as the
      // site does when it restores a saved value. Never for a cascade child: its filter is the parent.
      if (!source || !isRemote(source) || widget.options.cascadeFrom) return 'option-not-found';
      const valueField = field(widget, 'dataValueField');
      if (!valueField) return 'option-not-found';
      await query(source, { field: valueField, operator: 'eq', value });
      if (!has()) return 'option-not-found';
    }
    const source = widget.dataSource;
    const searched = (source?.filter()?.filters?.length ?? 0) > 0 && !widget.options.cascadeFrom;
    if (value === '' && searched && source) {
      // Back to nothing chosen: the list goes back to what the page first showed, then the option label.
      await query(source, { logic: 'and', filters: [] });
      widget.value('');
    } else if (value !== '' && searched && typeof widget.select === 'function') {
      // In a list narrowed by a search, `value()` would first clear the search and lose the
      // item again; choosing the item in the narrowed list is what the user's click does.
      await settle(widget.select((item: Record<string, unknown>) => itemValue(widget, item) === value));
    } else {
      widget.value(value);
    }
    announceChange(widget);
    // A cascade child starts loading on its parent's change; let it finish before the next field.
    await whenIdle(true);
    return null;
  }

  /** Waits for a jQuery / Kendo promise, or gives up after the idle timeout. */
  function settle(pending: unknown): Promise<void> {
    const thenable = pending as Partial<Thenable> | undefined;
    if (!thenable || typeof thenable.then !== 'function') return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = win.setTimeout(resolve, IDLE_TIMEOUT_MS);
      const done = () => {
        win.clearTimeout(timer);
        resolve();
      };
      // A jQuery promise (Kendo's lists) calls `always` as it settles; its `then` would wait for a
      // later task, about a millisecond per list load (more on a busy page).
      if (typeof thenable.always === 'function') thenable.always(done);
      else thenable.then?.(done, done);
    });
  }

  function setDate(widget: KendoWidget, value: string): BridgeError | null {
    const k = kendo();
    if (!k) return 'no-kendo';
    let date: Date | null = null;
    if (value !== '') {
      if (!TR_DATE.test(value)) return 'invalid-value';
      date = k.parseDate(value, DATE_FORMAT);
      if (!date) return 'invalid-value';
    }
    widget.value(date);
    announceChange(widget);
    return null;
  }

  function setMasked(widget: KendoWidget, value: string): BridgeError | null {
    if (!/^\d{0,32}$/.test(value)) return 'invalid-value';
    widget.value(value);
    announceChange(widget);
    return null;
  }

  /** Finds the widget by its handle, or says why not. Human gates are refused before anything else. */
  function target(
    handle: string,
    kind: KendoKind,
  ): { element: HTMLElement; widget: KendoWidget } | { error: BridgeError } {
    if (!jq() || !kendo()) return { error: 'no-kendo' };
    const element = elementOf(handle);
    if (!element) return { error: 'not-found' };
    if (isProtected(element)) return { error: 'protected' };
    const actual = kindOf(element);
    if (!actual) return { error: 'not-found' };
    if (actual !== kind) return { error: 'wrong-kind' };
    const widget = widgetOf(element);
    if (!widget) return { error: 'not-found' };
    if (!isEnabled(element)) return { error: 'disabled' };
    return { element, widget };
  }

  async function handleSet(handle: string, kind: KendoKind, value: string): Promise<Answer> {
    const found = target(handle, kind);
    if ('error' in found) return { error: found.error, widgets: [] };
    const { element, widget } = found;
    let error: BridgeError | null;
    if (kind === 'dropdown') error = await setDropdown(widget, value);
    else if (kind === 'date') error = setDate(widget, value);
    else error = setMasked(widget, value);
    return { error, widgets: [stateOf(element, kind, widget)] };
  }

  async function handleSearch(handle: string, by: 'text' | 'value', text: string): Promise<Answer> {
    const found = target(handle, 'dropdown');
    if ('error' in found) return { error: found.error, widgets: [] };
    const { element, widget } = found;
    await whenIdle(false);
    await readGivenItems(widget);
    const source = widget.dataSource;
    // Local lists and cascade children are complete: there is nothing to search.
    if (!source || !isRemote(source) || widget.options.cascadeFrom) {
      return { error: null, widgets: [stateOf(element, 'dropdown', widget)] };
    }
    if (text.trim() === '') {
      // Clear an earlier search: the list as the page first showed it.
      if ((source.filter()?.filters?.length ?? 0) > 0) await query(source, { logic: 'and', filters: [] });
    } else if (!isComplete(widget)) {
      const key = field(widget, by === 'value' ? 'dataValueField' : 'dataTextField');
      const operator =
        by === 'value'
          ? 'eq'
          : typeof widget.options.filter === 'string'
            ? widget.options.filter
            : 'contains';
      if (key) await query(source, { field: key, operator, value: text });
    }
    return { error: null, widgets: [stateOf(element, 'dropdown', widget)] };
  }

  /**
   * Waits until the list holds options other than `since` and no list load is in flight, or
   * until the time is up: whichever way the page fills it (a cascade, its own change handler
   * calling `setDataSource` or `dataSource.read()`, items added later).
   */
  async function handleAwaitOptions(handle: string, since: string, timeoutMs: number): Promise<Answer> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = target(handle, 'dropdown');
      if (!('error' in found)) await readGivenItems(found.widget);
      const ready =
        !('error' in found) &&
        (jq()?.active ?? 0) === 0 &&
        (() => {
          const options = stateOf(found.element, 'dropdown', found.widget).options ?? [];
          return options.length > 0 && optionsSignature(options) !== since;
        })();
      // A disabled list is still worth waiting for: the page enables it once it is filled.
      if ('error' in found && found.error !== 'disabled') return { error: found.error, widgets: [] };
      if (ready || Date.now() >= deadline) {
        const element = elementOf(handle);
        const widget = element ? widgetOf(element) : null;
        return { error: null, widgets: element && widget ? [stateOf(element, 'dropdown', widget)] : [] };
      }
      await sleep(AWAIT_POLL_MS);
    }
  }

  // ——— Watching ———

  function watchAll(): void {
    for (const { element, kind, widget } of allWidgets()) {
      if (watched.has(widget)) continue;
      const handler = () => {
        if (element.isConnected) report({ type: 'change', widget: stateOf(element, kind, widget) });
      };
      widget.bind('change', handler);
      watched.set(widget, handler);
    }
  }

  function scheduleScan(): void {
    if (scanTimer !== undefined) return;
    // After the page's own script has finished creating the widget.
    scanTimer = win.setTimeout(() => {
      scanTimer = undefined;
      watchAll();
    }, 0);
  }

  function subscribe(): void {
    watchAll();
    if (observer) return;
    const created = new MutationObserver(scheduleScan);
    observer = created;
    created.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-role'],
    });
  }

  // ——— Requests ———

  interface Answer {
    error: BridgeError | null;
    widgets: WidgetState[];
  }

  async function answer(request: BridgeRequest): Promise<Answer> {
    switch (request.type) {
      case 'read':
        return { error: null, widgets: readAll() };
      case 'subscribe':
        subscribe();
        return { error: null, widgets: readAll() };
      case 'set':
        return handleSet(request.handle, request.kind, request.value);
      case 'search':
        return handleSearch(request.handle, request.by, request.query);
      case 'await-options':
        return handleAwaitOptions(request.handle, request.since, request.timeoutMs);
      case 'close':
        return { error: null, widgets: [] };
    }
  }

  function onRequest(event: Event): void {
    const request = parseBridgeRequest((event as CustomEvent<unknown>).detail, secret);
    if (!request) return;
    answer(request)
      .catch((): Answer => ({ error: 'failed', widgets: [] }))
      .then(({ error, widgets }) => {
        if (error) report({ type: 'result', id: request.id, ok: false, error, widgets });
        else report({ type: 'result', id: request.id, ok: true, widgets });
        if (request.type === 'close') close();
      });
  }

  function close(): void {
    if (closed) return;
    closed = true;
    win.removeEventListener(requestEvent, onRequest);
    observer?.disconnect();
    if (scanTimer !== undefined) win.clearTimeout(scanTimer);
    for (const [widget, handler] of watched) {
      try {
        widget.unbind('change', handler);
      } catch {
        // The page may have destroyed the widget already.
      }
    }
    watched.clear();
  }

  win.addEventListener(requestEvent, onRequest);
  report({ type: 'ready', kendo: jq() !== null && kendo() !== null });
  return { close };
}

/** `Omit` that keeps a union a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
