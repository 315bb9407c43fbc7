/**
 * Puts each hint badge in the keyboard order right after its field. The badges live in our one
 * shadow host at the end of <body>, so the browser's own order would reach them only after the
 * whole form. Here a person's Tab out of a field goes to its badge, Tab from the badge to
 * whatever followed the field, and Shift+Tab walks the same way back. Badges themselves are
 * `tabindex="-1"`, so they are not visited a second time at the end of the page.
 *
 * It only answers a person's own Tab key (trusted, not already handled by the page's widgets)
 * by moving focus between the page's own focusable elements and our badges: nothing is typed,
 * clicked or changed.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldKey } from '../../contracts/field-keys';
import type { RecognizedField } from '../../page/recognition-types';
import { fieldContaining } from './focus-watcher';
import { guard } from './guard';
import { focusForPerson } from './person-focus';

const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';

/** Reached by Tab: focusable, not taken out of the order, rendered and visible. */
export function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.tabIndex < 0) return false;
  if ((element as HTMLInputElement).disabled) return false;
  if (element instanceof HTMLInputElement) {
    if (element.type === 'hidden') return false;
    // Of a radio group only the ticked one (or, with none ticked, every one) is a stop.
    if (element.type === 'radio' && !element.checked && element.name && element.form) {
      const group = element.form.elements.namedItem(element.name);
      if (group instanceof RadioNodeList && group.value !== '') return false;
    }
  }
  if (element.getClientRects().length === 0) return false;
  return getComputedStyle(element).visibility !== 'hidden';
}

/** The page's keyboard stops inside `root`, in document order (no page uses positive tabindex). */
export function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll(FOCUSABLE)].filter(isTabbable);
}

/** The part of the page that is the field: its widget and its value element. */
function zoneContains(field: RecognizedField, node: Node): boolean {
  return field.anchor.contains(node) || field.element.contains(node);
}

/** The last keyboard stop of the field (a widget may have more than one). */
function lastStopOf(field: RecognizedField): HTMLElement | null {
  const inside = tabStops(field.anchor);
  return inside.at(-1) ?? (isTabbable(field.element) ? field.element : null);
}

/** The first keyboard stop of the page after the field, or null when the field ends the page. */
function stopAfter(field: RecognizedField): HTMLElement | null {
  return (
    tabStops(document).find(
      (stop) =>
        !zoneContains(field, stop) &&
        (field.anchor.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    ) ?? null
  );
}

/**
 * Tab on a badge: forward to what follows its field, backward to the field itself.
 * @returns true when it moved focus (the caller then cancels the key's default)
 */
export function tabFromBadge(field: RecognizedField, backwards: boolean): boolean {
  const next = backwards ? lastStopOf(field) : stopAfter(field);
  if (!next) return false;
  return focusForPerson(next);
}

export interface BadgeTabOrderOptions {
  readonly fields: () => readonly RecognizedField[];
  /** The badge shown for a field key, or null when none is (field not rendered). */
  readonly badgeFor: (key: FieldKey) => HTMLElement | null;
}

function isPlainTab(event: KeyboardEvent): boolean {
  return (
    event.key === 'Tab' &&
    event.isTrusted === true &&
    !event.defaultPrevented &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.metaKey
  );
}

/**
 * Tab in the page. Listens in the bubble phase, after the page's own widgets: a widget that
 * handles Tab itself (and says so with preventDefault) keeps it.
 */
export function watchBadgeTabOrder(
  ctx: ContentScriptContext,
  { fields, badgeFor }: BadgeTabOrderOptions,
): void {
  const onKey = guard('tab order', (event: KeyboardEvent) => {
    if (!isPlainTab(event)) return;
    const target = event.target;
    if (!(target instanceof HTMLElement)) return;
    const known = fields();
    let field: RecognizedField | undefined;
    if (event.shiftKey) {
      // Shift+Tab from the stop just after a field goes to that field's badge first.
      const stops = tabStops(document);
      const previous = stops[stops.indexOf(target) - 1];
      field = previous ? fieldContaining(previous, known) : undefined;
      if (!field || zoneContains(field, target)) return;
    } else {
      field = fieldContaining(target, known);
      // Only when leaving the field, not between the stops of one widget.
      if (!field || (lastStopOf(field) ?? target) !== target) return;
    }
    const badge = badgeFor(field.key);
    if (!badge) return;
    event.preventDefault();
    focusForPerson(badge);
  });
  ctx.addEventListener(document, 'keydown', onKey);
}
