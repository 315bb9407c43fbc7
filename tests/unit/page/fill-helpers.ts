/**
 * Builders for the fill-engine tests: hand-made recognitions over a small DOM, and an
 * in-memory stand-in for the Kendo bridge that behaves like the real one (values and shown
 * texts, server-side lists that only hold what a search loaded, widgets that refuse values).
 */

import type { FieldKey } from '../../../src/contracts/field-keys';
import type { Bridge, SetWidgetResult } from '../../../src/page/bridge-client';
import {
  BRIDGE_HANDLE_ATTRIBUTE,
  type KendoKind,
  optionsSignature,
  type WidgetOption,
  type WidgetState,
} from '../../../src/page/bridge-protocol';
import type { PageRecognition, RecognizedField, WidgetKind } from '../../../src/page/recognition-types';

export function mount(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

export function byId<T extends HTMLElement = HTMLInputElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element as T;
}

export function makeField(
  key: FieldKey,
  id: string,
  widget: WidgetKind,
  overrides: Partial<RecognizedField> = {},
): RecognizedField {
  const element = byId<HTMLElement>(id);
  return {
    key,
    element,
    anchor: element,
    widget,
    matchedBy: 'id',
    label: key,
    fillable: !['captcha', 'consent', 'verificationCode'].includes(key) && widget !== 'readonly',
    ...overrides,
  };
}

export function makeRecognition(
  fields: readonly RecognizedField[],
  overrides: Partial<PageRecognition> = {},
): PageRecognition {
  return {
    kind: 'wizard-personal',
    lang: 'en',
    fields,
    drift: null,
    fillAllowed: true,
    applicationKind: 'first',
    ...overrides,
  };
}

export interface FakeWidget {
  /** The id of the widget's input in the test page (the fake finds the element by it; the engine never does). */
  readonly inputId: string;
  /** The widget's element when the test page gives it no usable id (none, or a repeated one). */
  readonly element?: HTMLElement;
  readonly kind: KendoKind;
  value: string;
  text?: string;
  enabled?: boolean;
  /** Dropdowns: every option of the list (what the server has). */
  all?: WidgetOption[];
  /** Dropdowns: how many options are loaded before any search (server-paged lists). */
  pageSize?: number;
  /** Cascade children: loaded only once `searchOptions` is asked (the parent has been set). */
  cascade?: boolean;
  /** Cascade children: disabled until loaded, reported with `cascades`. */
  cascades?: boolean;
  /** The widget silently keeps its old value (a page that rejects the input). */
  refuses?: boolean;
  /** A wrapped bridge that reports every set as done while the page keeps the old value. */
  lies?: boolean;
  /**
   * A list the page fills from its own change handler: when the widget `dependsOn` (an
   * inputId) changes, this list is emptied (and disabled, with `disabledUntilLoaded`), and
   * `delayMs` later (a timer: drive it with fake timers) it receives `optionsFor(parent value)`.
   */
  dependsOn?: string;
  optionsFor?: (parentValue: string) => WidgetOption[];
  delayMs?: number;
  disabledUntilLoaded?: boolean;
}

export interface FakeBridge extends Bridge {
  readonly widgets: Map<string, FakeWidget & { loaded: WidgetOption[] }>;
  /** What the engine asked, with handles turned back into the test page's ids for readability. */
  readonly calls: string[];
}

export const FAKE_HANDLE_PREFIX = 'fa4e0000';

/**
 * An in-memory bridge: enough Kendo behaviour for the engine's decisions. Like the real one it
 * names widgets by handles it writes on their elements (`data-eik-handle`), and it writes what
 * it sets into the page's DOM (the input's value, a list's shown text) as Kendo does, so the
 * engine's own DOM check sees it.
 */
export function fakeBridge(widgets: readonly FakeWidget[], options: { kendo?: boolean } = {}): FakeBridge {
  const state = new Map(
    widgets.map((widget) => {
      const all = widget.all ?? [];
      const loaded = widget.cascade ? [] : all.slice(0, widget.pageSize ?? all.length);
      return [widget.inputId, { enabled: true, ...widget, loaded }];
    }),
  );
  const calls: string[] = [];
  const idByHandle = new Map<string, string>();
  let handleCount = 0;
  const elementOf = (id: string) => state.get(id)?.element ?? document.getElementById(id);
  const handleFor = (id: string): string => {
    const element = elementOf(id);
    const existing = element?.getAttribute(BRIDGE_HANDLE_ATTRIBUTE);
    if (existing && idByHandle.get(existing) === id) return existing;
    handleCount += 1;
    const handle = `${FAKE_HANDLE_PREFIX}-${handleCount}`;
    idByHandle.set(handle, id);
    element?.setAttribute(BRIDGE_HANDLE_ATTRIBUTE, handle);
    return handle;
  };
  const idOf = (handle: string) => idByHandle.get(handle) ?? `?${handle}`;
  const optionText = (widget: FakeWidget, value: string) =>
    value === '' ? '' : (widget.all?.find((option) => option.value === value)?.text ?? '');
  /** What Kendo does to the page's DOM on `value(…)`: the input's value, a list's shown text. */
  const render = (id: string) => {
    const widget = state.get(id);
    const element = elementOf(id) as HTMLInputElement | null;
    if (!widget || !element) return;
    element.value = widget.value;
    if (widget.kind !== 'dropdown') return;
    let wrapper = element.parentElement?.closest('.k-dropdownlist');
    if (!wrapper) {
      wrapper = document.createElement('span');
      wrapper.className = 'k-picker k-dropdownlist';
      wrapper.innerHTML = '<span class="k-input-inner"><span class="k-input-value-text"></span></span>';
      element.replaceWith(wrapper);
      wrapper.append(element);
    }
    const shown = wrapper.querySelector('.k-input-value-text');
    if (shown) shown.textContent = optionText(widget, widget.value) || 'Seçiniz';
  };
  const snapshot = (id: string): WidgetState | undefined => {
    const widget = state.get(id);
    if (!widget) return undefined;
    const base = {
      handle: handleFor(id),
      kind: widget.kind,
      value: widget.value,
      enabled: widget.enabled ?? true,
    };
    if (widget.kind !== 'dropdown') return { ...base, text: widget.text ?? widget.value };
    const all = widget.all ?? [];
    const complete = !widget.cascade
      ? widget.loaded.length === all.length
      : widget.loaded.length > 0 || all.length === 0;
    const cascades = widget.cascades ? { cascades: true } : {};
    return {
      ...base,
      text: optionText(widget, widget.value),
      options: [...widget.loaded],
      complete,
      ...cascades,
    };
  };
  /** The page's own change handler: children emptied now, filled after their delay. */
  const pageChangeHandler = (parentId: string, parentValue: string) => {
    for (const [childId, child] of state) {
      if (child.dependsOn !== parentId || !child.optionsFor) continue;
      const hadValue = child.value !== '';
      child.loaded = [];
      child.all = [];
      child.value = '';
      if (child.disabledUntilLoaded) child.enabled = false;
      render(childId);
      if (hadValue) pageChangeHandler(childId, '');
      if (parentValue === '') continue;
      const load = child.optionsFor;
      setTimeout(() => {
        // A later change of the parent wins over a slow answer to an earlier one.
        if (state.get(parentId)?.value !== parentValue) return;
        child.all = load(parentValue);
        child.loaded = [...child.all];
        child.enabled = true;
      }, child.delayMs ?? 0);
    }
  };
  return {
    widgets: state,
    calls,
    kendo: options.kendo ?? true,
    async readWidgetValues() {
      calls.push('read');
      return [...state.keys()].map((id) => snapshot(id)).filter((widget) => widget !== undefined);
    },
    handleOf(element) {
      const handle = element.getAttribute(BRIDGE_HANDLE_ATTRIBUTE);
      return handle !== null && idByHandle.has(handle) ? handle : null;
    },
    async setWidgetValue(handle, value, kind): Promise<SetWidgetResult> {
      const inputId = idOf(handle);
      calls.push(`set ${inputId}=${value}`);
      const widget = state.get(inputId);
      if (!widget) return { ok: false, verified: false, error: 'not-found' };
      if (widget.kind !== kind) return { ok: false, verified: false, error: 'wrong-kind' };
      if (/captcha/i.test(inputId)) return { ok: false, verified: false, error: 'protected' };
      if (kind === 'dropdown' && value !== '') {
        const option = widget.all?.find((candidate) => candidate.value === value);
        if (!option)
          return { ok: false, verified: false, error: 'option-not-found', widget: snapshot(inputId) };
        if (!widget.loaded.includes(option)) widget.loaded.push(option);
      }
      if (widget.lies) {
        const claimed = {
          ...snapshot(inputId),
          value,
          text: optionText(widget, value) || value,
        } as WidgetState;
        return { ok: true, verified: true, widget: claimed };
      }
      if (!widget.refuses) {
        const changed = widget.value !== value;
        widget.value = value;
        widget.text = value;
        render(inputId);
        if (changed) pageChangeHandler(inputId, value);
      }
      const after = snapshot(inputId);
      const verified = after?.value === value;
      return { ok: verified, verified, widget: after };
    },
    async searchOptions(handle, query, by = 'text') {
      const inputId = idOf(handle);
      calls.push(`search ${inputId} ${by}:${query}`);
      const widget = state.get(inputId);
      if (widget?.kind !== 'dropdown') return null;
      const all = widget.all ?? [];
      if (widget.cascade) {
        widget.loaded = [...all];
        widget.enabled = true;
      } else if (query === '') widget.loaded = all.slice(0, widget.pageSize ?? all.length);
      else if (widget.loaded.length < all.length) {
        widget.loaded = all.filter((option) =>
          by === 'value'
            ? option.value === query
            : option.text.toLocaleLowerCase('tr').includes(query.toLocaleLowerCase('tr')),
        );
      }
      return snapshot(inputId) ?? null;
    },
    async awaitOptions(handle, since, timeoutMs) {
      const inputId = idOf(handle);
      calls.push(`await ${inputId}`);
      // Time counted in the fake's own steps (drive it with fake timers): no clock is read.
      for (let waited = 0; ; waited += 20) {
        const widget = state.get(inputId);
        if (!widget) return null;
        // A Kendo cascade child loads once its parent has a value (which the engine set).
        if (widget.cascade && widget.loaded.length === 0) {
          widget.loaded = [...(widget.all ?? [])];
          widget.enabled = true;
        }
        const ready = widget.loaded.length > 0 && optionsSignature(widget.loaded) !== since;
        if (ready || waited >= timeoutMs) return snapshot(inputId) ?? null;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    onValueChange() {
      return () => {};
    },
    close() {},
  };
}

export const COUNTRIES: WidgetOption[] = [
  { value: '004', text: 'Afghanistan' },
  { value: '031', text: 'Azerbaijan' },
  { value: '156', text: "China, People's Republic of" },
  { value: '276', text: 'Germany' },
  { value: '364', text: 'Iran' },
  { value: '368', text: 'Iraq' },
  { value: '643', text: 'Russian Federation' },
  { value: '760', text: 'Syria' },
  { value: '804', text: 'Ukraine' },
  { value: '840', text: 'United States of America' },
];
