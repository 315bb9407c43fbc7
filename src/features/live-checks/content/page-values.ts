/**
 * The values of this page's fields that the session keeps (`SESSION_FIELDS`), read as the user
 * sees them now. Plain inputs are read directly. A Kendo DatePicker is read from its own input
 * too: that is where the user types, and the widget reports a change only when the typing is
 * committed. Kendo lists come from the bridge's latest report (code and shown text), with the
 * widget's hidden input and shown text as the fallback when the bridge is missing.
 */

import type { WidgetState } from '../../../page/bridge-protocol';
import type { RecognizedField } from '../../../page/recognition-types';
import { isKendoField, readFieldValues, widgetFieldValue, widgetOfElement } from '../../../page/values';
import { isSessionField, type SessionField, type SessionValue } from '../../../permit-application/session';

export type PageValues = Partial<Record<SessionField, SessionValue>>;

/** `widgets`: the bridge's latest reports by handle (`widgetsByHandle`). */
export function readPageValues(
  fields: readonly RecognizedField[],
  widgets: ReadonlyMap<string, WidgetState>,
): PageValues {
  const values: PageValues = {};
  for (const field of fields) {
    if (!isSessionField(field.key) || field.key in values) continue;
    values[field.key] = readPageValue(field, widgets);
  }
  return values;
}

/** One field's value as the person sees it now. */
export function readPageValue(
  field: RecognizedField,
  widgets: ReadonlyMap<string, WidgetState>,
): SessionValue {
  const widget = widgetOfElement(field.element, widgets);
  const kendo = isKendoField(field);
  if (kendo && field.widget === 'date') return { value: inputText(field.element) };
  if (kendo && field.widget === 'dropdown') {
    if (widget) return widgetFieldValue(widget);
    const value = inputText(field.element);
    const shown = field.anchor.querySelector('.k-input-value-text, .k-input')?.textContent?.trim() ?? '';
    return { value, text: value === '' ? '' : shown };
  }
  return readFieldValues([field], [])[field.key] ?? { value: '' };
}

function inputText(element: HTMLElement): string {
  const value = (element as HTMLInputElement).value;
  return typeof value === 'string' ? value.trim() : '';
}
