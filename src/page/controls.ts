import { visibleText } from './dom-text';
import type { WidgetKind } from './recognition-types';

/**
 * Finds the data-entry controls of a page and what describes each: its label, its widget
 * and the element the user sees. Pure DOM reading, one pass, no layout queries (so it runs
 * in happy-dom and stays fast enough to repeat on every DOM change).
 */
export interface PageControl {
  /** The element holding the value: the input, or the original input under a Kendo widget. */
  readonly element: HTMLElement;
  /** What the user sees: Kendo's wrapper span, or the element itself. */
  readonly anchor: HTMLElement;
  readonly widget: WidgetKind;
  readonly id: string;
  readonly name: string;
  /** The `maxlength` attribute, or null. */
  readonly maxLength: number | null;
  /** The label as the user sees it, whitespace tidied; '' when none was found. */
  readonly label: string;
  /** Other describing texts (title, placeholder, aria-label of the Kendo wrapper). */
  readonly hints: readonly string[];
}

const CONTROL_SELECTOR = 'input, select, textarea';

/** Input types that carry no user data the assistant knows about (buttons, uploads). */
const IGNORED_INPUT_TYPES: ReadonlySet<string> = new Set([
  'submit',
  'button',
  'reset',
  'image',
  'file',
  'search',
]);

/** Kendo wrappers, old (`k-widget k-dropdown`) and new (`k-picker k-dropdownlist`, `k-input`) rendering. */
const KENDO_WRAPPER =
  '.k-widget, .k-picker, .k-dropdownlist, .k-dropdown, .k-datepicker, .k-maskedtextbox, .k-combobox';

/** Kendo's own inputs in popups and list filters: never fields of the page. */
const KENDO_INTERNAL = '.k-popup, .k-animation-container, .k-list-container, .k-list-filter';

/** Containers that hold one labelled row; the label search does not climb out of them. */
const ROW_BOUNDARY = /\b(form-group|form-horizontal|row|form-row|field)\b/;
const ROW_BOUNDARY_TAGS: ReadonlySet<string> = new Set([
  'TR',
  'FORM',
  'FIELDSET',
  'BODY',
  'TABLE',
  'UL',
  'OL',
  'DL',
]);

/** How far up from a control the label search climbs (controls › column › row). */
const MAX_LABEL_DEPTH = 4;

export function collectControls(doc: Document): PageControl[] {
  const labelsByFor = indexLabelsByFor(doc);
  const seenRadioGroups = new Set<string>();
  const controls: PageControl[] = [];
  for (const element of doc.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    if (!isDataControl(element)) continue;
    const type = inputType(element);
    if (type === 'radio') {
      // One control per radio group: the group is one field.
      const group = element.getAttribute('name') ?? '';
      if (group && seenRadioGroups.has(group)) continue;
      seenRadioGroups.add(group);
    }
    controls.push(describeControl(doc, element, labelsByFor));
  }
  return controls;
}

function isDataControl(element: HTMLElement): boolean {
  const type = inputType(element);
  if (IGNORED_INPUT_TYPES.has(type)) return false;
  if (element.closest(KENDO_INTERNAL)) return false;
  // Hidden inputs carry tokens and captcha ids; only a Kendo widget's original input counts.
  if (type === 'hidden') return element.hasAttribute('data-role');
  return true;
}

function inputType(element: HTMLElement): string {
  if (element.tagName !== 'INPUT') return element.tagName.toLowerCase();
  return (element.getAttribute('type') ?? 'text').toLowerCase();
}

function describeControl(doc: Document, element: HTMLElement, labelsByFor: Map<string, string>): PageControl {
  const wrapper = kendoWrapper(element);
  const anchor = wrapper ?? element;
  const maxLengthAttribute = element.getAttribute('maxlength');
  const maxLength = maxLengthAttribute === null ? null : Number.parseInt(maxLengthAttribute, 10);
  const widget = widgetOf(element, wrapper);
  return {
    element,
    anchor,
    widget,
    id: element.id,
    name: element.getAttribute('name') ?? '',
    maxLength: Number.isFinite(maxLength) ? maxLength : null,
    label: findLabel(doc, element, anchor, widget, labelsByFor),
    hints: findHints(element, wrapper),
  };
}

function indexLabelsByFor(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const label of doc.querySelectorAll('label[for]')) {
    const target = label.getAttribute('for');
    if (!target || index.has(target)) continue;
    const text = visibleText(label);
    if (text) index.set(target, text);
  }
  return index;
}

/**
 * The visible Kendo wrapper of an original input: an ancestor (Kendo wraps the input it
 * was created on), or, in markup that keeps the input outside, an adjacent sibling.
 */
function kendoWrapper(element: HTMLElement): HTMLElement | null {
  const ancestor = element.parentElement?.closest<HTMLElement>(KENDO_WRAPPER);
  if (ancestor) return ancestor;
  if (!element.hasAttribute('data-role')) return null;
  for (const sibling of [element.previousElementSibling, element.nextElementSibling]) {
    if (sibling?.matches(KENDO_WRAPPER)) return sibling as HTMLElement;
  }
  return null;
}

/** Kendo's `data-role` (kept on the original input after initialisation) names the widget. */
const WIDGET_BY_ROLE: Readonly<Record<string, WidgetKind>> = {
  dropdownlist: 'dropdown',
  combobox: 'dropdown',
  datepicker: 'date',
  maskedtextbox: 'masked',
};

/** Without a role, the wrapper's classes do; date and mask first, as both may carry `k-input`. */
const WIDGET_BY_WRAPPER_CLASS: ReadonlyArray<readonly [RegExp, WidgetKind]> = [
  [/\bk-datepicker\b/, 'date'],
  [/\bk-maskedtextbox\b/, 'masked'],
  [/\bk-(dropdown|dropdownlist|picker|combobox)\b/, 'dropdown'],
];

function widgetOf(element: HTMLElement, wrapper: HTMLElement | null): WidgetKind {
  const byRole = WIDGET_BY_ROLE[element.getAttribute('data-role')?.toLowerCase() ?? ''];
  if (byRole) return byRole;
  const wrapperClass = wrapper?.getAttribute('class') ?? '';
  for (const [pattern, widget] of WIDGET_BY_WRAPPER_CLASS) if (pattern.test(wrapperClass)) return widget;
  if (element.tagName === 'SELECT') return 'dropdown';
  const type = inputType(element);
  if (type === 'checkbox' || type === 'radio') return 'checkbox';
  if (type === 'date') return 'date';
  if (element.hasAttribute('readonly') || element.hasAttribute('disabled')) return 'readonly';
  return 'text';
}

/**
 * The label a user sees, in Bitwarden's order of trust: `label[for]`, a wrapping label,
 * `aria-labelledby`, `aria-label`, then the Bootstrap row's label column.
 */
function findLabel(
  doc: Document,
  element: HTMLElement,
  anchor: HTMLElement,
  widget: WidgetKind,
  labelsByFor: Map<string, string>,
): string {
  const forLabel = element.id ? labelsByFor.get(element.id) : undefined;
  if (forLabel) return forLabel;
  const wrapping = element.closest('label');
  if (wrapping) {
    const text = visibleText(wrapping);
    if (text) return text;
  }
  for (const target of anchor === element ? [element] : [element, anchor]) {
    const labelledBy = ariaLabelledByText(doc, target);
    if (labelledBy) return labelledBy;
    const ariaLabel = target.getAttribute('aria-label')?.trim();
    if (ariaLabel) return ariaLabel;
  }
  return rowLabel(anchor, widget);
}

function ariaLabelledByText(doc: Document, element: HTMLElement): string {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => {
      const labelElement = id ? doc.getElementById(id) : null;
      return labelElement ? visibleText(labelElement) : '';
    })
    .filter(Boolean)
    .join(' ');
}

/**
 * The text beside the control inside its row: the label column of a Bootstrap
 * `form-horizontal` row (`label.control-label` / `.col-lg-4` next to `div.controls`), or the
 * neighbouring cell of a table row. Text fields are labelled before them; checkboxes after
 * them ("☐ Okudum, anladım"), so those look that way first. Stops at an element that holds
 * another control (that text belongs to another field) and never climbs out of the row.
 */
function rowLabel(anchor: HTMLElement, widget: WidgetKind): string {
  if (widget === 'checkbox') return siblingText(anchor, 'next') || siblingText(anchor, 'previous');
  return siblingText(anchor, 'previous');
}

function siblingText(anchor: HTMLElement, direction: 'previous' | 'next'): string {
  const step = (element: Element): Element | null =>
    direction === 'previous' ? element.previousElementSibling : element.nextElementSibling;
  let node: Element = anchor;
  for (let depth = 0; depth < MAX_LABEL_DEPTH; depth++) {
    for (let sibling = step(node); sibling; sibling = step(sibling)) {
      if (holdsVisibleControl(sibling)) return '';
      const text = visibleText(sibling);
      if (text) return text;
    }
    const parent = node.parentElement;
    // The row holds this field's label and control; above it are other fields and headings.
    if (!parent || isRowBoundary(parent)) break;
    node = parent;
  }
  return '';
}

/** Hidden inputs (tokens, captcha ids) sit beside fields and are no reason to stop looking. */
const VISIBLE_CONTROL = 'input:not([type=hidden]), select, textarea';

function holdsVisibleControl(element: Element): boolean {
  return element.matches(VISIBLE_CONTROL) || element.querySelector(VISIBLE_CONTROL) !== null;
}

function isRowBoundary(element: Element): boolean {
  return ROW_BOUNDARY_TAGS.has(element.tagName) || ROW_BOUNDARY.test(element.getAttribute('class') ?? '');
}

function findHints(element: HTMLElement, wrapper: HTMLElement | null): string[] {
  const hints: string[] = [];
  for (const source of wrapper ? [element, wrapper] : [element]) {
    for (const attribute of ['title', 'placeholder', 'aria-label']) {
      const value = source.getAttribute(attribute)?.trim();
      if (value && !hints.includes(value)) hints.push(value);
    }
  }
  return hints;
}
