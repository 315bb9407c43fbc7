/**
 * Builders for the fill-engine tests: hand-made recognitions over a small DOM, and an
 * in-memory stand-in for the Kendo bridge that behaves like the real one (values and shown
 * texts, server-side lists that only hold what a search loaded, widgets that refuse values).
 */
import type { Bridge, SetWidgetResult } from '../../../src/page/bridge-client';
import type { KendoKind, WidgetOption, WidgetState } from '../../../src/page/bridge-protocol';
import type { FieldKey } from '../../../src/page/field-keys';
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
  readonly inputId: string;
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
  /** Cascade children: the parent's input id; such a child is disabled until it has loaded. */
  cascadeFrom?: string;
  /** The widget silently keeps its old value (a page that rejects the input). */
  refuses?: boolean;
}

export interface FakeBridge extends Bridge {
  readonly widgets: Map<string, FakeWidget & { loaded: WidgetOption[] }>;
  readonly calls: string[];
}

/** An in-memory bridge: enough Kendo behaviour for the engine's decisions. */
export function fakeBridge(widgets: readonly FakeWidget[], options: { kendo?: boolean } = {}): FakeBridge {
  const state = new Map(
    widgets.map((widget) => {
      const all = widget.all ?? [];
      const loaded = widget.cascade ? [] : all.slice(0, widget.pageSize ?? all.length);
      return [widget.inputId, { enabled: true, ...widget, loaded }];
    }),
  );
  const calls: string[] = [];
  const snapshot = (id: string): WidgetState | undefined => {
    const widget = state.get(id);
    if (!widget) return undefined;
    const base = { inputId: id, kind: widget.kind, value: widget.value, enabled: widget.enabled ?? true };
    if (widget.kind !== 'dropdown') return { ...base, text: widget.text ?? widget.value };
    const all = widget.all ?? [];
    const complete = !widget.cascade
      ? widget.loaded.length === all.length
      : widget.loaded.length > 0 || all.length === 0;
    const text = widget.value === '' ? '' : (all.find((option) => option.value === widget.value)?.text ?? '');
    const cascadeFrom = widget.cascadeFrom ? { cascadeFrom: widget.cascadeFrom } : {};
    return { ...base, text, options: [...widget.loaded], complete, ...cascadeFrom };
  };
  return {
    widgets: state,
    calls,
    kendo: options.kendo ?? true,
    async readWidgetValues() {
      calls.push('read');
      return [...state.keys()].map((id) => snapshot(id)).filter((widget) => widget !== undefined);
    },
    async setWidgetValue(inputId, value, kind): Promise<SetWidgetResult> {
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
      if (!widget.refuses) {
        widget.value = value;
        widget.text = kind === 'masked' ? value : value;
      }
      const after = snapshot(inputId);
      const verified = after?.value === value;
      return { ok: verified, verified, widget: after };
    },
    async searchOptions(inputId, query, by = 'text') {
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
