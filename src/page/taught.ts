/**
 * What a person taught the assistant about a page: "this field is the passport number". Kept
 * on this device only (`storage.local`, never synced, never sent anywhere), per page kind, and
 * used by recognition (`recognize.ts`), so hints, warnings and the fill follow.
 *
 * An entry describes a control by what the page shows of it, never by what is typed in it:
 * its label, its element id and posted name, and its widget. A control is the taught one when
 * it is on a page of that kind, is the same widget, and has the same label (compared folded:
 * case, Turkish letters and punctuation aside), or the same id, or the same posted name.
 *
 * The background writes entries (zod-validated: `src/features/teach/store/taught-store.ts`); the content
 * script reads them with the light check here.
 */
import { type FieldKey, isFieldKey } from '../contracts/field-keys';
import { PAGE_KINDS, type PageKind } from './page-kinds';
import type { WidgetKind } from './recognition-types';
import { toMatchForm } from './text';

export interface TaughtField {
  readonly page: PageKind;
  /** The control's label as the page shows it ('' when it has none). */
  readonly label: string;
  /** The element's id ('' when none). */
  readonly id: string;
  /** The posted `name` ('' when none). */
  readonly name: string;
  readonly widget: WidgetKind;
  /** What the person said the field is. */
  readonly key: FieldKey;
}

/** The `storage.local` key of the taught fields: `{ version: 1, fields: TaughtField[] }`. */
export const TAUGHT_KEY = 'taughtFields';
/** The `format` of an exported or copied page map. */
export const PAGE_MAP_FORMAT = 'eikamet-assistant/page-map';

const WIDGETS: ReadonlySet<unknown> = new Set([
  'text',
  'dropdown',
  'date',
  'masked',
  'checkbox',
  'readonly',
  'captcha',
]);

/** One entry, checked by hand (the content script carries no zod); anything odd is null. */
export function asTaughtField(value: unknown): TaughtField | null {
  if (typeof value !== 'object' || value === null) return null;
  const { page, label, id, name, widget, key } = value as Record<string, unknown>;
  const texts = [label, id, name].every((text) => typeof text === 'string' && text.length <= 300);
  if (!texts || !(PAGE_KINDS as readonly unknown[]).includes(page) || !WIDGETS.has(widget)) return null;
  if (typeof key !== 'string' || !isFieldKey(key) || (label === '' && id === '' && name === '')) return null;
  return { page, label, id, name, widget, key } as TaughtField;
}

/** Which control an entry names: the same for the same page kind, widget, label, id and name. */
export function taughtIdentity(entry: Omit<TaughtField, 'key'>): string {
  return [
    entry.page,
    entry.widget,
    toMatchForm(entry.label),
    entry.id.toLowerCase(),
    entry.name.toLowerCase(),
  ].join('\u0000');
}

/** Whether a control of a page of kind `page` is the one `entry` describes. */
export function isTaughtControl(
  entry: TaughtField,
  page: PageKind,
  control: {
    readonly label: string;
    readonly id: string;
    readonly name: string;
    readonly widget: WidgetKind;
  },
): boolean {
  if (entry.page !== page || entry.widget !== control.widget) return false;
  const same = (a: string, b: string) => a !== '' && a.toLowerCase() === b.toLowerCase();
  return (
    (entry.label !== '' && toMatchForm(entry.label) === toMatchForm(control.label)) ||
    same(entry.id, control.id) ||
    same(entry.name, control.name)
  );
}
