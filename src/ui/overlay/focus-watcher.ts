/**
 * Follows which recognised field the user is in, so its hint can open beside it. Only
 * listens: the overlay never moves focus itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldKey } from '../../contracts/field-keys';
import type { RecognizedField } from '../../page/recognition-types';
import { guard } from './guard';

/** The field whose value element or visible widget contains `target`. */
export function fieldContaining(
  target: EventTarget | null,
  fields: readonly RecognizedField[],
): RecognizedField | undefined {
  if (!(target instanceof Node)) return undefined;
  return fields.find((field) => field.element === target || field.anchor.contains(target));
}

export function watchFocus(
  ctx: ContentScriptContext,
  getFields: () => readonly RecognizedField[],
  onFocusedFieldChange: (key: FieldKey | null) => void,
): void {
  const update = guard('focus change', (target: EventTarget | null) => {
    onFocusedFieldChange(fieldContaining(target, getFields())?.key ?? null);
  });
  ctx.addEventListener(document, 'focusin', (event) => update(event.target), { capture: true });
  // Leaving the page's fields for nowhere (clicking blank space) closes the hint too.
  ctx.addEventListener(document, 'focusout', (event) => update(event.relatedTarget), { capture: true });
  // Escape closes the hint of the field the user is in (WCAG 1.4.13); the key still reaches the page.
  ctx.addEventListener(
    document,
    'keydown',
    guard('escape key', (event: KeyboardEvent) => {
      if (event.key === 'Escape') onFocusedFieldChange(null);
    }),
    { capture: true },
  );
}
