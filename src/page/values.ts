/**
 * Reading what the page's fields hold, from the content script. Plain inputs are read
 * directly; Kendo widgets through the bridge's report (their visible text and the code of the
 * chosen item live inside Kendo), with the DOM as a fallback when the bridge is missing. A
 * recognised element finds its widget's report through the handle the bridge wrote on it
 * (`data-eik-handle`), never through its id: ids may be missing or repeated.
 *
 * Human gates (captcha, consent, verification codes) are never read: their content is the
 * user's alone and nothing here needs it.
 */

import type { FieldKey } from '../contracts/field-keys';
import { BRIDGE_HANDLE_ATTRIBUTE, isWidgetHandle, type WidgetState } from './bridge-protocol';
import type { RecognizedField } from './recognition-types';

export interface FieldValue {
  /** Plain inputs: the text; lists: the code ('' for none); dates: dd.MM.yyyy; masked: the digits. */
  readonly value: string;
  /** Lists only: the text the user sees for the chosen item. */
  readonly text?: string;
}

export type FieldValues = Partial<Record<FieldKey, FieldValue>>;

const GATES: ReadonlySet<FieldKey> = new Set(['captcha', 'consent', 'verificationCode']);

/**
 * Whether a recognised field is a Kendo widget (driven through the bridge) rather than a plain
 * control: Kendo's `data-role` on the element, with or without an id.
 */
export function isKendoField(field: Pick<RecognizedField, 'element' | 'widget'>): boolean {
  return (
    (field.widget === 'dropdown' || field.widget === 'date' || field.widget === 'masked') &&
    field.element.hasAttribute('data-role')
  );
}

/** The bridge's handle on a widget's input element, or null when it has none (yet). */
export function widgetHandleOf(element: Element): string | null {
  const handle = element.getAttribute(BRIDGE_HANDLE_ATTRIBUTE);
  return isWidgetHandle(handle) ? handle : null;
}

/** The bridge's widget reports by handle. */
export function widgetsByHandle(widgets: Iterable<WidgetState>): Map<string, WidgetState> {
  const byHandle = new Map<string, WidgetState>();
  for (const widget of widgets) byHandle.set(widget.handle, widget);
  return byHandle;
}

/** The report for the widget created on `element`, found through the element's handle. */
export function widgetOfElement(
  element: Element,
  byHandle: ReadonlyMap<string, WidgetState>,
): WidgetState | undefined {
  const handle = widgetHandleOf(element);
  return handle === null ? undefined : byHandle.get(handle);
}

/**
 * The current value of every recognised field except the human gates. `bridgeValues` is the
 * latest `readWidgetValues()` (or an empty list without a bridge).
 */
export function readFieldValues(
  fields: readonly RecognizedField[],
  bridgeValues: readonly WidgetState[],
): FieldValues {
  const byHandle = widgetsByHandle(bridgeValues);
  const values: FieldValues = {};
  for (const field of fields) {
    if (GATES.has(field.key) || field.widget === 'captcha') continue;
    values[field.key] = readField(field, widgetOfElement(field.element, byHandle));
  }
  return values;
}

/**
 * A Kendo widget's value as a field value. A DatePicker whose text the widget could not read
 * as a date (typed but not valid, or not yet committed) still counts as holding that text:
 * the user typed it, and a fill must not take it for an empty field.
 */
export function widgetFieldValue(widget: WidgetState): FieldValue {
  if (widget.kind === 'dropdown') return { value: widget.value, text: widget.text };
  if (widget.kind === 'date' && widget.value === '') return { value: widget.text.trim() };
  return { value: widget.value };
}

function readField(field: RecognizedField, widget: WidgetState | undefined): FieldValue {
  const element = field.element;
  if (widget && isKendoField(field)) return widgetFieldValue(widget);
  if (element.tagName === 'SELECT') {
    const select = element as HTMLSelectElement;
    const option = select.selectedOptions[0];
    return { value: select.value, text: option ? option.text.trim() : '' };
  }
  if (field.widget === 'checkbox') {
    return {
      value: (element as HTMLInputElement).checked ? (element as HTMLInputElement).value || 'on' : '',
    };
  }
  const raw = controlValue(element);
  // A masked box shows "(555) 123-45-67"; the value the page posts is the digits.
  if (field.widget === 'masked') return { value: raw.replace(/\D/g, '') };
  if (field.widget !== 'date') return { value: raw };
  // `<input type=date>` holds yyyy-MM-dd; the rest of the assistant speaks dd.MM.yyyy.
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  return { value: iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : raw.trim() };
}

function controlValue(element: HTMLElement): string {
  const value = (element as HTMLInputElement).value;
  return typeof value === 'string' ? value : (element.textContent ?? '').trim();
}

export interface PlainInputChange {
  readonly element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  /** 'input' while typing, 'change' when committed. */
  readonly type: 'input' | 'change';
  /** True for the user's own typing; false for events a script (including the fill) dispatched. */
  readonly trusted: boolean;
}

/**
 * Calls back on every native `input` and `change` event of the page's inputs (captured at the
 * document, so the page cannot stop them first). Kendo widgets report through the bridge
 * instead. Returns a function that stops listening.
 */
export function watchPlainInputs(doc: Document, callback: (change: PlainInputChange) => void): () => void {
  const listener = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.matches('input, textarea, select')) return;
    if (event.type !== 'input' && event.type !== 'change') return;
    callback({
      element: target as PlainInputChange['element'],
      type: event.type,
      trusted: event.isTrusted === true,
    });
  };
  doc.addEventListener('input', listener, true);
  doc.addEventListener('change', listener, true);
  return () => {
    doc.removeEventListener('input', listener, true);
    doc.removeEventListener('change', listener, true);
  };
}
