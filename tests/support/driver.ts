/**
 * A browser-neutral way to act on a tab as a person does, so one scenario runs unchanged in
 * Chromium (Playwright) and in Firefox (puppeteer-core over WebDriver BiDi): see
 * tests/scenarios/. Each browser gives a `BrowserPort` (navigate, run a function in the page,
 * real mouse and keyboard input); everything else — finding elements, in the page or in the
 * overlay's shadow root, checking visibility, waiting — is written once here, as functions run
 * inside the page, so both browsers are asked exactly the same questions.
 *
 * Clicks and typing go through the browser's input pipeline (`isTrusted` events), never
 * `element.click()` or `dispatchEvent`: the overlay ignores untrusted events, and so does a person.
 */
import { expect } from '@playwright/test';
import { REPLICA_ORIGIN } from './replica';

export type BrowserName = 'chromium' | 'firefox';

/** What a browser automation library must provide for one tab. */
export interface BrowserPort {
  readonly browserName: BrowserName;
  /** Loads a URL in this tab and waits for its `load`. */
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page's main world and returns its (JSON-able) result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A real mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** A real mouse move to viewport coordinates. */
  move(x: number, y: number): Promise<void>;
  /** Types text with real key events into whatever has focus. */
  type(text: string): Promise<void>;
  /** One key press, with modifiers joined by '+': 'Tab', 'ArrowDown', 'Control+a'. */
  press(key: string): Promise<void>;
  /** Sets the files of an `<input type=file>` as a person's file choice does. */
  setInputFiles(selector: string, files: readonly string[]): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** Where a selector is looked up: the page's own document, or our overlay's shadow root. */
export type Scope = 'page' | 'overlay';

export const OVERLAY_HOST = 'eikamet-assistant';

/** Polls soon and often: each look is one round trip, and most conditions hold within ~100 ms. */
export const POLL: { readonly intervals: number[] } = { intervals: [25, 50, 100, 200, 250] };

interface Query {
  readonly scope: Scope;
  readonly selector: string;
  /** Only elements whose trimmed text is exactly this. */
  readonly text?: string;
  /** Only visible elements. */
  readonly visible?: boolean;
}

interface ElementFacts {
  readonly count: number;
  readonly visible: boolean;
  readonly text: string | null;
  readonly value: string | null;
  readonly checked: boolean | null;
  readonly attributes: Record<string, string> | null;
}

/**
 * Runs in the page. Finds the matching elements (first one decides) and reports on them.
 * Self-contained: it is serialised into the page by both libraries.
 */
function describeInPage(query: Query): ElementFacts {
  const host = document.querySelector('eikamet-assistant');
  const root: ParentNode | null = query.scope === 'overlay' ? (host?.shadowRoot ?? null) : document;
  const isVisible = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
    return check
      ? check.call(element, { visibilityProperty: true, opacityProperty: false })
      : getComputedStyle(element).visibility !== 'hidden';
  };
  const all = root ? [...root.querySelectorAll(query.selector)] : [];
  const matching = all.filter(
    (element) =>
      (query.text === undefined || (element.textContent ?? '').trim() === query.text) &&
      (!query.visible || isVisible(element)),
  );
  const first = matching[0];
  if (!first) return { count: 0, visible: false, text: null, value: null, checked: null, attributes: null };
  const attributes: Record<string, string> = {};
  for (const attribute of first.attributes) attributes[attribute.name] = attribute.value;
  const input = first as HTMLInputElement;
  return {
    count: matching.length,
    visible: isVisible(first),
    text: (first as HTMLElement).innerText ?? first.textContent,
    value: typeof input.value === 'string' ? input.value : null,
    checked: typeof input.checked === 'boolean' ? input.checked : null,
    attributes,
  };
}

/**
 * Runs in the page. Scrolls the first match into view and returns the centre of its box, if
 * that point really lands on it (nothing covers it); else why not, for the failure message.
 */
function targetInPage(query: Query): { x: number; y: number } | { why: string } {
  const host = document.querySelector('eikamet-assistant');
  const root = query.scope === 'overlay' ? (host?.shadowRoot ?? null) : document;
  if (!root) return { why: 'no overlay' };
  const element = [...root.querySelectorAll(query.selector)].find((candidate) => {
    if (query.text !== undefined && (candidate.textContent ?? '').trim() !== query.text) return false;
    const rect = candidate.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  });
  if (!element) return { why: 'not found, or not rendered' };
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const rect = element.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const hit = (root as Document | ShadowRoot).elementFromPoint(x, y);
  if (!hit || !(hit === element || element.contains(hit) || hit.contains(element))) {
    const name = hit
      ? `<${hit.tagName.toLowerCase()}${hit.id ? ` id="${hit.id}"` : ''}${hit.getAttribute('class') ? ` class="${hit.getAttribute('class')}"` : ''}>`
      : 'nothing';
    return { why: `covered at (${Math.round(x)}, ${Math.round(y)}) by ${name}` };
  }
  return { x, y };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One tab, driven as a person would drive it. */
export class Tab {
  constructor(readonly port: BrowserPort) {}

  get browserName(): BrowserName {
    return this.port.browserName;
  }

  /** Facts about the first element `selector` finds in `scope` (count 0 when none). */
  describe(scope: Scope, selector: string, options: { text?: string; visible?: boolean } = {}) {
    return this.port.evaluate(describeInPage, { scope, selector, ...options });
  }

  count(scope: Scope, selector: string, options: { visible?: boolean } = {}): Promise<number> {
    return this.describe(scope, selector, options).then((facts) => facts.count);
  }

  /** Waits until `selector` finds `count` elements (visible ones only, if asked). */
  async expectCount(scope: Scope, selector: string, count: number, options: { visible?: boolean } = {}) {
    await expect.poll(() => this.count(scope, selector, options), { ...POLL, message: selector }).toBe(count);
  }

  /** Waits until the first element `selector` finds is visible. */
  async expectVisible(scope: Scope, selector: string, options: { text?: string } = {}): Promise<void> {
    await expect
      .poll(() => this.describe(scope, selector, options).then((facts) => facts.visible), {
        ...POLL,
        message: selector,
      })
      .toBe(true);
  }

  /** Waits until the first element's text matches. */
  async expectText(scope: Scope, selector: string, text: string | RegExp): Promise<void> {
    await expect
      .poll(() => this.describe(scope, selector).then((facts) => facts.text ?? ''), {
        ...POLL,
        message: selector,
      })
      .toMatch(text);
  }

  /** Waits until the first element's value equals `value`. */
  async expectValue(scope: Scope, selector: string, value: string): Promise<void> {
    await expect
      .poll(() => this.describe(scope, selector).then((facts) => facts.value), { ...POLL, message: selector })
      .toBe(value);
  }

  /** Waits until the first element's attribute matches (null: until it has none). */
  async expectAttribute(scope: Scope, selector: string, name: string, value: string | RegExp | null) {
    const read = () => this.describe(scope, selector).then((facts) => facts.attributes?.[name] ?? null);
    if (value === null) await expect.poll(read, { ...POLL, message: `${selector} [${name}]` }).toBeNull();
    else await expect.poll(read, { ...POLL, message: `${selector} [${name}]` }).toMatch(value);
  }

  /** The overlay host's attribute (data-page, data-ui-lang…), or null. */
  hostAttribute(name: string): Promise<string | null> {
    return this.describe('page', OVERLAY_HOST).then((facts) => facts.attributes?.[name] ?? null);
  }

  async expectHostAttribute(name: string, value: string | RegExp): Promise<void> {
    await expect
      .poll(() => this.hostAttribute(name), { ...POLL, message: `${OVERLAY_HOST} [${name}]` })
      .toMatch(value);
  }

  /** A person's click on the first visible match, once nothing covers it. */
  async click(
    scope: Scope,
    selector: string,
    options: { text?: string; timeout?: number } = {},
  ): Promise<void> {
    const { timeout, ...query } = options;
    let point: { x: number; y: number } | null = null;
    let why = 'never looked';
    // Clickable, and still in the same place as at the last look: not mid-animation.
    await expect
      .poll(
        async () => {
          const previous: { x: number; y: number } | null = point;
          const target = await this.port.evaluate(targetInPage, { scope, selector, ...query });
          point = 'why' in target ? null : target;
          why = 'why' in target ? target.why : 'moving';
          return (
            point !== null &&
            previous !== null &&
            Math.abs(point.x - previous.x) < 0.5 &&
            Math.abs(point.y - previous.y) < 0.5
          );
        },
        { ...POLL, timeout, message: `clickable: ${selector}${query.text ? ` "${query.text}"` : ''}` },
      )
      .toBe(true)
      .catch((error: Error) => {
        error.message = `${error.message}\nAt the last look: ${why}`;
        throw error;
      });
    const { x, y } = point as unknown as { x: number; y: number };
    await this.port.click(x, y);
  }

  /** Clicks into a text field, selects what it holds and types `text` over it. */
  async typeInto(scope: Scope, selector: string, text: string): Promise<void> {
    await this.click(scope, selector);
    await this.port.press('Control+a');
    await this.port.type(text);
  }

  press(key: string): Promise<void> {
    return this.port.press(key);
  }

  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return this.port.evaluate(fn, arg);
  }

  async goto(url: string): Promise<void> {
    await this.port.goto(url);
  }

  screenshot(path: string): Promise<void> {
    return this.port.screenshot(path);
  }
}

/** A tab showing the replica, with the wizard's own controls. */
export class ReplicaTab extends Tab {
  /** Opens a replica path and waits for its scripts (widgets built, nothing loading). */
  async open(pathAndQuery: string): Promise<void> {
    await this.goto(REPLICA_ORIGIN + pathAndQuery);
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect
      .poll(
        () => this.evaluate(() => (window as unknown as { replicaReady?: boolean }).replicaReady === true, 0),
        POLL,
      )
      .toBe(true);
  }

  /**
   * Waits until the assistant has caught up with the page's last change (`data-settled` on its
   * host): recognition, values, rules, checklist and any fill. "Nothing happened" is asserted
   * after this, and a step is left only after it, so what was typed has reached the background.
   */
  async settled(): Promise<void> {
    await this.expectHostAttribute('data-settled', /^true$/);
  }

  /**
   * Opens the panel if it is folded. Whether it starts folded depends on the form's width beside
   * it, which the assistant knows only once it has read the laid-out page: until it settles the
   * panel may still fold, so it is looked at after that.
   */
  async openPanel(): Promise<void> {
    await this.expectHostAttribute('data-page', /.+/);
    await this.settled();
    if (await this.describe('overlay', '.panel-tab').then((facts) => facts.visible))
      await this.click('overlay', '.panel-tab');
    await this.expectVisible('overlay', '.panel-body');
  }

  /** Types a date into a field (found by selector) and leaves it with Tab, as a person does. */
  async typeDate(selector: string, date: string): Promise<void> {
    await this.typeInto('page', selector, date);
    await this.press('Tab');
  }

  /**
   * Opens the Kendo DropDownList holding `inputSelector` and clicks the option with this text.
   * Kendo ignores a click on a list that is still closing, so, as a person waits for the last
   * list to go away, the click comes only once no list is showing.
   */
  async pickOption(inputSelector: string, optionText: string): Promise<void> {
    const widget = `.k-dropdownlist:has(${inputSelector})`;
    const option = 'li[role="option"]';
    await this.expectCount('page', option, 0, { visible: true });
    await this.click('page', widget);
    await expect
      .poll(() => this.describe('page', option, { text: optionText, visible: true }).then((f) => f.count), {
        ...POLL,
        message: `${option} "${optionText}" shown`,
      })
      .toBe(1);
    await this.click('page', option, { text: optionText });
    await this.expectText(
      'page',
      `${widget} .k-input-value-text`,
      new RegExp(`^\\s*${escapeRegExp(optionText)}\\s*$`),
    );
    await this.expectCount('page', option, 0, { visible: true });
  }

  /** Presses the wizard's own Next button; the next step is swapped in without a page load. */
  async nextStep(label: string): Promise<void> {
    await this.click('page', 'button', { text: label });
    await this.ready();
  }

  /** A finding in the panel's findings region. */
  static finding(rule: string, severity?: string): string {
    return `[data-findings] [data-rule="${rule}"]${severity ? `[data-severity="${severity}"]` : ''}`;
  }

  /** What the page's own jQuery/Kendo say about the widget on `inputSelector`, and the input's value. */
  kendoState(inputSelector: string) {
    return this.evaluate((selector) => {
      type Widget = { value(): unknown; text?(): string };
      const $ = (window as unknown as { jQuery: (element: Element) => { data(key: string): unknown } })
        .jQuery;
      const element = document.querySelector(selector) as HTMLInputElement | null;
      if (!element) return null;
      const widget = ($(element).data('kendoDropDownList') ?? $(element).data('kendoDatePicker')) as
        | Widget
        | undefined;
      const value = widget?.value();
      return {
        widgetValue:
          value instanceof Date
            ? `${String(value.getDate()).padStart(2, '0')}.${String(value.getMonth() + 1).padStart(2, '0')}.${value.getFullYear()}`
            : String(value ?? ''),
        widgetText: typeof widget?.text === 'function' ? widget.text() : '',
        inputValue: element.value,
      };
    }, inputSelector);
  }
}
