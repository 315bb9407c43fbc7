import type { PageControl } from './controls';
import { visibleText } from './dom-text';
import { matchLabelTexts } from './field-matching';

/**
 * Read-only display fields: a value the page prints as text beside its label instead of in
 * an input — `<dt>`/`<dd>`, a `<th>` or `<td>` and the next cell, a Bootstrap
 * `label.control-label` beside `p.form-control-static`, a `<strong>` or `<span>` followed by
 * a `<span>`. Extension and transfer flows may show the current permit's type and end date
 * this way. Only labels whose text fits the field catalogue count, and only values that hold
 * no control (a read-only input is an ordinary control, found by `collectControls`).
 *
 * They are recognised, explained and read like any field, and never filled.
 */

/** Elements that may name a value printed beside them. */
const LABEL_SELECTOR =
  'label, dt, th, td, strong, b, .control-label, span, div[class*="col-"], div[class*="label"]';

/** Navigation, headings, buttons and Kendo internals never label a printed value. */
const NOT_A_LABEL =
  '.regist--steps, .navbar, nav, .breadcrumb, [role=navigation], h1, h2, h3, h4, h5, h6, legend, button, a, .k-widget, .k-picker, .k-input, .k-popup, .k-animation-container, [data-replica-only]';

const CONTROL = 'input:not([type=hidden]), select, textarea, button, [data-role]';

/** A label is short; a value is at most a line (longer text is help, not a field). */
const MAX_LABEL_CHARS = 80;
const MAX_VALUE_CHARS = 160;

/** Row containers the search for the value does not climb out of. */
const ROW_BOUNDARY = /\b(form-group|form-horizontal|row|form-row|field)\b/;
const ROW_BOUNDARY_TAGS: ReadonlySet<string> = new Set(['TR', 'FORM', 'FIELDSET', 'BODY', 'TABLE', 'DL']);

export interface DisplayControl extends PageControl {
  readonly widget: 'readonly';
}

export function collectDisplayControls(doc: Document): DisplayControl[] {
  const root = doc.body;
  if (!root) return [];
  const seenValues = new Set<Element>();
  const controls: DisplayControl[] = [];
  for (const label of root.querySelectorAll<HTMLElement>(LABEL_SELECTOR)) {
    if (label.closest(NOT_A_LABEL) || isForControl(doc, label)) continue;
    if (label.querySelector(CONTROL)) continue;
    const text = visibleText(label);
    if (text.length < 2 || text.length > MAX_LABEL_CHARS) continue;
    // The page layout first (cheap), the catalogue's patterns only for a label with a value.
    const value = valueBeside(label);
    if (!value || seenValues.has(value)) continue;
    if (matchLabelTexts([text]).length === 0) continue;
    seenValues.add(value);
    controls.push({
      element: value,
      anchor: value,
      widget: 'readonly',
      id: value.id,
      name: '',
      maxLength: null,
      label: text.replace(/\s*:$/, ''),
      hints: [],
    });
  }
  return controls;
}

/** A `<label for>` naming an existing control belongs to that control, not to printed text. */
function isForControl(doc: Document, label: HTMLElement): boolean {
  const target = label.getAttribute('for');
  if (!target) return false;
  const control = doc.getElementById(target);
  return control?.matches('input, select, textarea') ?? false;
}

/**
 * The element printed after the label: its next sibling, or, for a label alone in its column
 * (`div.col-lg-4 > label`), the next column. The value must hold text and no control; a
 * value column's `.form-control-static` is taken when there is one.
 */
function valueBeside(label: HTMLElement): HTMLElement | null {
  let node: HTMLElement = label;
  for (let depth = 0; depth < 3; depth++) {
    const sibling = nextWithText(node);
    if (sibling) return printedValue(sibling);
    const parent = node.parentElement;
    if (!parent || isRowBoundary(parent) || parent.children.length > 1) return null;
    node = parent;
  }
  return null;
}

function nextWithText(node: HTMLElement): HTMLElement | null {
  for (let sibling = node.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
    // Required-field stars and help icons sit between a label and its value.
    if (visibleText(sibling) === '' && !sibling.querySelector(CONTROL)) continue;
    return sibling as HTMLElement;
  }
  return null;
}

function printedValue(candidate: HTMLElement): HTMLElement | null {
  if (candidate.matches(CONTROL) || candidate.querySelector(CONTROL)) return null;
  const value = candidate.querySelector<HTMLElement>('.form-control-static') ?? candidate;
  const text = visibleText(value);
  if (text === '' || text.length > MAX_VALUE_CHARS) return null;
  // Another label (a `<th>` after a `<th>`, a heading row) is not a value.
  if (/^(TH|DT|LABEL)$/.test(value.tagName)) return null;
  return value;
}

function isRowBoundary(element: Element): boolean {
  return ROW_BOUNDARY_TAGS.has(element.tagName) || ROW_BOUNDARY.test(element.getAttribute('class') ?? '');
}
